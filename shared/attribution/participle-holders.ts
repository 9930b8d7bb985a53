// "State Department officials observing the reorganization say", "people
// living near the plant said", "analysts covering Apple said", "executives
// of both companies announced": the people a participle or an "of" phrase
// describes speak, not the thing it is about, which is the last noun phrase
// before the verb. Only people (an unnamed group's or a role's head) hold
// such a phrase. Reads the sentence in cue-sentence.ts.

import { ANONYMOUS_HEADS, ORG_ROLES, PERSON_ROLES } from './lexicon.ts'
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
  // ("The House and Senate committees investigating the scandal said": a body the participle describes speaks as well,
  // when it opens the clause; "Sources close to the committees investigating ..." are the sources'.)
  return holder && (people(holder) || body(holder) && opensClause(holder)) ? holder : null
}

const body = (p: Phrase) => ORG_ROLES.has(word(p.b - 1).replace(/(?:ie)?s$/, (m) => (m === 'ies' ? 'y' : '')))
const opensClause = (p: Phrase) => p.a === from || tokens[p.a - 1]!.pos === 'PUNCT' || /^(?:and|but|while|as|after|when|because)$/.test(word(p.a - 1))

const people = (p: Phrase) => { const head = word(p.b - 1); return ANONYMOUS_HEADS.has(head) || PERSON_ROLES.has(head.replace(/s$/, '')) }

// "executives of both companies", "a lawyer for the woman": the people and whom they belong to, one phrase; a capitalised head
// ("Members of Congress", "the Bank of England") is a name, the describers' business.
export function ofHolder(phrase: Phrase | null): Phrase | null {
  // ("a lawyer for the woman involved in the case asked": "for" too.)
  if (!phrase || !/^(?:of|for)$/.test(word(phrase.a - 1)) || phrase.a - 2 < from) return null
  const holder = phraseEndingAt(tokens, from, phrase.a - 2)
  if (!holder || tokens[holder.b - 1]!.cap || !people(holder) || holder.a > from && !/^(?:,|and|but|that|while|PUNCT)$/.test(word(holder.a - 1)) && tokens[holder.a - 1]!.pos !== 'PUNCT') return null
  return { a: holder.a, b: phrase.b, descriptor: [] }
}
