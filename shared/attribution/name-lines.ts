// Lines whose capitalised words are no evidence of names: a title-case
// headline ("Jury Finds Dana Rook Guilty In Church Case", where "Guilty"
// and "Investor" are capitalised by style) and a photo credit ("Tom Burt/Getty
// Images hide caption"). Their names are neither learnt for fuller forms
// nor recorded as mentions for pronouns; the body of the article names
// the same people properly.

import type { Sentence } from './sentences.ts'
import type { Token } from './nlp.ts'

const CREDIT = /(?:\b(?:hide|toggle) caption\b|^[\p{Lu}][\p{L}.'’ -]{1,40}\/[\p{Lu}][\p{L}.'’ -]{1,40}$)/u
// "— Donald J. Trump (@realDonaldTrump) September 30, 2014": an embedded post's
// credit names its author as he calls himself, often in his fullest form.
const POST_CREDIT = /^[—–-]\s*\p{Lu}[\p{L}.'’ -]{1,60}\(@\w+\)/u
const WORD = /\p{L}[\p{L}'’-]*/gu

export function namesUnreliable(text: string, s: Sentence): boolean {
  const words = text.slice(s.start, s.end)
  // (Plain tests first: the pattern's first branch is tried at every word of every sentence.)
  if ((words.includes('caption') || words.includes('/')) && CREDIT.test(words)) return true
  if (POST_CREDIT.test(words)) return false
  if (!s.heading) return false
  const all = words.match(WORD) ?? []
  if (all.length < 4) return false
  const capitalised = all.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised / all.length >= 0.8
}

// "Fiona Parry issued a plea": a surname the tagger reads as a verb, known
// by its capital after a given name and the lower-case verb after it (not
// in a heading, where every word has a capital).
export function surnameAsVerb(tokens: readonly Token[], k: number, s: Sentence): boolean {
  const t = tokens[k]!
  const next = tokens[k + 1]
  return !s.heading && t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && tokens[k - 1]?.pos === 'PROPN' &&
    next !== undefined && k + 1 < s.to && !next.cap && (next.pos === 'VERB' || next.pos === 'AUX')
}
