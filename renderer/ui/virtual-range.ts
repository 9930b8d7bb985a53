// The arithmetic of a virtual list, without the DOM: row sizes (measured
// or estimated), where each row starts, which rows a viewport shows, and
// how far to scroll to bring a row into view. Pure, so tests can check it.

// Row sizes and their running offsets. A size is the distance from a row's
// top to the next row's top (its height plus the gap after it). Offsets are
// prefix sums, recomputed in one pass after a change (10,000 rows: well
// under a millisecond), so lookups are binary searches.
export class RowSizes {
  readonly count: number
  #sizes: Float64Array
  #offsets: Float64Array
  #dirty = true

  // Takes the sizes as they are (not copied; none negative).
  constructor(sizes: Float64Array) {
    this.count = sizes.length
    this.#sizes = sizes
    this.#offsets = new Float64Array(sizes.length + 1)
  }

  size(index: number): number {
    return this.#sizes[index] ?? 0
  }

  // Records a measured size; says whether it differed.
  set(index: number, size: number): boolean {
    if (index < 0 || index >= this.count || this.#sizes[index] === size) return false
    this.#sizes[index] = Math.max(0, size)
    this.#dirty = true
    return true
  }

  // The sizes with a row of `size` put in at `index` (one copy, no sums
  // until asked).
  inserted(index: number, size: number): RowSizes {
    const sizes = new Float64Array(this.count + 1)
    sizes.set(this.#sizes.subarray(0, index))
    sizes[index] = Math.max(0, size)
    sizes.set(this.#sizes.subarray(index), index + 1)
    return new RowSizes(sizes)
  }

  // Where row `index` starts; offset(count) is the total.
  offset(index: number): number {
    this.#update()
    return this.#offsets[Math.max(0, Math.min(index, this.count))]!
  }

  get total(): number {
    return this.offset(this.count)
  }

  // The row under `offset` (the first or last row beyond either end).
  indexAt(offset: number): number {
    this.#update()
    if (this.count === 0) return 0
    let lo = 0, hi = this.count - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.#offsets[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  #update(): void {
    if (!this.#dirty) return
    let at = 0
    for (let i = 0; i < this.count; i++) {
      this.#offsets[i] = at
      at += this.#sizes[i]!
    }
    this.#offsets[this.count] = at
    this.#dirty = false
  }
}

export interface Range { start: number; end: number }

// The rows [start, end) that meet the band [top, bottom) of the list's own
// coordinates, widened by `overscan` pixels each way.
export function visibleRange(sizes: RowSizes, top: number, bottom: number, overscan = 0): Range {
  if (sizes.count === 0 || bottom < top) return { start: 0, end: 0 }
  const start = sizes.indexAt(top - overscan)
  let end = sizes.indexAt(bottom + overscan) + 1
  end = Math.min(sizes.count, Math.max(end, start + 1))
  return { start, end }
}

// One piece of what a virtual list puts in the DOM, in order: a row, or a
// spacer standing for the rows [from, to) that are not drawn.
export type Piece = { row: number } | { gap: Range }

// The rows to draw (any order, duplicates allowed: a range plus a row kept
// for its focus, say) as rows and the spacers between them.
export function pieces(rows: Iterable<number>, count: number): Piece[] {
  const sorted = [...new Set(rows)].filter((r) => r >= 0 && r < count).sort((a, b) => a - b)
  const out: Piece[] = []
  let next = 0
  for (const row of sorted) {
    if (row > next) out.push({ gap: { start: next, end: row } })
    out.push({ row })
    next = row + 1
  }
  if (next < count) out.push({ gap: { start: next, end: count } })
  return out
}

// The scroll position (in the same coordinates as the row's) that brings
// [top, bottom) into the view [viewTop, viewTop + viewHeight) with a margin,
// moving as little as possible; null when it is in view already. A row
// taller than the view is brought in by its top.
export function scrollToShow(top: number, bottom: number, viewTop: number, viewHeight: number, margin = 0): number | null {
  const viewBottom = viewTop + viewHeight
  if (top >= viewTop + margin && bottom <= viewBottom - margin) return null
  if (top < viewTop + margin || bottom - top > viewHeight - 2 * margin) return Math.max(0, top - margin)
  return Math.max(0, bottom - viewHeight + margin)
}
