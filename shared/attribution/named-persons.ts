// "According to a neighbor named Suprapto", "a resident called Ali Khan said":
// a common noun then "named"/"called" and a capitalised name introduces the
// person by name, so the name speaks (GUIDE 4: the named person, not an
// unnamed "neighbor"); the noun before it describes him, as an appositive does.

import type { Token } from './nlp.ts'
import type { Phrase } from './noun-phrases.ts'

const NAMING = /^(?:named|called)$/
// A name of at most this many words follows.
const MAX_NAME = 4

// The name after "named" at b, for a phrase [a, b) ending in a lower-case noun; null when none.
export function namedPerson(tokens: readonly Token[], a: number, b: number, ceil: number): Phrase | null {
  if (b + 1 >= ceil || !NAMING.test(tokens[b]!.lower) || b - 1 < a) return null
  const head = tokens[b - 1]!
  if (head.cap || head.pos !== 'NOUN') return null
  let end = b + 1
  while (end < ceil && end - b - 1 < MAX_NAME && tokens[end]!.cap && tokens[end]!.pos === 'PROPN') end++
  if (end === b + 1) return null
  const descriptor: string[] = []
  for (let k = a; k < b; k++) if (tokens[k]!.pos !== 'DET') descriptor.push(tokens[k]!.lower)
  return { a: b + 1, b: end, descriptor }
}
