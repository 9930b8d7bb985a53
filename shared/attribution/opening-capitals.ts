// A capital that opens a sentence may be the sentence's only: the tagger
// reads any capitalised word there as a name ("Several analysts",
// "Independent analysts": PROPN), but the same words in lower case as what
// they are ("several": ADJ, "independent": ADJ; a firm's "barclays": NOUN).

import { tokenize } from './nlp.ts'

// (Two short words read anew: bounded work, asked only of a sentence's first word.)
const LONGEST = 40

// Whether `word`, opening a sentence before `next`, is a describing or counting word, not a name.
export function describesInLowerCase(word: string, next: string): boolean {
  if (word.length > LONGEST || next.length > LONGEST) return false
  const pos = tokenize(`${word.toLowerCase()} ${next.toLowerCase()}`)[0]?.pos
  return pos === 'ADJ' || pos === 'DET' || pos === 'NUM' || pos === 'VERB'
}
