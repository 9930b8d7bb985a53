// A group or a name set off by a comma before a present verb of belief or
// reckoning that closes at a comma or the sentence's end: "Samsung is
// expected to report its smallest drop, analysts estimate, as ...", "...,
// economists reckon.". The tagger reads the verb as a noun after the plural
// ("analysts estimate"); in this place it is the group's verb. A list of
// things ("stocks, Treasury notes, and gold") has no such verb and no such
// subject.

import { ANONYMOUS_HEADS } from './lexicon.ts'
import { from, to, tokens, word } from './cue-sentence.ts'
import { wordList } from './word-lists.ts'

const RECKONING = wordList('estimate|estimates|reckon|reckons|believe|believes|think|thinks|say|says|expect|expects|predict|predicts|forecast|forecasts|fear|fears|suspect|suspects|argue|argues|contend|contends|calculate|calculates')
const CLOSING = wordList(',|.|;|!')
const SUBJECT_POS = /^(?:NOUN|PROPN|ADJ|DET)$/

export function groupAside(i: number, w: string): boolean {
  if (!RECKONING.test(w) || i + 1 < to && (!CLOSING.test(word(i + 1)) || /^(?:and|or)$/.test(word(i + 2)))) return false
  const head = tokens[i - 1]
  if (!head || i - 1 <= from || !(ANONYMOUS_HEADS.has(head.lower) && /s$/.test(head.lower) || head.cap && head.pos === 'PROPN')) return false
  // The subject's words back to the comma that sets it off (at most four).
  for (let n = i - 2; n >= Math.max(from, i - 5); n--) {
    if (word(n) === ',') return n > from
    if (!SUBJECT_POS.test(tokens[n]!.pos)) return false
  }
  return false
}
