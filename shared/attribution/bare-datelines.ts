// Whose copy a story with a bare wire dateline is ("LONDON, March 3 -",
// the form the 1980s wires filed under, no outlet in brackets). Another
// site carrying a wire's story credits it ("(Reuters) -", "according to
// Reuters"); a story told to a wire ("oil analyst Jane Moss told Reuters")
// under a dateline that credits no one is the wire's own dispatch, so "told
// Reuters" there is its own interview (GUIDE 6: a venue, not a relay). Only
// the wires whose copy is filed so; a paper's interview needs its masthead.

import { knownOutlet } from './outlets.ts'
import { WIRES } from './wire-credits.ts'

// "WASHINGTON, March 3 - ", "BRUNSWICK, West Germany, March 18 - ": capitals, an optional
// country, a month and a day, a dash; at the start of a line (the headline is the line before).
const BARE = /^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3}, (?:[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}, )?[A-Z][a-z]{2,8}\.? \d{1,2} (?:-|--|—|–) /m
// "told Reuters", "told the Associated Press", "in an interview with AFP".
const TOLD = /\b(?:told|tells|interview with) (?:[Tt]he )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})/gu
// The head the dateline is looked for in: a headline, a blank line, the first paragraph's start.
const HEAD = 400

// Whether the story opens under a bare wire dateline: a wire's dispatch, whatever wire it is.
export const hasBareDateline = (text: string): boolean => BARE.test(text.slice(0, HEAD))

export function bareDatelineWire(text: string): string | null {
  if (!hasBareDateline(text)) return null
  for (const m of text.matchAll(TOLD)) {
    // ("told Reuters Television": the longest known outlet among the words, first word first.)
    const words = m[1]!.split(' ')
    for (let n = words.length; n > 0; n--) {
      const outlet = knownOutlet(words.slice(0, n).join(' '))
      if (outlet) {
        if (WIRES.has(outlet)) return reportsAsSource(text, outlet) ? null : outlet
        break
      }
    }
  }
  return null
}

// ("..., Reuters reported.", "according to Reuters": a story that also cites the wire as a source is another's,
// relaying its interview. Once per story, over the known wire's name only.)
function reportsAsSource(text: string, wire: string): boolean {
  const name = wire.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`\\b${name} (?:reported|reports|said|says|quoted|cited)\\b|\\baccording to (?:the )?${name}\\b`).test(text)
}
