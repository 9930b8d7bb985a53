// What may stand between a speaker and its verb and hide the speaker: a
// party tag in commas ("Sen. Ted Cruz, R-Texas, said"), a short phrase of
// time or occasion ("Obama at the time called", "The firm in a statement
// said"). Used only when no speaker was found next to the verb.
// Reads the sentence in cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import { phraseStartingAt } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { from, to, tokens, word } from './cue-sentence.ts'
import { groupWord } from './group-words.ts'
import { pastDashAside } from './dash-asides.ts'
import { describedName, namedOpener } from './coordinated-subjects.ts'

const OCCASION = /^(?:at|in|on|during|over)$/
const DETERMINER = /^(?:the|a|an|his|her|its|their)$/

// Adverbs of time between an auxiliary and its verb: "has since said", "had long argued".
const BETWEEN = /^(?:instead|since|long|already|previously|repeatedly|also|never|once|often|again|just|still|consistently|publicly|privately|initially|later|earlier|first|reportedly)$/
// Words opening an aside between a subject and its verb: "Settlers, who ..., said", "Makers, including Vizio, said".
const ASIDE = /^(?:who|whose|which|including|among|like|such|many|most|some|both|all|now|then|once|still|however|meanwhile)$/

// Where the subject's search should start instead of verb v, or v itself.
export function pastGap(v: number): number {
  // ("Other retailers - including HMV - reported": an aside in dashes, dash-asides.ts.)
  const dash = pastDashAside(v)
  if (dash < v) return dash
  if (BETWEEN.test(word(v - 1)) && /^(?:has|have|had)$/.test(word(v - 2))) return v - 1
  // ("He instead told the interviewer": an adverb between subject and verb.)
  if (BETWEEN.test(word(v - 1)) && /^(?:PRON|PROPN|NOUN)$/.test(tokens[v - 2]?.pos ?? '')) return v - 1
  // "It did not reveal the site and said ...", "She gave no date, but said ...": the opening pronoun is the second verb's subject too.
  if (/^(?:and|but)$/.test(word(v - 1)) || /^(?:and|but)$/.test(word(v - 2)) && BETWEEN.test(word(v - 1))) {
    const subject = phraseStartingAt(tokens, from, to)
    // (Only a pronoun: "The report is being circulated for review and comment" has a noun subject and no speaker.)
    if (subject && subject.b === subject.a + 1 && /^(?:he|she|it|they|we)$/.test(word(subject.a)) && subject.b < v - 2 && /^(?:VERB|AUX)$/.test(tokens[subject.b]!.pos)) return subject.b
    // (Or a name: "ministry spokesman Tom Reed defended the tariffs and said", coordinated-subjects.ts.)
    const named = namedOpener(v)
    if (named >= 0) return named
  }
  // ", who overwhelmingly back the plan,": an aside in commas after the subject, up to 30 words long.
  if (word(v - 1) === ',') {
    for (let k = v - 2; k > from && k >= v - 30; k--) {
      if (/^[;:"“”]$/.test(word(k))) break
      if (word(k) !== ',') continue
      if (ASIDE.test(word(k + 1))) return k
      // ("Anna Berg, chief economist at Halden, told", "Peter Hall, prosecuting, said": a name, then what it is.)
      if (describedName(k, v)) return k
      break
    }
    // ("a buyer surnamed Wang who queued overnight, told": a relative clause closed by a comma only.)
    for (let k = v - 2; k > from && k >= v - 20; k--) {
      if (/^[;:,"“”]$/.test(word(k))) break
      if (word(k) === 'who' && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) return k
    }
  }
  // ", R-Texas,", ", D-N.Y.,": a party and state after a lawmaker's name.
  if (word(v - 1) === ',') {
    for (let k = v - 2; k > from && k >= v - 7; k--) {
      if (word(k) !== ',') continue
      const party = tokens[k + 1]!
      return /^[RDI]$/.test(party.text) && word(k + 2) === '-' ? k : v
    }
  }
  // "at the time", "in a statement", "on Twitter": a preposition, a determiner, one or two nouns.
  for (let k = v - 1; k > from && k >= v - 4; k--) {
    if (!OCCASION.test(word(k))) continue
    const head = DETERMINER.test(word(k + 1)) ? k + 2 : k + 1
    if (head >= v || head < v - 2) return v
    for (let n = head; n < v; n++) if (!/^(?:NOUN|PROPN)$/.test(tokens[n]!.pos)) return v
    return /^(?:PROPN|NOUN|PRON)$/.test(tokens[k - 1]!.pos) ? k : v
  }
  return v
}

// "Some said ...", "Others criticised ...": a determiner standing for a group
// already in the story opens the clause; it is "they" (the group met before).
// ("One user wrote ... Another said:": one more of the group met before.)
const GROUP_WORDS = /^(?:some|others|many|most|several|few|both|another)$/
export function groupPronoun(v: number): { phrase: Phrase; speaker: Speaker } | null {
  let k = v - 1
  while (k > from && BETWEEN.test(word(k))) k--
  if (!GROUP_WORDS.test(word(k)) || k > from && !/^(?:,|and|but|while|though)$/.test(word(k - 1))) return null
  const phrase = { a: k, b: k + 1, descriptor: [] }
  // ("Some", "Others": the group that spoke before, else their own; group-words.ts.)
  return { phrase, speaker: groupWord(tokens, phrase) ?? { type: 'pronoun', word: 'they' } }
}

// "the US military said", "The 56-year-old said", "the British royal denied", "One relative said":
// a noun the tagger read as an adjective heads the subject; the phrase runs
// back to its "the".
export function adjectiveSubject(v: number): Phrase | null {
  let k = v - 1
  if (k <= from || tokens[k]!.pos !== 'ADJ' || tokens[k]!.cap) return null
  while (k > from && k > v - 6 && /^(?:ADJ|PROPN|NOUN|NUM)$/.test(tokens[k - 1]!.pos) && !/^(?:one|another)$/.test(word(k - 1)) || k > from && word(k - 1) === '-') k--
  // ("One relative said": a numeral opens it as well as an article.)
  if (!/^(?:the|a|an|one|another)$/.test(word(k - 1))) return null
  return { a: k - 1, b: v, descriptor: [] }
}

// "Tehran radio, monitored by the BBC, said", "The agency, received in
// London, quoted him as saying", "The statement, carried by KUNA, said":
// where a broadcast or text was picked up or passed on stands in commas
// between the speaker and its verb (the report it came in, "IRNA, in a
// report received in London, said", is parentheticals.ts's). Where the subject search
// should start (the comma before the aside), or v.
const RECEIVED = /^(?:monitored|received|heard|recorded|picked|carried|relayed|broadcast|aired|published)$/
export function pastReception(v: number): number {
  if (word(v - 1) !== ',') return v
  for (let k = v - 2; k > from && k >= v - 12; k--) {
    if (/^[;:"“”]$/.test(word(k))) return v
    if (word(k) === ',') return RECEIVED.test(word(k + 1)) ? k : v
  }
  return v
}
