// "the French Embassy in Bamako", "the U.S. Consulate in Hong Kong": a
// state's post abroad is named with the city it sits in, so "in" and the
// place are part of the speaker's phrase ("The French Embassy in Bamako
// warned"), not a place the verb's subject merely stands after.

import type { Token } from './nlp.ts'

const POSTS = /^(?:embassy|embassies|consulate|consulates|mission|high commission)$/

// Whether tokens[at] is an "in" joining a post's capitalised noun before it to a capitalised place after it.
export function postedIn(tokens: readonly Token[], at: number, floor: number): boolean {
  if (tokens[at]?.lower !== 'in' || at - 1 < floor || at + 1 >= tokens.length) return false
  const post = tokens[at - 1]!
  return POSTS.test(post.lower) && /^\p{Lu}/u.test(post.text) && /^\p{Lu}/u.test(tokens[at + 1]!.text)
}
