// One person's name spelt two ways in one article: a letter changed, added,
// dropped or two swapped ("Hazrat" / "Hazart"), or, in a long surname, a
// slip of two letters that keeps its first six ("Haldenwang" / "Haldenweg").
// The mention graph (mention-graph.ts) merges such forms only when the
// article has no other person the form could be; this file says which
// spellings are near and which of two full forms is the person's name.

import { fold } from './fold.ts'

// A long word's slip may touch two letters past this many shared first letters.
const LONG_PREFIX = 6
const LONG_WORD = 8

// Whether two name words are one person's word spelt two ways (folded, same first letter).
export function nearSpelling(x: string, y: string): boolean {
  const a = fold(x)
  const b = fold(y)
  if (a === b || a[0] !== b[0] || Math.min(a.length, b.length) < 5) return false
  const edits = distance(a, b, 2)
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

// The edit distance (a letter changed, added, dropped, two neighbours swapped)
// up to `cap`: cap + 1 when further. Names are short, the table is small.
function distance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap || a.length > 40 || b.length > 40) return cap + 1
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) { row.push(j); continue }
      const same = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + same)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1)
      row.push(d)
    }
    rows.push(row)
  }
  return Math.min(rows[a.length]![b.length]!, cap + 1)
}
