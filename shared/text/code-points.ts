// Offsets counted in UTF-16 units (Sourcemark's) against offsets counted in
// code points (W3C selectors, Hypothesis). Linear setup, then a binary
// search per offset; the identity when the text has no surrogate pairs.
// Every offset an export writes (CSV, Readwise, JSON-LD, Hypothesis) is
// converted here: exports count code points, one definition for all.

// The UTF-16 index of the low half of each surrogate pair in `text`.
function pairEnds(text: string): number[] {
  const ends: number[] = []
  for (let i = 0; i + 1 < text.length; i++) {
    const hi = text.charCodeAt(i)
    if (hi >= 0xd800 && hi <= 0xdbff) {
      const lo = text.charCodeAt(i + 1)
      if (lo >= 0xdc00 && lo <= 0xdfff) ends.push(++i)
    }
  }
  return ends
}

// How many of the sorted `values` are below `limit`.
function countBelow(values: number[], limit: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid]! < limit) lo = mid + 1
    else hi = mid
  }
  return lo
}

// UTF-16 offset -> code point offset.
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const ends = pairEnds(text)
  if (ends.length === 0) return (offset) => offset
  return (offset) => offset - countBelow(ends, offset)
}

// Code point offset -> UTF-16 offset (the inverse).
export function utf16Offsets(text: string): (codePointOffset: number) => number {
  // The code point index of each pair: its UTF-16 start less the pairs before it.
  const starts = pairEnds(text).map((end, n) => end - 1 - n)
  if (starts.length === 0) return (offset) => offset
  return (offset) => offset + countBelow(starts, offset)
}
