// "One Washington-based trade expert", "a London-based analyst": a place
// joined by "-based" describes an unnamed source (GUIDE 4: a descriptive
// name), as it does not a company's role noun ("the Austin, Texas-based
// company" is the company named before, noun-phrases.ts).

import type { Token } from './nlp.ts'
import { ANONYMOUS_HEADS } from './lexicon.ts'

// (A market's people too: "one London-based broker" is a person, where "the broker" alone may be a firm.)
export const MARKET_PEOPLE = /^(?:brokers?|dealers?|traders?|strategists?|analysts?|economists?|consultants?)$/
export const unnamedHead = (t: Token) => !t.cap && (ANONYMOUS_HEADS.has(t.lower) || ANONYMOUS_HEADS.has(`${t.lower}s`) || MARKET_PEOPLE.test(t.lower))

// The first token of the place ending at token k, with the article or count before it; -1 when it is no place.
export function placeOfSource(tokens: readonly Token[], floor: number, k: number): number {
  let n = k
  while (n >= floor && k - n < 4 && tokens[n]!.cap && tokens[n]!.pos !== 'DET') n--
  if (n === k) return -1
  return n >= floor && (tokens[n]!.pos === 'DET' || tokens[n]!.pos === 'NUM' || /^(?:one|a|an)$/i.test(tokens[n]!.text)) ? n : n + 1
}
