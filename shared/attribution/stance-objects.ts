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

// "rejected a buffer force as instruments to ...": what was rejected, and
// the stance taken on it after "as" (like "dismissed as"), within a dozen
// words; "as soon as", "as well" name no stance.
export function rejectedAs(i: number): boolean {
  if (!/^reject(?:s|ed)?$/.test(word(i))) return false
  for (let k = i + 2; k < Math.min(to, i + 14); k++) {
    if (word(k) === 'as') return !/^(?:soon|well|much|many|long|far|part|of|if|though|the|it|he|she|they|we)$/.test(word(k + 1))
    if (/^[.;:,]$/.test(word(k)) || tokens[k]!.pos === 'VERB' && !/ing$/.test(word(k))) return false
  }
  return false
}
