// Stance verbs whose content is a noun phrase, not a clause (GUIDE 2:
// stance that carries content). "Kuwait rejected Iranian spy boat charges":
// the claim noun heads the object, with words before it ("rejected the
// offer" is an act); so does a wire headline's "KUWAIT REJECTS IRANIAN
// SPY BOAT CHARGES".
// Reads the sentence in cue-sentence.ts.

import { CLAIM_NOUNS } from './lexicon.ts'
import { to, tokens, word } from './cue-sentence.ts'

// Words an object noun phrase may have before its head.
const MODIFIER = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/

// A claim noun ("charges") the verb at i takes as its particle heads the
// object after it, within a few modifiers ("that" after a noun is no claim).
export function claimObject(i: number, particles: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < Math.min(to, i + 6); k++) {
    if (CLAIM_NOUNS.has(word(k)) && particles.has(word(k))) return k > i + 1
    if (!MODIFIER.test(tokens[k]!.pos) && word(k) !== "'s") return false
  }
  return false
}
