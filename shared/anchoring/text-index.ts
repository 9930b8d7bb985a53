// A q-gram index of a long text, so that an approximate search over all of
// it scans only the stretches that could hold a match.

// Below this many code units a text is scanned rather than filtered.
export const INDEXED_SEARCH_MIN = 1 << 16
const GRAM = 8
const BASE = 31
const BASE_GRAM = Array.from({ length: GRAM - 1 }).reduce<number>((p) => Math.imul(p, BASE), 1) // BASE^(GRAM-1)

// Where in a text each 8-code-unit string occurs, built on first use
// (O(text) time, 12 bytes per code unit). It filters approximate searches by
// the pigeonhole principle: cut the pattern into pieces of 8; k edits can
// touch at most k of them, so of any h pieces at least h - k are unchanged
// in a match, each within k of the place it has in the pattern. Only the
// stretches where enough pieces occur close enough together are scanned.
export class TextIndex {
  private heads: Int32Array | null = null
  private next: Int32Array | null = null
  private counts: Int32Array | null = null
  private bits = 0

  constructor(readonly text: string) {}

  private build(): void {
    const { text } = this
    const grams = Math.max(0, text.length - GRAM + 1)
    this.bits = Math.max(10, Math.min(21, Math.ceil(Math.log2(grams + 1))))
    const shift = 32 - this.bits
    const heads = new Int32Array(1 << this.bits).fill(-1)
    const counts = new Int32Array(1 << this.bits)
    const next = new Int32Array(grams)
    let h = 0
    for (let j = 0; j < GRAM - 1 && j < text.length; j++) h = (Math.imul(h, BASE) + text.charCodeAt(j)) | 0
    for (let i = 0; i < grams; i++) {
      // h: the polynomial hash of text[i, i + GRAM), rolled along.
      h = (Math.imul(h, BASE) + text.charCodeAt(i + GRAM - 1)) | 0
      const slot = Math.imul(h, 0x9e3779b1) >>> shift
      next[i] = heads[slot]!
      heads[slot] = i
      counts[slot]!++
      h = (h - Math.imul(text.charCodeAt(i), BASE_GRAM)) | 0
    }
    this.heads = heads
    this.next = next
    this.counts = counts
  }

  private slot(s: string, at: number): number {
    let h = 0
    for (let j = 0; j < GRAM; j++) h = (Math.imul(h, BASE) + s.charCodeAt(at + j)) | 0
    return Math.imul(h, 0x9e3779b1) >>> (32 - this.bits)
  }

  // Stretches of text[from, to), sorted and disjoint, that contain every
  // match of `pattern` within k edits; null when the filter cannot help
  // (too few pieces, or too much text left to scan): scan instead.
  regions(pattern: string, k: number, from: number, to: number): [number, number][] | null {
    const m = pattern.length
    const pieces = Math.floor(m / GRAM)
    if (pieces <= k) return null
    if (!this.heads) this.build()
    const heads = this.heads!, next = this.next!, counts = this.counts!
    // The rarest pieces, enough that at least `needed` of them survive k
    // edits (two when there are enough pieces, to skip chance hits).
    const needed = Math.min(2, pieces - k)
    const chosen = Array.from({ length: pieces }, (_, i) => ({ offset: i * GRAM, slot: this.slot(pattern, i * GRAM) }))
      .sort((a, b) => counts[a.slot]! - counts[b.slot]!)
      .slice(0, k + needed)
    let hits = 0
    for (const { slot } of chosen) hits += counts[slot]!
    if (hits > (to - from) / 16) return null
    // d: where the match would start if nothing before the piece changed.
    const found: number[] = []
    for (const { offset, slot } of chosen) {
      const piece = pattern.slice(offset, offset + GRAM)
      for (let at = heads[slot]!; at !== -1; at = next[at]!) {
        if (at >= from && at + GRAM <= to && this.text.startsWith(piece, at)) found.push(at - offset)
      }
    }
    const diagonals = Int32Array.from(found).sort()
    // A match starting at s has its surviving pieces at diagonals within
    // [s - k, s + k], and ends by s + m + k.
    const merged: [number, number][] = []
    let covered = 0
    for (let j = 0; j + needed - 1 < diagonals.length; j++) {
      const first = diagonals[j]!, last = diagonals[j + needed - 1]!
      if (last - first > 2 * k) continue
      const start = Math.max(from, last - k)
      const end = Math.min(to, first + k + m + k)
      const previous = merged[merged.length - 1]
      if (previous && start <= previous[1]) {
        covered += Math.max(0, end - previous[1])
        previous[1] = Math.max(previous[1], end)
      } else {
        merged.push([start, end])
        covered += end - start
      }
      if (covered > (to - from) / 4) return null
    }
    return merged
  }
}
