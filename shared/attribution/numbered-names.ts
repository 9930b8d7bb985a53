// "Number 10 said", "No 10 insisted": a capitalised word and a number name a
// body as a word of its own would ("Downing Street said"), so they stand as
// the speaker's name, not as an amount that leaves the verb without one.
// A date ("March 10") is no name.

import type { Token } from './nlp.ts'
import { CALENDAR } from './lexicon.ts'

export function numberedName(text: string, tokens: readonly Token[], a: number, b: number): string | null {
  if (b - a !== 2) return null
  const word = tokens[a]!
  const num = tokens[a + 1]!
  if (!/^\p{Lu}\p{Ll}+\.?$/u.test(word.text) || CALENDAR.has(word.lower.replace(/\.$/, '')) || !/^\d{1,3}$/.test(num.text)) return null
  return text.slice(word.start, num.end)
}
