// "said Johnson of L.F. Rothschild", "Christian of the U.S. League of Savings
// Institutions said", "Paul Spedding of stockbroker Kleinwort Grieveson and
// Co told Reuters": wire copy names an analyst with the firm after "of". A
// lone capitalised word before "of" is a person's surname only when the
// article has given it with a given name before ("Paul Johnson"), so that
// "Bank of Japan" or "Friends of the Earth" stay bodies. Look backs are bounded.

import type { Token } from './nlp.ts'
import { DEMONYMS, ORG_WORDS, PLACES, TITLES } from './lexicon.ts'

const BACK_TOKENS = 4_000

const plainWord = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.pos === 'PROPN' &&
  !ORG_WORDS.has(t.lower) && !PLACES.has(t.lower) && !DEMONYMS.has(t.lower) && !TITLES.has(t.lower)

// Per text (its tokens), the places each word follows a plain capitalised word ("Paul Johnson"), in order:
// read once, so each question is a binary search, however many "of"s the text holds.
const pairs = new WeakMap<readonly Token[], Map<string, number[]>>()
function pairsOf(tokens: readonly Token[]): Map<string, number[]> {
  let found = pairs.get(tokens)
  if (!found) {
    found = new Map()
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!
      if (!t.cap || !plainWord(tokens[i - 1]) || tokens[i - 1]!.end + 1 !== t.start) continue
      const at = found.get(t.lower)
      if (at) at.push(i)
      else found.set(t.lower, [i])
    }
    pairs.set(tokens, found)
  }
  return found
}

// Whether the word at token k was written after a given name in the BACK_TOKENS before it.
export function fullBefore(tokens: readonly Token[], k: number): boolean {
  const at = pairsOf(tokens).get(tokens[k]!.lower)
  if (!at) return false
  let lo = 0
  let hi = at.length
  while (lo < hi) { const mid = (lo + hi) >> 1; if (at[mid]! < k) lo = mid + 1; else hi = mid }
  return lo > 0 && k - at[lo - 1]! <= BACK_TOKENS
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
