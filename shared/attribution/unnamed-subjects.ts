// The unnamed source a sentence with no attribution is about: "A spokesman
// for Schlumberger declined to elaborate on the release. He said only that
// ...", "Chevron officials declined to comment on the estimates. They said
// that ...". The subject of the sentence before is who the pronoun carries
// on (a pronoun binds to the centre of attention), as for a named person
// (sentence-subjects.ts); an unnamed subject is described as a cue's speaker
// phrase would be ("Schlumberger spokesman (anonymous)"), so both read the
// same. Only an unnamed person or group: a named one is sentence-subjects'.

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { phraseStartingAt } from './phrases.ts'
import { describe, type Speaker } from './speakers.ts'
import { afterSetting, placed, takesFloor } from './sentence-subjects.ts'

// Words that join a body to an unnamed person's noun: "a spokesman for Schlumberger", "officials at the ministry".
const JOINS = /^(?:for|at|of|from|in)$/

export function unnamedSubject(text: string, tokens: readonly Token[], inside: Uint8Array, s: Sentence): { speaker: Speaker; speaks: boolean; placed: boolean } | null {
  const from = afterSetting(tokens, inside, s)
  // (A phrase opens with an article or a noun's words: "A spokesman", "Chevron officials".)
  if (inside[from] || !/^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[from]!.pos)) return null
  const p = phraseStartingAt(tokens, from, s.to)
  if (!p || p.b >= s.to) return null
  let b = p.b
  if (JOINS.test(tokens[b]!.lower) && b + 1 < s.to && /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[b + 1]!.pos)) {
    const body = phraseStartingAt(tokens, b + 1, s.to)
    if (body && body.b > b + 1) b = body.b
  }
  let k = b
  while (k < s.to && tokens[k]!.pos === 'ADV') k++
  const verb = tokens[k]
  if (!verb || inside[k] || verb.pos !== 'VERB' && verb.pos !== 'AUX') return null
  const speaker = describe(text, tokens, { a: p.a, b, descriptor: [] })
  const unnamed = speaker?.type === 'anonymous' && !speaker.continues || speaker?.type === 'role' && speaker.group === 'person' && speaker.body
  return unnamed ? { speaker, speaks: takesFloor(tokens, k, s.to), placed: placed(tokens, k, s.to) } : null
}
