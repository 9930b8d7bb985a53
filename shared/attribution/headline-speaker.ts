// A headline that opens with its speaker and a colon ("Novak: OPEC+ will
// keep output steady", "Russia: Space ship breaks up"): the named speaker
// in the fullest form the article gives (label conventions, README of the
// fixtures). A label such as "Update:" or "Published:" is no speaker: the
// speaker must be named again, capitalised, in the article's text.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Sentence } from './sentences.ts'
import { hasWord } from './word-places.ts'
import { opensWithMeasure } from './financial-measures.ts'

const LEAD = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}):\s+\S+\s+\S+\s+\S+/u
const OWNED = /^\p{Lu}[\p{L}.-]*['’]s\s+(\p{Lu}.*)$/u
// How far into the article the speaker is looked for again.
const LOOK = 20_000

// ("'Neutral' Snopes Fact-Checker David Emery: 'Are There ...?'": a description before the name.)
const DESCRIBED = /^[^:.!?\n]{1,60}?\s((?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’.-]*):\s+\S+\s+\S+\s+\S+/u

export function headlineSpeaker(text: string, s: Sentence, discourse: Discourse): Attribution | null {
  const line = text.slice(s.start, s.end)
  const m = LEAD.exec(line)
  const written = m ? m[1]! : describedName(line, text.slice(s.end, s.end + LOOK))
  // ("ECB’s Lagarde: ...": the owner before "'s" places the speaker; the speaker is the name after it.)
  const credited = written && (OWNED.exec(written)?.[1] ?? written)
  // ("Revenue: $30.31 billion vs. $29.81 billion expected": a data line's measure is no speaker.)
  if (!credited || opensWithMeasure(credited.split(/\s+/))) return null
  const last = credited.split(/\s+/).at(-1)!
  // Named again in the text after the headline, as a word of its own ("Russia" in "Russia's", not "Russian").
  const rest = text.slice(s.end, s.end + LOOK)
  if (!hasWord(rest, last)) return null
  const { name, kind } = discourse.canonical(credited)
  if (kind === 'document' || kind === 'anonymous') return null
  const start = s.start + (m ? 0 : line.indexOf(`${written}:`))
  const cue: Cue = { kind: 'verb', start, end: start + written.length + 1, verb: s.from, speaker: { type: 'name', name, titles: [] },
    inQuote: false, leading: true, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
  return { source: name, kind, via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }
}

// The name of two to four capitalised words closing a description before the
// colon, as long as the article writes it again word for word ("David Emery",
// not "Fact-Checker David Emery"); null when it names nobody again.
function describedName(line: string, rest: string): string | null {
  const m = DESCRIBED.exec(line)
  if (!m) return null
  const words = m[1]!.split(/\s+/)
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    const name = words.slice(-n).join(' ')
    if (rest.includes(name)) return name
  }
  return null
}
