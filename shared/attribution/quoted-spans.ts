// Whom "X quoted ... as saying" quotes when a long description of a body
// stands between the verb and "as saying": "It quoted a spokesman of the
// Ministry of Foreign Economic Relations and Trade as saying ...", "El
// Peruano quoted energy and mines minister Wilfredo Huayta as saying ...".
// The quoted one is every word from the verb up to "as", when they are only
// the words of a noun phrase (no verb, no clause, no comma in between).
// Reads the sentence in cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import { to, tokens, word } from './cue-sentence.ts'

// How many words the description may have.
const LONGEST = 14
const PARTS = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART|CCONJ)$/
const LINKS = /^(?:of|for|at|in|on|to)$/

export function quotedUpToAs(k: number): Phrase | null {
  for (let m = k; m < Math.min(to - 1, k + LONGEST); m++) {
    const w = word(m)
    if (w === 'as') return m > k && /^(?:saying|telling|writing|stating)$/.test(word(m + 1)) && PARTS.test(tokens[m - 1]!.pos) ? { a: k, b: m, descriptor: [] } : null
    if (!PARTS.test(tokens[m]!.pos) && !(tokens[m]!.pos === 'ADP' && LINKS.test(w)) && !/^(?:'s|’s)$/.test(w)) return null
  }
  return null
}
