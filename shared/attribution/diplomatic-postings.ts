// A diplomat's posting names a place, whatever place it is: "Russian
// Ambassador to Havana Viktor Koronelli", "Envoy to Caracas Ana Ruiz" -
// the word after "to" is the city, no part of the name (the lexicon's
// places list only countries and a few capitals).

import type { Token } from './nlp.ts'
import { COUNTRY_OF_CAPITAL } from './lexicon.ts'

const POSTED = /^(?:ambassador|envoy|consul|consul-general|emissary|attache|chargé|charge|representative|delegate|ambassador-at-large)$/

// Whether tokens[a] is the place of a posting: a known capital, or any single
// capitalised word right after "<diplomat> to|in".
export function isPostingPlace(tokens: readonly Token[], a: number): boolean {
  if (COUNTRY_OF_CAPITAL.has(tokens[a]!.lower)) return true
  return a >= 2 && POSTED.test(tokens[a - 2]!.lower) && /^(?:to|in)$/.test(tokens[a - 1]!.lower) && tokens[a]!.cap
}
