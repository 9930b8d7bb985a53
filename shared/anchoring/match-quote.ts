// Finding a quote in a text that may have changed since it was quoted.
//
// Two tools, both pure:
//  - exact occurrences (String.prototype.indexOf), ranked by how well the
//    stored prefix and suffix fit around them and by distance to a hint;
//  - approximate occurrences, by edit distance (Levenshtein: insertions,
//    deletions, substitutions of UTF-16 code units), found with Myers'
//    bit-parallel algorithm (G. Myers, "A fast bit-vector algorithm for
//    approximate string matching based on dynamic programming", JACM 46(3),
//    1999) in its block form with Ukkonen's cut-off, so a scan costs about
//    (errors allowed / 32 + 1) word operations per text character; over a
//    long text, optionally filtered first by a q-gram index (TextIndex).
//
// matchQuote() puts them together: exact occurrences near the hint, then
// anywhere; only when none fits its context, approximate occurrences near
// the hint, then (with at most MAX_FAR_ERRORS) anywhere. An approximate
// occurrence is accepted only with few errors (MAX_ERROR_RATIO of the
// quote) and context that still fits (MIN_CONTEXT); otherwise there is no
// match, and the annotation is an orphan rather than attached to the wrong
// words.

export interface QuoteSelector { exact: string; prefix: string; suffix: string }

export interface QuoteMatch {
  start: number
  end: number
  // Edit distance between the quote and text[start, end); 0 for exact. (An
  // upper bound for a quote over 1000 code units whose range was widened
  // to whole code points.)
  errors: number
  // How well the stored context fits here, 0..1 (1 when none was stored).
  context: number
  score: number
}

// An approximate match may differ from the quote in at most this share of
// its length (and at most MAX_ERRORS edits); quotes shorter than 10 code
// units therefore match only exactly.
const MAX_ERROR_RATIO = 0.1
const MAX_ERRORS = 256
// Quotes longer than this are matched exactly only: aligning them costs
// O(length^2 / 32).
const MAX_APPROXIMATE_LENGTH = 10_000
// The stored context must fit at least this well (mean of prefix and
// suffix similarity) for an approximate match to count.
const MIN_CONTEXT = 0.5
// Searched first, either side of the hint, before the whole text.
const WINDOW = 4096
// Farther from the hint than the window, an approximate match may have at
// most this many errors: text both moved and much altered is too weak a
// match, and the whole-text search stays cheap (one 32-bit word of the
// bit-parallel search, and an effective index filter).
const MAX_FAR_ERRORS = 32
// Context nearer the quote than this many code units is compared.
const CONTEXT_COMPARED = 32
// Exact occurrences whose context is compared by edit distance (the rest
// only by their common prefix and suffix), and approximate ones kept.
const CANDIDATES = 64

export function maxErrors(quoteLength: number): number {
  if (quoteLength > MAX_APPROXIMATE_LENGTH) return 0
  return Math.min(MAX_ERRORS, Math.floor(quoteLength * MAX_ERROR_RATIO))
}

export interface MatchOptions {
  // Where the quote is expected to start.
  hint: number
  // Half-width of the first, local search (default WINDOW + 2 * quote length).
  window?: number
  // An index of the text, to search all of a long text quickly; shared by
  // the many quotes anchored on one text (see anchorAll).
  index?: TextIndex
}

export function matchQuote(text: string, quote: QuoteSelector, options: MatchOptions): QuoteMatch | null {
  const { exact } = quote
  const m = exact.length
  const n = text.length
  if (m === 0 || m > n + maxErrors(m)) return null
  const hint = Math.max(0, Math.min(n, options.hint))
  const half = options.window ?? WINDOW + 2 * m
  const lo = Math.max(0, hint - half)
  const hi = Math.min(n, hint + m + half)
  const whole = lo === 0 && hi === n
  const context = new Context(text, quote, hint)

  // 1. Exact occurrences near the hint: one with all its context is as
  // good as it gets (anything farther away can only tie on context).
  let best = context.bestExact(occurrences(text, exact, lo, hi))
  if (best && best.context === 1) return best
  // 2. Exact occurrences anywhere.
  if (!whole) {
    const all = context.bestExact(occurrences(text, exact, 0, n))
    if (all && (!best || all.score > best.score)) best = all
  }
  if (best && best.context >= MIN_CONTEXT) return best

  // 3. Approximate occurrences, near the hint, then (only if there was no
  // exact occurrence at all) anywhere. An exact occurrence with poor
  // context still wins unless an approximate one scores better.
  const k = maxErrors(m)
  if (k === 0) return best
  let near = context.bestApproximate(searchApproximate(text, exact, k, lo, hi, CANDIDATES))
  if (!near && !best && !whole) {
    const far = Math.min(k, MAX_FAR_ERRORS)
    near = context.bestApproximate(searchApproximate(text, exact, far, 0, n, CANDIDATES, n >= INDEXED_SEARCH_MIN ? options.index : undefined))
  }
  if (near && (!best || near.score > best.score)) return near
  return best
}

// Start offsets of exact occurrences of `quote` lying inside [from, to).
function occurrences(text: string, quote: string, from: number, to: number): number[] {
  const found: number[] = []
  // Searching a slice keeps indexOf from running on to the end of the text.
  const piece = from === 0 && to === text.length ? text : text.slice(from, to)
  for (let at = piece.indexOf(quote); at !== -1; at = piece.indexOf(quote, at + 1)) found.push(from + at)
  return found
}

// Scores candidates against the stored prefix and suffix.
class Context {
  private readonly prefix: string
  private readonly suffix: string
  private prefixPattern: Pattern | null = null
  private suffixPattern: Pattern | null = null

  constructor(private readonly text: string, private readonly quote: QuoteSelector, private readonly hint: number) {
    this.prefix = quote.prefix.slice(-CONTEXT_COMPARED)
    this.suffix = quote.suffix.slice(0, CONTEXT_COMPARED)
  }

  // Similarity 0..1 of the stored context to the text around [start, end),
  // by edit distance, letting the text's side run longer or shorter.
  // Sides stored empty carry no information; with neither side, 1.
  fit(start: number, end: number): number {
    let sum = 0, sides = 0
    if (this.prefix) {
      this.prefixPattern ??= compile(this.prefix, true)
      sum += 1 - alignAnchored(this.text, start, -1, 2 * this.prefix.length, this.prefixPattern).errors / this.prefix.length
      sides++
    }
    if (this.suffix) {
      this.suffixPattern ??= compile(this.suffix, false)
      sum += 1 - alignAnchored(this.text, end, 1, 2 * this.suffix.length, this.suffixPattern).errors / this.suffix.length
      sides++
    }
    return sides ? Math.max(0, sum / sides) : 1
  }

  // Same-text context, the cheap way: code units equal on each side, read
  // outwards from the candidate. 1 when all of it is there.
  private fitExactly(start: number, end: number): number {
    const { text, prefix, suffix } = this
    if (!prefix && !suffix) return 1
    let before = 0, after = 0
    while (before < prefix.length && start - before > 0 && text.charCodeAt(start - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)) before++
    while (after < suffix.length && end + after < text.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after++
    return (before + after) / (prefix.length + suffix.length)
  }

  private scored(start: number, end: number, errors: number, context: number): QuoteMatch {
    const m = this.quote.exact.length
    const distance = Math.abs(start - this.hint) / Math.max(1, this.text.length)
    // The quote counts twice the context; nearness to the hint only breaks
    // ties (it is worth less than one code unit of context).
    const score = 2 * (1 - errors / m) + context + 0.01 * (1 - Math.min(1, distance))
    return { start, end, errors, context, score }
  }

  bestExact(starts: number[]): QuoteMatch | null {
    if (starts.length === 0) return null
    const m = this.quote.exact.length
    // Rank cheaply; compare context by edit distance only for the best few
    // and the nearest few, unless one has all of its context.
    const cheap = starts.map((start) => this.scored(start, start + m, 0, this.fitExactly(start, start + m)))
    const full = cheap.filter((c) => c.context === 1)
    if (full.length) return full.reduce((a, b) => (b.score > a.score ? b : a))
    const chosen = new Set<QuoteMatch>()
    for (const c of [...cheap].sort((a, b) => b.score - a.score).slice(0, CANDIDATES / 2)) chosen.add(c)
    const nearest = [...cheap].sort((a, b) => Math.abs(a.start - this.hint) - Math.abs(b.start - this.hint))
    for (const c of nearest.slice(0, CANDIDATES / 2)) chosen.add(c)
    let best: QuoteMatch | null = null
    for (const c of chosen) {
      const rescored = this.scored(c.start, c.end, 0, Math.max(c.context, this.fit(c.start, c.end)))
      if (!best || rescored.score > best.score) best = rescored
    }
    return best
  }

  bestApproximate(found: Approximate[]): QuoteMatch | null {
    let best: QuoteMatch | null = null
    for (const { start, end, errors } of found) {
      const c = this.scored(start, end, errors, this.fit(start, end))
      if (c.context < MIN_CONTEXT) continue
      if (!best || c.score > best.score) best = c
    }
    return best
  }
}

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

// Below this many code units a text is scanned rather than filtered.
const INDEXED_SEARCH_MIN = 1 << 16
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

// Widens a range that would cut a surrogate pair in half.
export function wholeCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--
  if (end < text.length && end > 0 && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++
  return { start, end }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

// Plain Levenshtein distance, O(a.length * b.length); for short strings.
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1)))
    }
    row = next
  }
  return row[b.length]!
}

// ---------------------------------------------------------------------------
// Myers' algorithm. The dynamic-programming matrix D[i][j] (pattern prefix
// of length i against text up to column j) is kept one column at a time as
// bit-vectors of vertical differences D[i][j] - D[i-1][j] in {+1, 0, -1}:
// Pv has bit i set for +1, Mv for -1. The pattern is cut into blocks of 32
// rows; each block passes its horizontal difference at its bottom row to
// the next block.

interface Pattern {
  length: number
  blocks: number
  // Distinct code units of the pattern; code unit codes[i] has row i + 1
  // of `eq` (row 0: code units not in the pattern).
  codes: Uint16Array
  // eq[row * blocks + b]: bit r set where pattern[32 * b + r] is that code unit.
  eq: Int32Array
}

// Code unit -> row of a Pattern's eq table, for the pattern being run.
// Filled before and cleared after every run, so runs do not interfere.
const rowOf = new Int32Array(0x10000)

function compile(pattern: string, reverse: boolean): Pattern {
  const m = pattern.length
  const blocks = Math.ceil(m / 32)
  const codes: number[] = []
  const rows = new Map<number, number>()
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i)
    if (!rows.has(c)) { rows.set(c, codes.length + 1); codes.push(c) }
  }
  const eq = new Int32Array((codes.length + 1) * blocks)
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(reverse ? m - 1 - i : i)
    eq[rows.get(c)! * blocks + (i >> 5)]! |= 1 << (i & 31)
  }
  return { length: m, blocks, codes: Uint16Array.from(codes), eq }
}

function install(p: Pattern): void { for (let i = 0; i < p.codes.length; i++) rowOf[p.codes[i]!] = i + 1 }
function uninstall(p: Pattern): void { for (let i = 0; i < p.codes.length; i++) rowOf[p.codes[i]!] = 0 }

// One column step of one block. hin is the horizontal difference entering
// at the block's top, the return value the one leaving at its bottom
// (`bottom` is the bit of the block's last row).
function advance(pv: Int32Array, mv: Int32Array, b: number, eq: number, hin: number, bottom: number): number {
  const p = pv[b]!, mneg = mv[b]!
  const xv = eq | mneg
  if (hin < 0) eq |= 1
  const xh = (((eq & p) + p) ^ p) | eq
  let ph = mneg | ~(xh | p)
  let mh = p & xh
  const hout = ph & bottom ? 1 : mh & bottom ? -1 : 0
  ph <<= 1
  mh <<= 1
  if (hin < 0) mh |= 1
  else if (hin > 0) ph |= 1
  pv[b] = mh | ~(xv | ph)
  mv[b] = ph & xv
  return hout
}

// End offsets in text[from, to) where some substring ending there is within
// k edits of the pattern: one per run of adjacent such ends, the one with
// fewest errors. Blocks wholly above k are skipped (Ukkonen's cut-off), so
// for small k mostly block 0 runs; it is kept in local variables.
function scanEnds(text: string, from: number, to: number, p: Pattern, k: number): { end: number; errors: number }[] {
  const { length: m, blocks, eq } = p
  const pv = new Int32Array(blocks).fill(-1)
  const mv = new Int32Array(blocks)
  const score = new Int32Array(blocks)
  for (let b = 0; b < blocks; b++) score[b] = Math.min(m, 32 * (b + 1))
  const lastRows = ((m - 1) & 31) + 1
  const lastBottom = 1 << (lastRows - 1)
  const full = 1 << 31
  const final = blocks - 1
  const shift0 = final === 0 ? lastRows - 1 : 31
  let y = Math.min(final, Math.max(0, Math.ceil(k / 32) - 1))
  let pv0 = -1, mv0 = 0, score0 = score[0]!

  const ends: { end: number; errors: number }[] = []
  let runBest = -1, runErrors = 0
  install(p)
  try {
    for (let j = from; j < to; j++) {
      const base = rowOf[text.charCodeAt(j)]! * blocks
      // Block 0: nothing enters at the top (the match may start anywhere).
      const e = eq[base]!
      const xv = e | mv0
      const xh = (((e & pv0) + pv0) ^ pv0) | e
      let ph = mv0 | ~(xh | pv0)
      let mh = pv0 & xh
      // Branch-free: the bottom row's horizontal difference, +1, 0 or -1.
      let carry = ((ph >>> shift0) & 1) - ((mh >>> shift0) & 1)
      ph <<= 1
      mh <<= 1
      pv0 = mh | ~(xv | ph)
      mv0 = ph & xv
      score0 += carry
      let last = score0
      for (let b = 1; b <= y; b++) {
        carry = advance(pv, mv, b, eq[base + b]!, carry, b === final ? lastBottom : full)
        last = score[b]! += carry
      }
      if (y < final && last - carry <= k && ((eq[base + y + 1]! & 1) !== 0 || carry < 0)) {
        y++
        pv[y] = -1
        mv[y] = 0
        last = (y === 1 ? score0 : score[y - 1]!) - carry + (y === final ? lastRows : 32)
        last += advance(pv, mv, y, eq[base + y]!, carry, y === final ? lastBottom : full)
        score[y] = last
      } else {
        while (y > 0 && score[y]! >= k + 32) y--
        if (y === 0) last = score0
        else last = score[y]!
      }
      if (y === final && last <= k) {
        if (runBest === -1 || last < runErrors) { runBest = j + 1; runErrors = last }
      } else if (runBest !== -1) {
        ends.push({ end: runBest, errors: runErrors })
        runBest = -1
      }
    }
    if (runBest !== -1) ends.push({ end: runBest, errors: runErrors })
  } finally {
    uninstall(p)
  }
  return ends
}

// The best alignment of the whole pattern against text read from `at`
// outwards (direction 1: text[at], text[at + 1], ...; -1: text[at - 1],
// text[at - 2], ..., with the pattern compiled reversed), using up to
// `limit` code units of text: fewest errors, and of those the length
// nearest the pattern's.
function alignAnchored(text: string, at: number, direction: 1 | -1, limit: number, p: Pattern): { errors: number; length: number } {
  const { length: m, blocks, eq } = p
  const available = direction === 1 ? text.length - at : at
  const columns = Math.max(0, Math.min(limit, available))
  const pv = new Int32Array(blocks).fill(-1)
  const mv = new Int32Array(blocks)
  const lastBottom = 1 << (((m - 1) & 31))
  const full = 1 << 31
  const final = blocks - 1
  let score = m // D[m][0]: the pattern against no text
  let best = m, bestLength = 0
  install(p)
  try {
    for (let j = 0; j < columns; j++) {
      const code = text.charCodeAt(direction === 1 ? at + j : at - 1 - j)
      const base = rowOf[code]! * blocks
      // The text may not be skipped before the anchor: D[0][j] = j, so +1
      // enters the top block at every column.
      let carry = 1
      for (let b = 0; b < blocks; b++) carry = advance(pv, mv, b, eq[base + b]!, carry, b === final ? lastBottom : full)
      score += carry
      if (score < best || (score === best && Math.abs(j + 1 - m) < Math.abs(bestLength - m))) { best = score; bestLength = j + 1 }
    }
  } finally {
    uninstall(p)
  }
  return { errors: best, length: bestLength }
}
