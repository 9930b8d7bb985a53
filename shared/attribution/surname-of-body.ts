// "said Johnson of L.F. Rothschild", "Christian of the U.S. League of Savings
// Institutions said", "Paul Spedding of stockbroker Kleinwort Grieveson and
// Co told Reuters": wire copy names an analyst with the firm after "of". A
// lone capitalised word before "of" is a person's surname only when the
// article has given it with a given name before ("Paul Johnson"), so that
// "Bank of Japan" or "Friends of the Earth" stay bodies. Look backs are bounded.

import type { Token } from './nlp.ts'
import { DEMONYMS, ORG_WORDS, PLACES, TITLES } from './lexicon.ts'

const BACK_CHARS = 20_000
const BACK_TOKENS = 4_000

const plainWord = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.pos === 'PROPN' &&
  !ORG_WORDS.has(t.lower) && !PLACES.has(t.lower) && !DEMONYMS.has(t.lower) && !TITLES.has(t.lower)

// Whether the text before `at` writes `surname` after a plain capitalised word ("Paul Johnson").
export function namedInFullBefore(text: string, at: number, surname: string): boolean {
  const before = text.slice(Math.max(0, at - BACK_CHARS), at)
  let k = before.indexOf(surname)
  while (k >= 0) {
    if (!/\p{L}/u.test(before.charAt(k + surname.length)) && /(?:^|[^\p{L}])\p{Lu}\p{Ll}+ $/u.test(before.slice(Math.max(0, k - 30), k))) return true
    k = before.indexOf(surname, k + 1)
  }
  return false
}

// The same test over tokens, for the phrase scanner (which has no text).
function fullBefore(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!.lower
  for (let i = k - 1; i > 0 && k - i <= BACK_TOKENS; i--) if (tokens[i]!.lower === word && plainWord(tokens[i - 1]) && tokens[i - 1]!.end + 1 === tokens[i]!.start) return true
  return false
}

// Whether the "of" at token `of` joins a person's name to the firm after it, so the phrase reads on leftwards.
export function personBeforeOf(tokens: readonly Token[], floor: number, of: number): boolean {
  const p = of - 1
  if (p < floor || !plainWord(tokens[p])) return false
  const after = tokens[of + 1]
  if (!after) return false
  // ("Paul Spedding of stockbroker Kleinwort": a full name, then the firm's trade in lower case, then its name.)
  if (p - 1 >= floor && plainWord(tokens[p - 1]) && /^\p{Ll}+$/u.test(after.text) && after.pos === 'NOUN' && tokens[of + 2]?.cap) return true
  return fullBefore(tokens, p)
}
