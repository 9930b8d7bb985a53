// Corrections to the tagger's parts of speech that the rules depend on,
// each read off the last tokens as they are pushed (constant work per token).

import type { Token } from './nlp.ts'
import { REPORTING } from './lexicon.ts'

// "according to people familiar with ...", "according to sources": the
// tagger reads the noun after "to" as an infinitive verb; after "according
// to" a noun phrase always follows. Looks at the last three tokens.
export function accordingToNoun(out: Token[]): void {
  const t = out[out.length - 1]!
  if (t.pos !== 'VERB' || out[out.length - 2]!.lower !== 'to' || out[out.length - 3]!.lower !== 'according') return
  t.pos = t.cap ? 'PROPN' : 'NOUN'
}

// "Park Sung-hoon", "Kim Jong-un": a lower-case syllable joined by a hyphen
// to a capitalised word of a name is part of that name, though the tagger
// reads it as a noun (and "Sung" as a verb). Only after another capitalised
// word, and not a combining form ("Moscow-based", "Korea-backed", "Soviet-style").
const COMBINING = /(?:ed|ing)$|^(?:style|born|run|made|owned|led|era|wide|bound|like|level|class|type|sized|free|friendly|proof|only|bloc|linked|backed|based|elect|designate|general|law|in|up|out|off|on)$/
export function nameHyphen(out: Token[]): void {
  const t = out[out.length - 1]!
  const dash = out[out.length - 2]!
  const part = out[out.length - 3]!
  if (dash.text !== '-' || t.cap || dash.start !== part.end || t.start !== dash.end || !part.cap || out.length < 4) return
  const before = out[out.length - 4]!
  if (!before.cap || before.end + 1 !== part.start || before.sentence !== part.sentence || t.lower.length > 5 || COMBINING.test(t.lower) || !/^\p{Ll}+$/u.test(t.text)) return
  if (!/^(?:PROPN|NOUN|VERB|ADJ)$/.test(before.pos)) return
  part.pos = 'PROPN'
  t.pos = 'PROPN'
  t.cap = true
}

// "the Associated Press", "the United Nations": a capitalised word the
// tagger reads as a verb, between "the" and a capitalised name, is part of
// that name (a verb cannot follow "the").
export function capitalAfterThe(out: Token[]): void {
  const t = out[out.length - 1]!
  const word = out[out.length - 2]!
  const the = out[out.length - 3]!
  if (word.pos !== 'VERB' || !word.cap || the.lower !== 'the' || !t.cap || t.pos !== 'PROPN' || the.sentence !== t.sentence) return
  word.pos = 'PROPN'
}

// '"...," says Ward.', '"No," said Will.', 'added Tom Ward,': capitalised
// words between a reporting verb written after its words and the end of the
// clause are the speaker's name, though the tagger reads "Ward", "Will",
// "Rose" as a verb or an auxiliary. Looks back from a clause mark over at
// most three words, so the work per token stays constant.
const TAG_VERB = /^(?:said|says|added|adds|asked|asks|told|tells|wrote|writes|explained|explains|recalled|recalls|noted|notes|continued|continues|replied|replies)$/
// (Patterns made once: a literal in the body is a new object at every
// token, a tenth of the tokenizer's garbage on a 1 MB article.)
const CLAUSE_MARK = /^[.,;!?]$/
const NAME_TAG = /^(?:PROPN|NOUN|VERB|AUX|ADJ)$/
export function nameAfterTagVerb(out: Token[]): void {
  const mark = out[out.length - 1]!
  if (!CLAUSE_MARK.test(mark.text)) return
  let a = out.length - 2
  while (a >= 0 && out.length - 1 - a <= 3 && out[a]!.cap && NAME_TAG.test(out[a]!.pos) && out[a]!.sentence === mark.sentence) a--
  const verb = out[a]
  if (a === out.length - 2 || !verb || !TAG_VERB.test(verb.text) || verb.sentence !== mark.sentence) return
  const before = out[a - 1]
  // Only after the words it tags: a closing mark or a comma just before the verb.
  if (!before || !/^(?:,|"|”|'|’)$/.test(before.text)) return
  for (let k = a + 1; k < out.length - 1; k++) out[k]!.pos = 'PROPN'
}

// "Tom Ward, an analyst": a capitalised word the tagger reads as a verb,
// after a capitalised name and before the comma of an apposition, ends
// that name. Looks at the last three tokens.
export function surnameBeforeComma(out: Token[]): void {
  const comma = out[out.length - 1]!
  const t = out[out.length - 2]!
  const first = out[out.length - 3]!
  if (comma.text !== ',' || !t.cap || !/^(?:VERB|AUX)$/.test(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return
  if (!first.cap || first.pos !== 'PROPN' || first.sentence !== t.sentence || first.end + 1 !== t.start) return
  t.pos = 'PROPN'
}

// "WHO said ...": the World Health Organization's initials, which the tagger
// (reading them lower-cased) takes for the pronoun "who" that opens a relative
// clause. Written in capitals among words that are not all capitals (a headline
// in capitals proves nothing), they are a name. Looks at the last three tokens
// (two at the text's start): the word after tells a capitalised line from a name.
const CAPITALS = /^\p{Lu}{2,}$/u
export function initialsWho(out: Token[]): void {
  const t = out[out.length - 2]!
  if (t.text !== 'WHO') return
  const before = out[out.length - 3]
  const after = out[out.length - 1]!
  if (before?.sentence === t.sentence && CAPITALS.test(before.text) || after.sentence === t.sentence && CAPITALS.test(after.text)) return
  t.pos = 'PROPN'
  t.lower = 'w.h.o'
}

// "said Merrill Lynch economist William Sterling": a capitalised word the tagger
// reads as a verb, right after a capitalised name and before another or a
// lower-case noun of one sentence, is part of the name (a firm's, a place's). Not an inflected verb nor
// a reporting word, which a title-case headline puts there ("Trump Warns
// Iran", "Court Rules ..."). Looks at the last three tokens.
const BARE_CAPITAL = /^\p{Lu}\p{Ll}+$/u
export function capitalBetweenNames(out: Token[]): void {
  const t = out[out.length - 2]!
  if (t.pos !== 'VERB' || !BARE_CAPITAL.test(t.text) || /(?:s|ed|ing)$/.test(t.lower) || REPORTING.has(t.lower)) return
  const before = out[out.length - 3]!
  const after = out[out.length - 1]!
  // (Before a lower-case noun too, "Merrill Lynch economist": a title-case headline has none.)
  const named = after.cap ? after.pos === 'PROPN' : after.pos === 'NOUN' && /^\p{Ll}+$/u.test(after.text)
  if (!before.cap || before.pos !== 'PROPN' || !named || before.sentence !== t.sentence || after.sentence !== t.sentence) return
  if (before.end + 1 !== t.start || t.end + 1 !== after.start) return
  t.pos = 'PROPN'
}
