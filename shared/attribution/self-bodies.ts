// A speaker the sentence shows to be a body by what it says of itself:
// "Brakk Heinel disputed the study, saying it stands by its recipe" — "it"
// opening the words reported, and "its" among them. Whatever the tagger
// made of the name, a firm's noun later may stand for it
// (speaking-firms.ts). An "it" alone may be no one ("Smith said it was
// raining"), so both are asked; a person's "he ... his" never is.

import type { Token } from './nlp.ts'

// How far after "it" its "its" is looked for.
const SPAN = 25

// Whether the words the verb at `verb` reports open with "it" ("saying it", "said that it") and go on to "its".
export function speaksOfItself(tokens: readonly Token[], verb: number, to: number): boolean {
  let k = verb + 1
  if (tokens[k]?.lower === 'that') k++
  if (k >= to || tokens[k]!.lower !== 'it') return false
  for (let m = k + 1; m < Math.min(to, k + SPAN); m++) if (tokens[m]!.lower === 'its') return true
  return false
}
