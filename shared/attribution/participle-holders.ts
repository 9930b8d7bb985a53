// "State Department officials observing the reorganization say", "people
// living near the plant said", "analysts covering Apple said": the people a
// participle describes speak, not the thing the participle is about, which
// is the last noun phrase before the verb. Only people (an unnamed group's
// or a role's head) hold such a clause. Reads the sentence in cue-sentence.ts.

import { ANONYMOUS_HEADS, PERSON_ROLES } from './lexicon.ts'
import type { Phrase } from './phrases.ts'
import { phraseEndingAt } from './phrases.ts'
import { from, tokens, word } from './cue-sentence.ts'

const PREPOSITION = /^(?:on|in|with|at|for|to|into|over|from|near|about|around|inside|outside)$/
// Words in -ing that are no participle here.
const NOT_PARTICIPLE = /^(?:during|including|according|regarding|concerning|following|excluding|notwithstanding|pending|something|nothing|anything|everything|morning|evening|thing|things|king|spring|string|wing|ring|building|meeting|funding|training|ceiling|being|saying)$/

export function participleHolder(phrase: Phrase | null): Phrase | null {
  if (!phrase) return null
  let k = phrase.a - 1
  if (PREPOSITION.test(word(k))) k--
  const w = tokens[k]
  if (!w || k - 1 < from || w.cap || !/^\p{Ll}{3,}ing$/u.test(w.text) || !/^(?:VERB|NOUN)$/.test(w.pos) || NOT_PARTICIPLE.test(w.lower)) return null
  const holder = phraseEndingAt(tokens, from, k - 1)
  if (!holder) return null
  const head = word(holder.b - 1)
  return ANONYMOUS_HEADS.has(head) || PERSON_ROLES.has(head.replace(/s$/, '')) ? holder : null
}
