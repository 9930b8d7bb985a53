// A text is named issuer + document noun as written (the fixtures README):
// the words before the noun that tell which kind of text it is stay with it
// ("preliminary results", "a flash estimate", "latest quarterly projections"
// -> `Boeing preliminary results`, `Eurostat flash estimate`, `Federal
// Reserve quarterly projections`), the words that only date, rate or tell how
// it came out go ("new", "latest", "leaked", "sharp-edged").

import type { Token } from './nlp.ts'

const KIND = /^(?:preliminary|provisional|interim|flash|advance|quarterly|annual|monthly|weekly|joint|draft)$/
// (A kind is a word or two: "final quarterly".)
const MAX_KINDS = 3

// The noun at n with the kind words right before it, in lower case, none before `floor`.
export function kindedNoun(text: string, tokens: readonly Token[], floor: number, n: number): string {
  let k = n
  while (k - 1 >= floor && n - k < MAX_KINDS && !tokens[k - 1]!.cap && KIND.test(tokens[k - 1]!.lower)) k--
  return text.slice(tokens[k]!.start, tokens[n]!.end).toLowerCase()
}
