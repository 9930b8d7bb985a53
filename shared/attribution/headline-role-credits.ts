// A headline that credits one unnamed person after a colon or a dash, by a
// role noun alone ("Philippines eyes missile launcher: expert") or after the
// body or firm the person speaks for ("RBI may cut repo rate in Q3: SBI
// economist", "Talks stall — Kremlin source"). headline-credit.ts reads a
// name or an unnamed group there; one unnamed person is read here. A word
// that is no person ("...: report", "... – Part 2", "Spider-Man - Homecoming")
// credits nobody.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cue-types.ts'
import type { Sentence } from './sentences.ts'
import { DEMONYMS } from './lexicon.ts'

// Role nouns of one person who speaks for a body or from knowledge.
const ROLE = 'economist|analyst|strategist|official|source|expert|observer|insider|diplomat|envoy|aide|spokesman|spokeswoman|spokesperson|lawyer|prosecutor|minister|witness|scholar|professor|researcher|executive|banker|trader'
// (The colon and the spaced long dash credit in any title; a spaced hyphen only in the first line, as wire titles do.)
const PEOPLE = /^\p{Lu}\p{Ll}+(?:i|an|ese|ish)$/u
const CREDIT = new RegExp(`(?:\\s[—–]|:|\\s-(?=\\s))\\s*((?:\\p{Lu}[\\p{L}&.'’-]*\\s){0,3}(?:${ROLE}))\\s*$`, 'u')

export function roleCredit(text: string, s: Sentence): Attribution | null {
  const line = text.slice(s.start, s.end)
  const m = CREDIT.exec(line)
  if (!m || m.index < 12 || /^\s-/.test(m[0]) && s.index !== 0) return null
  const written = m[1]!
  // ("...: Palestinian official": a people's adjective describes a person the lede names in full, and the
  // headline takes that lede's attribution later, placing.ts; only a body's or firm's name is read here.)
  const first = written.split(' ')[0]!
  if (first !== written && (DEMONYMS.has(first.toLowerCase()) || PEOPLE.test(first))) return null
  const head = written.slice(written.lastIndexOf(' ') + 1)
  const start = s.start + m.index + m[0].indexOf(written)
  const name = `${written} (anonymous)`
  const cue: Cue = { kind: 'verb', start, end: start + written.length, verb: s.to - 1, speaker: { type: 'anonymous', name, head },
    inQuote: false, leading: false, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
  return { source: name, kind: 'anonymous', via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.6 }
}
