// The hits in one document for a query, by words: the query's words next to
// each other in the title, the text, an annotation's quote, note or source
// names (the last word as a beginning, since it may still be being typed).
// When the words are nowhere together in the document, each word found is a
// hit of its own. A hit's match covers whole words, in the text as it is.

import { merged } from './annotation-words.ts'
import { hitCacheOf, type DocumentHitCache } from './hit-cache.ts'
import type { Searchable } from './search.ts'
import { snippet } from './search.ts'
import type { SearchHit } from './search-hit.ts'
import { asciiSpans } from './text-spans.ts'
import { wordKey, wordKeys, wordsOf, type Word } from './words.ts'

// At most this many hits from one document, so that one long article full
// of the word leaves room for the next documents.
export const MAX_HITS_PER_DOCUMENT = 20

// At most this many places looked at in a document's annotations for one
// answer (each at most an annotation read), and as many in its text: words
// common in a document but rarely next to each other would otherwise have
// all of it read.
export const MAX_LOOKED = 2000

// looked: how many places in the document's annotations and text were looked at.
export interface DocumentHits { hits: SearchHit[]; cut: boolean; looked: number }

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
  if (query.length === 0) return { hits: [], cut: false, looked: 0 }
  const cache = hitCacheOf(entry)
  // A text cut into words once for both passes (not ASCII, so not looked up in lower case).
  let textWords: Word[] | undefined
  const wordsOfText = () => (textWords ??= mayHold(entry.text, query, false) ? wordsOf(entry.text) : [])
  let pass = collect(entry, cache, sourceName, query, true, wordsOfText)
  let looked = pass.looked
  // Words found nowhere together are each a hit (unless looking stopped short).
  if (pass.hits.length === 0 && query.length > 1 && !pass.stopped) {
    pass = collect(entry, cache, sourceName, query, false, wordsOfText)
    looked += pass.looked
  }
  const cut = pass.stopped || pass.hits.length > MAX_HITS_PER_DOCUMENT
  return { hits: pass.hits.slice(0, MAX_HITS_PER_DOCUMENT), cut, looked }
}

// The hits in order: the title's, the annotations' (what the reader marked
// and wrote says more than the text), the text's; one past the most shown,
// to tell that there are more.
function collect(
  entry: Searchable, cache: DocumentHitCache, sourceName: (id: string) => string, query: readonly string[], together: boolean, wordsOfText: () => Word[],
): { hits: SearchHit[]; looked: number; stopped: boolean } {
  const { document: doc, text, annotations } = entry
  const documentId = doc.id
  const documentTitle = doc.meta.title
  const hits: SearchHit[] = []
  const enough = () => hits.length > MAX_HITS_PER_DOCUMENT
  // Built whole, not spread: a hit is made for every place shown.
  const hit = (field: SearchHit['field'], start: number, end: number, shown: string, from: number, to: number, annotationId?: string) => {
    const { before, match, after } = snippet(shown, from, to - from)
    hits.push(annotationId === undefined
      ? { documentId, documentTitle, field, start, end, before, match, after }
      : { documentId, documentTitle, annotationId, field, start, end, before, match, after })
  }
  for (const [from, to] of spans(wordsOf(documentTitle), query, together)) hit('title', 0, 0, documentTitle, from, to)
  const wanted = annotations.length > 0 && !enough() ? inAnnotations(entry, cache, sourceName, query, together) : null
  while (wanted && !enough()) {
    const found = wanted.next()
    if (found === null) break
    const a = annotations[found.index]!
    const { start, end } = a.target.position
    for (const [from, to] of found.note) hit('note', start, end, a.note, from, to, a.id)
    const quote = a.target.quote.exact
    for (const [from, to] of found.quote) hit('quote', start + from, start + to, quote, from, to, a.id)
    if (!found.named) continue
    for (const name of [...a.sources.map((id) => sourceName(id)), ...a.via.map((id) => `via ${sourceName(id)}`)]) {
      const inName = nameSpans(cache, name, query, together)
      if (inName.length) hit('source', start, end, name, inName[0]![0], inName[0]![1], a.id)
    }
  }
  const inTextBudget = { left: MAX_LOOKED }
  if (!enough()) {
    const lowered = cache.lowered
    const inText = lowered !== null ? asciiSpans(lowered, query, together, MAX_HITS_PER_DOCUMENT + 1, inTextBudget) : spans(wordsOfText(), query, together)
    for (const [from, to] of inText) {
      hit('text', from, to, text, from, to)
      if (enough()) break
    }
  }
  const inTextLooked = MAX_LOOKED - Math.max(inTextBudget.left, 0)
  return { hits, looked: (wanted?.looked ?? 0) + inTextLooked, stopped: (wanted?.stopped ?? false) || inTextBudget.left < 0 }
}

// A source's name (or "via" it: "via" is how a relay is shown, not part of its name).
function nameSpans(cache: DocumentHitCache, name: string, query: readonly string[], together: boolean): [number, number][] {
  const found = spans(cache.nameWords(name), query, together)
  return name.startsWith('via ') ? found.filter(([from]) => from >= 4) : found
}

// The annotations with hits, in order, with where the words are in their
// note and quote (as spans() gives them), and whether a source or relay
// they name has hits: those whose note or quote holds the words where they
// stand (annotation-words.ts), and those naming a source or relay whose
// name has them. At most MAX_LOOKED places are looked at: past them,
// `stopped` (words common in a document but rarely together).
function inAnnotations(entry: Searchable, cache: DocumentHitCache, sourceName: (id: string) => string, query: readonly string[], together: boolean) {
  const words = cache.annotationWords
  const budget = { left: MAX_LOOKED }
  const places = words.places(query, together, budget)
  const lists: number[][] = []
  for (const [map, relay] of [[words.sources, false], [words.relays, true]] as const) {
    for (const [id, list] of map) {
      if (nameSpans(cache, relay ? `via ${sourceName(id)}` : sourceName(id), query, together).length > 0) lists.push(list)
    }
  }
  const named = merged(lists)
  const pullNamed = (): number | null => {
    const r = named.next()
    return r.done ? null : r.value
  }
  let place = places()
  let name = pullNamed()
  // In a unit not ASCII a place is among its keys: the words are found in its text.
  const inText = (unit: number, text: string, found: [number, number][]) =>
    found.length === 0 || words.ascii(unit) ? found : spans(wordsOf(text), query, together)
  return {
    get looked() { return MAX_LOOKED - Math.max(budget.left, 0) },
    get stopped() { return budget.left < 0 },
    next(): { index: number; note: [number, number][]; quote: [number, number][]; named: boolean } | null {
      const index = Math.min(place ? place.unit >> 1 : Infinity, name ?? Infinity)
      if (index === Infinity) return null
      const note: [number, number][] = []
      const quote: [number, number][] = []
      while (place && place.unit >> 1 === index) {
        ;(place.unit & 1 ? quote : note).push([place.start, place.end])
        place = places()
      }
      const isNamed = name === index
      if (isNamed) {
        budget.left--
        name = pullNamed()
      }
      const a = entry.annotations[index]!
      return { index, note: inText(2 * index, a.note, note), quote: inText(2 * index + 1, a.target.quote.exact, quote), named: isNamed }
    },
  }
}
