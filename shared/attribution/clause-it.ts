// "The US has asked the WTO to investigate EU tariffs, which it says are
// inconsistent", "The Home Office has produced a report which it describes
// as encouraging": "it" opening a relative clause of its own sentence
// carries on the body the sentence opens with as its subject (GUIDE 4: the
// named party), not a body named inside the clause's antecedent or one that
// spoke further back.

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Named } from './name-runs.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { bodySubject } from './body-subjects.ts'

// The words that open a clause whose subject "it" is: "which it says", "what it sees as".
const RELATIVE = /^(?:which|what|that)$/

export function clauseIt(text: string, tokens: readonly Token[], inside: Uint8Array, s: Sentence, c: Cue, names: readonly Named[], discourse: Discourse): Resolved | null {
  if (c.inQuote || c.speaker?.type !== 'pronoun' || c.speaker.word !== 'it') return null
  let k = s.from + 1
  while (k < s.to && !(tokens[k]!.start >= c.start && tokens[k]!.lower === 'it')) k++
  if (k >= s.to || tokens[k]!.end > c.end || !RELATIVE.test(tokens[k - 1]!.lower)) return null
  // (The subject opens the sentence, so it stands before the clause.)
  const body = bodySubject(text, tokens, inside, s, names, (n) => discourse.canonical(n))
  if (!body) return null
  return { name: body, kind: 'organisation', via: null, named: false }
}
