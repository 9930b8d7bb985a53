// The first search across the library, kept as the baseline the ranked
// search (ranked-search.ts) is measured against: it reads every document
// and looks for the query as one string in titles and texts, and
// annotations' quotes, notes and the names of their sources and relays, in
// library order. Matching ignores case; every hit carries the offsets to
// open the document at, and a short snippet to show.

import type { Annotation } from '../model/annotation.ts'
import type { ArticleDocument } from '../model/document.ts'
import type { Source } from '../model/source.ts'
import { flatten, oneLine } from '../text/one-line.ts'
import type { SearchHit } from './search-hit.ts'

export interface Searchable {
  document: ArticleDocument
  text: string // the document's canonical text
  annotations: readonly Annotation[]
}

const CONTEXT = 40

export function searchLibraryLinear(
  entries: Iterable<Searchable>, sources: readonly Source[], query: string, limit = 200,
): { hits: SearchHit[]; truncated: boolean } {
  const needle = fold(oneLine(query))
  const hits: SearchHit[] = []
  if (!needle) return { hits, truncated: false }
  const sourceName = new Map(sources.map((s) => [s.id, s.name]))
  let truncated = false
  const add = (hit: SearchHit) => {
    if (hits.length < limit) hits.push(hit)
    else truncated = true
  }
  for (const { document: doc, text, annotations } of entries) {
    const base = { documentId: doc.id, documentTitle: doc.meta.title }
    for (const at of occurrences(doc.meta.title, needle)) {
      add({ ...base, field: 'title', start: 0, end: 0, ...snippet(doc.meta.title, at, needle.length) })
    }
    for (const at of occurrences(text, needle)) {
      add({ ...base, field: 'text', start: at, end: at + needle.length, ...snippet(text, at, needle.length) })
    }
    for (const a of annotations) {
      const { start, end } = a.target.position
      const inAnnotation = { ...base, annotationId: a.id, start, end }
      const quote = a.target.quote.exact
      for (const at of occurrences(quote, needle)) {
        add({ ...inAnnotation, field: 'quote', start: start + at, end: start + at + needle.length, ...snippet(quote, at, needle.length) })
      }
      for (const at of occurrences(a.note, needle)) add({ ...inAnnotation, field: 'note', ...snippet(a.note, at, needle.length) })
      for (const id of a.sources) {
        const name = sourceName.get(id) ?? id
        const at = fold(name).indexOf(needle)
        if (at >= 0) add({ ...inAnnotation, field: 'source', ...snippet(name, at, needle.length) })
      }
      // A relay is found by its name too, shown as "via <name>".
      for (const id of a.via) {
        const shown = `via ${sourceName.get(id) ?? id}`
        const at = fold(shown).indexOf(needle, 4)
        if (at >= 0) add({ ...inAnnotation, field: 'source', ...snippet(shown, at, needle.length) })
      }
    }
  }
  return { hits, truncated }
}

// Lower case that never changes a string's length, so offsets found in the
// folded text hold in the original ("İ" lower-cases to two code units and
// is left as it is).
export function fold(text: string): string {
  let out = ''
  for (const ch of text) {
    const lower = ch.toLowerCase()
    out += lower.length === ch.length ? lower : ch
  }
  return out
}

function occurrences(haystack: string, needle: string): number[] {
  const folded = fold(haystack)
  const found: number[] = []
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) found.push(at)
  return found
}

// Whitespace (the blank line between blocks too) shows as one space.
export function snippet(text: string, at: number, length: number): { before: string; match: string; after: string } {
  const from = Math.max(0, at - CONTEXT)
  const to = Math.min(text.length, at + length + CONTEXT)
  return {
    before: (from > 0 ? '…' : '') + flatten(text.slice(from, at)).trimStart(),
    match: flatten(text.slice(at, at + length)),
    after: flatten(text.slice(at + length, to)).trimEnd() + (to < text.length ? '…' : ''),
  }
}
