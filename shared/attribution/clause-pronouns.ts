// "Rong Yiren, chairman of ..., attacked the mentality which he said led to
// theft": a "he" or "she" speaking inside a relative clause ("which he
// said", "that she said") of a sentence a named person opens is that
// person, the sentence's subject, not whoever spoke last before it. A
// pronoun that opens its own clause ("..., and he said") is left to the
// discourse.

import type { Sentence } from './sentences.ts'
import type { Cue } from './cue-types.ts'
import type { Discourse } from './discourse.ts'
import type { Resolved } from './attribute.ts'

// The relative word right before the pronoun.
const RELATIVE = /\b(?:which|that|what)\s+$/
// Before the person: capitalised words only ("China's top entrepreneur Rong Yiren", "Senator ...").
const OPENING = /^(?:(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}+)\s+){0,5}$/u
const MAX_LEAD = 400

export function relativeClauseSpeaker(text: string, s: Sentence, cue: Cue, discourse: Discourse): Resolved | null {
  const speaker = cue.speaker
  if (cue.inQuote || speaker?.type !== 'pronoun' || !/^(?:he|she)$/.test(speaker.word)) return null
  const lead = text.slice(s.start, cue.start)
  if (lead.length > MAX_LEAD || !RELATIVE.test(lead)) return null
  // The first person named in the sentence, opening it (a country's possessive may come first).
  let first: { name: string; at: number } | null = null
  for (const n of discourse.here) {
    const at = lead.indexOf(n.name)
    if (at < 0 || first && at > first.at) continue
    const { name, kind } = discourse.canonical(n.name)
    if (kind === 'person' && name.includes(' ')) first = { name, at }
  }
  if (!first || !OPENING.test(lead.slice(0, first.at))) return null
  const name = first.name
  if (discourse.genders && !discourse.genders.agrees(name, speaker.word)) return null
  return { name, kind: 'person', via: null, named: true }
}
