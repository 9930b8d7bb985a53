// Selectors -> a range of the canonical text, or null for an orphan.
// Tried in order: the stored position, checked against the quote; then the
// quote itself, the occurrence whose context fits best. A range is never
// returned unless its text equals the quote: an orphan is better than an
// annotation on the wrong words.

import type { Target } from '../model/annotation.ts'

export interface TextRange { start: number; end: number }

export function anchor(text: string, target: Target): TextRange | null {
  const { position, quote } = target
  if (text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end }
  return findQuote(text, quote.exact, quote.prefix, quote.suffix, position.start)
}

function findQuote(text: string, exact: string, prefix: string, suffix: string, hint: number): TextRange | null {
  let best: TextRange | null = null
  let bestScore = -Infinity
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length
    const score = commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix)
      + commonPrefix(text.slice(end, end + suffix.length), suffix)
      - Math.abs(at - hint) / Math.max(1, text.length)
    if (score > bestScore) { bestScore = score; best = { start: at, end } }
  }
  return best
}

function commonPrefix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

function commonSuffix(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}
