// "Economists point out that whatever Europe says, a weaker dollar is a
// boon": a report inside a concessive free relative ("whatever X says", "no
// matter what X thinks") names no content of X's; it sets what follows
// against anything X might say (GUIDE 2: no content, no attribution).

import type { Token } from './nlp.ts'

// How many words the subject between "whatever" and the verb may take.
const SUBJECT = 5

// Whether the verb at i closes "whatever <subject>" or "no matter what <subject>".
export function concessive(tokens: readonly Token[], floor: number, i: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 1 - SUBJECT); k--) {
    const w = tokens[k]!.lower
    if (tokens[k]!.pos === 'PUNCT') return false
    if (w === 'whatever' || w === 'what' && tokens[k - 1]?.lower === 'matter' && tokens[k - 2]?.lower === 'no') return k < i - 1
  }
  return false
}
