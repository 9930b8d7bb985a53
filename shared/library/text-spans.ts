// Where a query's words stand in a long text written in ASCII, found
// without cutting the whole text into words: a 1 MB article is 170,000
// words, and cutting it took most of a search's time whenever it was among
// the documents read. In ASCII a word's key is its lower case, of the same
// length, so the lowered text is searched for the query's words
// (key-text.ts) and only the words there are read. The spans are the ones
// find-hits.ts's spans() gives for the same words, in order, the first
// `max` of them. The lowered text is kept with the document (hit-cache.ts):
// lowering 1 MB at every key cost more than the lookups.

import { matches, type Budget } from './key-text.ts'

// ASCII without NUL (which key-text.ts takes for the end of a part).
const ASCII = /^[\x01-\x7f]*$/

// The text in lower case, or null when it is not ASCII (the caller cuts it
// into words).
export function asciiLowered(text: string): string | null {
  return ASCII.test(text) ? text.toLowerCase() : null
}

// In `lowered` (asciiLowered's): together, the query's words next to each
// other (the last as a beginning); else every word that is one of them.
// Looks at no more places than the budget has (left < 0 after: cut short).
export function asciiSpans(lowered: string, query: readonly string[], together: boolean, max: number, budget: Budget = { left: Infinity }): [number, number][] {
  const next = matches(lowered, query, together, budget)
  const found: [number, number][] = []
  for (let span = next(); span && found.length < max; span = found.length < max ? next() : null) found.push(span)
  return found
}
