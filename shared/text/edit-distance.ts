// Edit distance, counted in UTF-16 units: a unit changed, added or dropped
// costs one; with `swaps`, so do two neighbours swapped ("Hazrat" /
// "Hazart"), each unit edited at most once (optimal string alignment).
// Quote anchoring wants the plain distance, name spellings the swaps.
//
// Without a cap the table is length × length: for short strings only. With
// a `cap` only the cells within `cap` of the diagonal are filled, since a
// path that leaves that band already costs more, and the rows stop once two
// in a row are all past the cap: O(length × cap), linear for a fixed cap.
// Every distance past the cap is answered as cap + 1.

export interface EditDistanceOptions {
  swaps?: boolean
  cap?: number
}

export function editDistance(a: string, b: string, { swaps = false, cap = Infinity }: EditDistanceOptions = {}): number {
  const over = cap + 1
  if (Math.abs(a.length - b.length) > cap) return over
  const n = b.length
  // Larger than any distance of these two strings: the cells outside the band.
  const far = a.length + n + 1
  // Three rows, reused: the one before last (for swaps), the last, the next.
  let before = new Array<number>(n + 1).fill(far)
  let row = Array.from({ length: n + 1 }, (_, j) => (j <= cap ? j : far))
  let next = new Array<number>(n + 1).fill(far)
  let lastLeast = 0
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(0, i - cap)
    const hi = Math.min(n, i + cap)
    // The cells just outside this row's band still hold an older row's values.
    if (lo > 0) next[lo - 1] = far
    if (hi < n) next[hi + 1] = far
    let least = far
    if (lo === 0) next[0] = least = i
    for (let j = Math.max(1, lo); j <= hi; j++) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let d = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + same)
      if (swaps && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, before[j - 2]! + 1)
      }
      next[j] = d
      if (d < least) least = d
    }
    // A cell is at least the least of the row above or, by a swap, one more
    // than the least of the row before that: two rows past the cap end it.
    if (least > cap && lastLeast > cap) return over
    lastLeast = least
    ;[before, row, next] = [row, next, before]
  }
  return Math.min(row[n]!, over)
}
