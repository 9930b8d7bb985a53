// A generational suffix ends its name and may end its sentence too: the
// tagger reads "Sr." and "Jr." as abbreviations and runs "... John Hale Sr.
// Prosecutors said ..." on as one sentence, so the name swallows the next
// subject. A new sentence starts after the suffix when a capitalised word
// follows and a verb comes right after it or after up to two lower-case
// words ("Sr. Federal prosecutors said"); a place or an honour named after
// the person ("King Jr. Day was", "Jr. Boulevard is") is no subject.

import type { Token } from './nlp.ts'

const SUFFIX = /^(?:sr|jr)\.$/
// Nouns that make a name with the person before them: the name goes on.
const NAMED_AFTER = /^(?:day|boulevard|avenue|street|road|drive|highway|bridge|center|centre|hospital|school|high|foundation|memorial|award|prize|library|park|airport|stadium|institute|university|college|building|hall|plaza|square|elementary|middle|academy)$/
const VERB = /^(?:VERB|AUX)$/
const BETWEEN = 2

export function suffixEnd(tokens: readonly Token[], k: number, t: number): boolean {
  if (k < 2 || k + 1 >= t) return false
  const suffix = tokens[k - 1]!
  const next = tokens[k]!
  if (!SUFFIX.test(suffix.lower) || !tokens[k - 2]!.cap || !next.cap || next.start <= suffix.end || NAMED_AFTER.test(next.lower)) return false
  for (let j = k + 1; j < t && j <= k + 1 + BETWEEN; j++) {
    const w = tokens[j]!
    if (VERB.test(w.pos) && !w.cap) return true
    if (w.cap || !/^(?:NOUN|ADJ)$/.test(w.pos)) return false
  }
  return false
}
