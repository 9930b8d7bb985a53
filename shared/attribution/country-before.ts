import type { Token } from './nlp.ts'
import { PLACES } from './lexicon.ts'

// The nearest country named earlier in the same sentence, within a short window.
export function countryBefore(tokens: readonly Token[], a: number): string | null {
  const sentence = tokens[a]!.sentence
  for (let k = a - 1; k >= 0 && a - k <= 30 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.cap && PLACES.has(tokens[k]!.lower)) return tokens[k]!.text
  }
  return null
}
