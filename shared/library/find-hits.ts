// The hits in one document for a query, by words: the query's words next to
// each other in the title, the text, an annotation's quote, note or source
// names (the last word as a beginning, since it may still be being typed).
// When the words are nowhere together in the document, each word found is a
// hit of its own. A hit's match covers whole words, in the text as it is.

import type { Searchable } from './search.ts'
import { snippet } from './search.ts'
import type { SearchHit } from './search-hit.ts'
import { asciiSpans } from './text-spans.ts'
import { wordKey, wordKeys, wordsOf, type Word } from './words.ts'

// At most this many hits from one document, so that one long article full
// of the word leaves room for the next documents.
export const MAX_HITS_PER_DOCUMENT = 20

export interface DocumentHits { hits: SearchHit[]; cut: boolean }

export function queryWords(query: string): string[] {
  return wordKeys(query)
}

// False only when no word of the query can be in `text`: a word's key is
// a piece of the whole text's key (the same folding, character by character).
function mayHold(text: string, query: readonly string[], together: boolean): boolean {
  const folded = wordKey(text)
  return together ? query.every((q) => folded.includes(q)) : query.some((q) => folded.includes(q))
}

// Where the words stand in a text: spans [start, end) of the matches.
export function spans(words: readonly Word[], query: readonly string[], together: boolean): [number, number][] {
  const found: [number, number][] = []
  const last = query.length - 1
  const fits = (word: Word, j: number) => (j === last ? word.key.startsWith(query[j]!) : word.key === query[j])
  if (together) {
    for (let i = 0; i + last < words.length; i++) {
      let j = 0
      while (j <= last && fits(words[i + j]!, j)) j++
      if (j > last) found.push([words[i]!.start, words[i + last]!.end])
    }
  } else {
    for (const word of words) {
      if (query.some((_, j) => fits(word, j))) found.push([word.start, word.end])
    }
  }
  return found
}

export function findHits(entry: Searchable, sourceName: (id: string) => string, query: readonly string[]): DocumentHits {
  const { document: doc, text, annotations } = entry
  const base = { documentId: doc.id, documentTitle: doc.meta.title }
  const words = new Map<string, Word[]>()
  let together = true
  const wordsIn = (s: string): Word[] => {
    if (!s || !mayHold(s, query, together)) return []
    let w = words.get(s)
    if (!w) words.set(s, w = wordsOf(s))
    return w
  }
  const collect = (): SearchHit[] => {
    const hits: SearchHit[] = []
    for (const [from, to] of spans(wordsIn(doc.meta.title), query, together)) {
      hits.push({ ...base, field: 'title', start: 0, end: 0, ...snippet(doc.meta.title, from, to - from) })
    }
    // Annotations first: what the reader marked and wrote says more than the text.
    for (const a of annotations) {
      const { start, end } = a.target.position
      const inAnnotation = { ...base, annotationId: a.id, start, end }
      for (const [from, to] of spans(wordsIn(a.note), query, together)) hits.push({ ...inAnnotation, field: 'note', ...snippet(a.note, from, to - from) })
      const quote = a.target.quote.exact
      for (const [from, to] of spans(wordsIn(quote), query, together)) {
        hits.push({ ...inAnnotation, field: 'quote', start: start + from, end: start + to, ...snippet(quote, from, to - from) })
      }
      const named = [...a.sources.map((id) => sourceName(id)), ...a.via.map((id) => `via ${sourceName(id)}`)]
      for (const name of named) {
        // "via" is how a relay is shown, not part of its name.
        const found = spans(wordsIn(name), query, together).filter(([from]) => !name.startsWith('via ') || from >= 4)
        if (found.length) hits.push({ ...inAnnotation, field: 'source', ...snippet(name, found[0]![0], found[0]![1] - found[0]![0]) })
      }
      if (hits.length > MAX_HITS_PER_DOCUMENT * 4) break
    }
    const inText = asciiSpans(text, query, together, MAX_HITS_PER_DOCUMENT + 1) ?? spans(wordsIn(text), query, together)
    for (const [from, to] of inText) {
      hits.push({ ...base, field: 'text', start: from, end: to, ...snippet(text, from, to - from) })
      if (hits.length > MAX_HITS_PER_DOCUMENT) break
    }
    return hits
  }
  if (query.length === 0) return { hits: [], cut: false }
  let hits = collect()
  if (hits.length === 0 && query.length > 1) {
    together = false
    hits = collect()
  }
  const cut = hits.length > MAX_HITS_PER_DOCUMENT
  return { hits: hits.slice(0, MAX_HITS_PER_DOCUMENT), cut }
}
