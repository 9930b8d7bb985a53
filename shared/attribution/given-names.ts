// A given name the tagger reads as a verb ("skipper Wade Bassi",
// where "Wade" comes out a verb): inside a sentence a capital before a
// proper noun marks a name. Not at the sentence's start, nor after an
// opening quote or a colon, where any word takes a capital ("he said:
// "Make America ..."), nor in a heading, where every word has one.

import type { Sentence } from './sentences.ts'
import type { Token } from './nlp.ts'

const OPENS = /^(?:["“‘'(:—–-]|``)$/

export function givenNameAsOther(tokens: readonly Token[], k: number, s: Sentence): boolean {
  if (s.heading || k <= s.from || k + 1 >= s.to) return false
  const t = tokens[k]!
  const next = tokens[k + 1]!
  if (t.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false
  // ("Donald Trump Advises Boeing": a capitalised word after a name is a title-case line's verb.)
  if (OPENS.test(tokens[k - 1]!.text) || tokens[k - 1]!.cap) return false
  return next.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(next.text)
}
