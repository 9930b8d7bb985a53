// "CNBC News London Rene Haas said": a page's masthead and dateline run into
// the first name of the story when the lines that held them are joined. A
// run of capitalised words opening with an outlet's name and holding three
// words or more after it is the outlet, a place and the person: the person is the run's
// last two words.

import type { Token } from './nlp.ts'
import { knownOutlet } from './outlets.ts'

const NAME_WORD = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u

export function pastMasthead(text: string, tokens: readonly Token[], a: number, b: number): number {
  if (b - a < 4) return a
  for (let k = a; k < b; k++) if (!tokens[k]!.cap) return a
  if (!NAME_WORD.test(tokens[b - 1]!.text) || !NAME_WORD.test(tokens[b - 2]!.text)) return a
  // The outlet: the longest opening words an outlet is known by ("CNBC News", "Sky News").
  for (let k = b - 3; k > a; k--) {
    const outlet = text.slice(tokens[a]!.start, tokens[k - 1]!.end)
    if (knownOutlet(outlet) || /\bNews$/.test(outlet)) return b - 2
  }
  return a
}
