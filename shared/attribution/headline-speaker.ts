// A headline that opens with its speaker and a colon ("Novak: OPEC+ will
// keep output steady", "Russia: Space ship breaks up"): the named speaker
// in the fullest form the article gives (label conventions, README of the
// fixtures). A label such as "Update:" or "Published:" is no speaker: the
// speaker must be named again, capitalised, in the article's text.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Sentence } from './sentences.ts'

const LEAD = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}):\s+\S+\s+\S+\s+\S+/u
// How far into the article the speaker is looked for again.
const LOOK = 20_000

export function headlineSpeaker(text: string, s: Sentence, discourse: Discourse): Attribution | null {
  const m = LEAD.exec(text.slice(s.start, s.end))
  if (!m) return null
  const credited = m[1]!
  const last = credited.split(/\s+/).at(-1)!
  // Named again in the text after the headline, as a word of its own ("Russia" in "Russia's", not "Russian").
  const rest = text.slice(s.end, s.end + LOOK)
  const again = new RegExp(`(?<![\\p{L}\\p{N}])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u')
  if (!again.test(rest)) return null
  const { name, kind } = discourse.canonical(credited)
  if (kind === 'document' || kind === 'anonymous') return null
  const start = s.start
  const cue: Cue = { kind: 'verb', start, end: start + credited.length + 1, verb: s.from, speaker: { type: 'name', name, titles: [] },
    inQuote: false, leading: true, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
  return { source: name, kind, via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }
}
