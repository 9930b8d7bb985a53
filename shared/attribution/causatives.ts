// "The slump led the French manufacturer to announce it would scrap
// production", "prompted Airbus to warn that ...": a verb of causing whose
// object then reported. The report happened (unlike "urged Airbus to
// announce" or "asked him to say", which only wanted one), and its speaker
// is the object before "to", not the sentence's subject (GUIDE 2).

import type { Token } from './nlp.ts'

const CAUSING = /^(?:led|lead|leads|prompted|prompt|prompts|forced|force|forces|spurred|compelled|pushed|caused|drove|moved)$/
// Words of a short object noun phrase ("the French manufacturer", "Airbus", "him").
const OBJECT = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/

// The "to" at k closes an object that a verb of causing governs: the index
// of the object's last word (the speaker's phrase ends there), or -1.
export function causedObjectEnd(tokens: readonly Token[], floor: number, k: number): number {
  if (tokens[k]?.lower !== 'to') return -1
  let n = k - 1
  while (n >= floor && k - n <= 6 && OBJECT.test(tokens[n]!.pos) && !CAUSING.test(tokens[n]!.lower)) n--
  if (n === k - 1 || n < floor || !CAUSING.test(tokens[n]!.lower)) return -1
  // ("is forced to say": a passive has no object; "led by" names an agent.)
  return k - 1
}
