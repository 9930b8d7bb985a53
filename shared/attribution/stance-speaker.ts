// The cue of a stance verb whose speaker is the subject before it
// ("analysts expressed concern about", "he defended his decision"): a person,
// a body, an unnamed source or a personal pronoun, never a text. `k` is the
// verb, `content` where what it carries begins; `opening` how many tokens
// may stand before the subject for the sentence still to open with it.

import type { Cue } from './cue-types.ts'
import { cue, from, inQuote, speakerOf, tokens } from './cue-sentence.ts'
import { subjectBefore } from './subjects.ts'
import type { Speaker } from './speakers.ts'

const holds = (s: Speaker | null): s is Speaker => s !== null && (s.type === 'name' || s.type === 'anonymous' || s.type === 'office' ||
  s.type === 'role' && s.group !== 'document' || s.type === 'pronoun' && /^(?:he|she|they|we)$/.test(s.word))

export function stanceCue(k: number, content: number, opening: number): Cue | null {
  const subject = subjectBefore(tokens, from, k, inQuote)
  const speaker = speakerOf(subject)
  if (!subject || !holds(speaker)) return null
  const c = cue('verb', subject.a, content, speaker, false, subject.a - from <= opening, false)
  c.verb = k
  return c
}
