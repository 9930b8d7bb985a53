// Approximate occurrences of a quote in a text: the ends found by Myers'
// scan (myers.ts), each aligned back to its best start, never splitting a
// surrogate pair.

import { editDistance } from '../text/edit-distance.ts'
import { alignAnchored, compile, scanEnds } from './myers.ts'
import type { TextIndex } from './text-index.ts'

// Approximate occurrences kept per search (fewest errors first); half as
// many exact ones get their context compared by edit distance (match-quote.ts).
export const CANDIDATES = 64

export interface Approximate { start: number; end: number; errors: number }

// Occurrences of `pattern` in text[from, to) within `k` edits: for each run
// of adjacent end positions within k, the end with fewest errors and the
// start that aligns best with it. At most `limit`, the fewest errors first.
// Ranges never split a surrogate pair. With an index of the text, long
// stretches are filtered first (see TextIndex) rather than scanned.
export function searchApproximate(text: string, pattern: string, k: number, from = 0, to = text.length, limit = CANDIDATES, index?: TextIndex): Approximate[] {
  const m = pattern.length
  if (m === 0 || k < 0 || k >= m) return []
  const compiled = compile(pattern, false)
  const regions = index && index.text === text ? index.regions(pattern, k, from, to) : null
  const ends = regions
    ? regions.flatMap(([start, end]) => scanEnds(text, start, end, compiled, k))
    : scanEnds(text, from, to, compiled, k)
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end)
  const reversed = compile(pattern, true)
  const found: Approximate[] = []
  for (const { end } of ends) {
    if (found.length >= limit) break
    const aligned = alignAnchored(text, end, -1, Math.min(m + k, end - from), reversed)
    if (aligned.errors > k) continue
    const range = wholeCodePoints(text, end - aligned.length, end)
    const widened = end - aligned.length - range.start + range.end - end
    // Widening adds at most one error per code unit; recounted exactly
    // unless that would be slow.
    const errorsNow = widened === 0 ? aligned.errors : m <= 1000 ? editDistance(pattern, text.slice(range.start, range.end)) : aligned.errors + widened
    if (errorsNow <= k) found.push({ ...range, errors: errorsNow })
  }
  return found
}

// Widens a range that would cut a surrogate pair in half.
export function wholeCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--
  if (end < text.length && end > 0 && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++
  return { start, end }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff
