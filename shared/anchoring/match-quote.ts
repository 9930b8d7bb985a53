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

import { CANDIDATES, searchApproximate, type Approximate } from './approximate.ts'
import { alignAnchored, compile, type Pattern } from './myers.ts'
import { INDEXED_SEARCH_MIN, type TextIndex } from './text-index.ts'

// The search's parts, for anchor.ts and the tests.
export { searchApproximate, wholeCodePoints } from './approximate.ts'
export { TextIndex } from './text-index.ts'

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
