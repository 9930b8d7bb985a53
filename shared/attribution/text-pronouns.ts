// "The report, released Tuesday, found that rents rose 7%. It also showed
// that vacancies fell": "it" or "they" before a verb only texts report with
// ("show", "find", "read") stands for the text that spoke just before, in
// this paragraph or the one before (GUIDE 2: evidential verbs count with a
// document subject). After anything else ("The vote showed that ... It
// showed that ...") the pronoun is no text and the sentence is the writer's.

import type { Speaker } from './speaker-type.ts'
import type { Entity } from './entity.ts'
import { latestSpeaker } from './entity-picks.ts'

// A pronoun that may stand for a text: "it" (one text) or "they" (figures, data).
export const textPronoun = (speaker: Speaker): speaker is Extract<Speaker, { type: 'pronoun' }> => speaker.type === 'pronoun' && /^(?:it|they)$/.test(speaker.word)

// The text a text pronoun stands for: the last speaker, when it is a text and near.
export function textFor(recent: readonly Entity[], para: number): Entity | null {
  const last = latestSpeaker(recent.filter((e) => para - e.para <= 1))
  return last?.kind === 'document' ? last : null
}
