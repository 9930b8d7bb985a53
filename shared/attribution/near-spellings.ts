// One person's name spelt two ways in one article: a letter changed, added,
// dropped or two swapped ("Hazrat" / "Hazart"), or, in a long surname, a
// slip of two letters that keeps its first six ("Haldenwang" / "Haldenweg").
// The mention graph (mention-graph.ts) merges such forms only when the
// article has no other person the form could be; this file says which
// spellings are near and which of two full forms is the person's name.

import { editDistance } from '../text/edit-distance.ts'
import { fold } from './fold.ts'

// A long word's slip may touch two letters past this many shared first letters.
const LONG_PREFIX = 6
const LONG_WORD = 8
// Name words are short; a longer one is no one's name spelt another way.
const LONGEST_WORD = 40

// Whether two name words are one person's word spelt two ways (folded, same first letter).
export function nearSpelling(x: string, y: string): boolean {
  const a = fold(x)
  const b = fold(y)
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5 || Math.max(a.length, b.length) > LONGEST_WORD) return false
  const edits = editDistance(a, b, { swaps: true, cap: 2 })
  return edits === 1 || edits === 2 && Math.min(a.length, b.length) >= LONG_WORD && a.slice(0, LONG_PREFIX) === b.slice(0, LONG_PREFIX)
}

// The key two long words that may be near share: their first letters.
export const longKey = (w: string): string | null => (w.length >= LONG_WORD ? fold(w).slice(0, LONG_PREFIX) : null)

// Whether `short`'s words stand in order in `long`'s, all the same but one that is near.
export function nearForm(short: string, long: string): boolean {
  const s = fold(short).split(' ')
  const l = fold(long).split(' ')
  if (s.length < 2 || s.length > l.length) return false
  let near = 0
  let at = 0
  for (const w of l) {
    if (at >= s.length) break
    if (w === s[at]) at++
    else if (near === 0 && nearSpelling(s[at]!, w)) { near++; at++ }
  }
  return at === s.length && near === 1
}
