// What the search index (search-index.ts) takes of a document: one record,
// its title, text, the notes of its annotations and the names of their
// sources and relays (an annotation's quote is words of the text, so the
// text finds it).

import type { Searchable } from './search.ts'

export interface IndexRecord { id: string; title: string; text: string; notes: string; sources: string }

// Notes one per line, each source and relay name once.
export function indexRecord({ document: doc, text, annotations }: Searchable, sourceName: (id: string) => string): IndexRecord {
  const notes: string[] = []
  for (const a of annotations) if (a.note) notes.push(a.note)
  return { id: doc.id, title: doc.meta.title, text, notes: notes.join('\n'), sources: sourceNames(annotations, sourceName) }
}

// The names of the sources and relays the annotations name, each once, one a line.
export function sourceNames(annotations: Searchable['annotations'], sourceName: (id: string) => string): string {
  const named = new Set<string>()
  for (const a of annotations) {
    for (const id of a.sources) named.add(id)
    for (const id of a.via) named.add(id)
  }
  return [...named].map(sourceName).join('\n')
}
