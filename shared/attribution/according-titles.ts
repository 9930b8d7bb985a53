// "according to" always names a source (GUIDE 2). When the phrase after it is
// no speaker the describers know, two shapes still name a text: a quoted
// title ("according to the new “dot plot” of rate projections", "according
// to “I'm Feeling Lucky,” a memoir") and a thing owned by a body ("according
// to the state's finances website"). Reads the sentence in cue-sentence.ts;
// called from cue-formulas.ts.

import type { Phrase } from './phrases.ts'
import type { Speaker } from './speaker-type.ts'
import { text, to, tokens, word } from './cue-sentence.ts'

const OPEN = /^(?:“|"|‘|``)$/
const CLOSE = /^(?:”|"|’|'')$/
const POSSESSIVE = /^(?:'s|’s)$/

// The text named after "according to" at k, or null.
export function titledText(k: number): { phrase: Phrase; speaker: Speaker } | null {
  let n = k
  while (n < to && n - k < 3 && !OPEN.test(word(n)) && /^(?:DET|ADJ)$/.test(tokens[n]!.pos)) n++
  if (n < to && OPEN.test(word(n))) {
    for (let c = n + 1; c < Math.min(to, n + 10); c++) {
      if (!CLOSE.test(word(c))) continue
      // The title's words, without a comma closing them inside the marks.
      const last = word(c - 1) === ',' ? c - 2 : c - 1
      if (last <= n) return null
      const name = text.slice(tokens[n + 1]!.start, tokens[last]!.end)
      return { phrase: { a: k, b: c + 1, descriptor: [] }, speaker: { type: 'document', name, owner: null } }
    }
    return null
  }
  // "the state's finances website": an owner, then what it owns.
  for (let m = k; m < Math.min(to - 1, k + 5); m++) {
    if (!POSSESSIVE.test(word(m))) continue
    let end = m + 1
    while (end < to && tokens[end]!.pos === 'NOUN' || end < to && tokens[end]!.pos === 'ADJ' && tokens[end + 1]?.pos === 'NOUN') end++
    if (end === m + 1 || tokens[end - 1]!.pos !== 'NOUN') return null
    const start = word(k) === 'the' ? k + 1 : k
    const name = text.slice(tokens[start]!.start, tokens[end - 1]!.end)
    return { phrase: { a: k, b: end, descriptor: [] }, speaker: { type: 'document', name, owner: null } }
  }
  return null
}
