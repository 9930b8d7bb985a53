// Annotations as a Readwise CSV import file
// (https://readwise.io/import_bulk: "Highlight, Title, Author, URL, Note,
// Location, Date"), one row per annotation of one or more documents.
//
// - Highlight: the quote where the reader paints it (the stored one for an
//   orphan). Title, Author, URL: the document's (URL only when http(s)).
// - Note: Readwise reads a note that starts with ".tag" words as tags
//   (its ".tags" convention): the sources ("tass", "global-times": tagSlug
//   of the name, the id when nothing is left) and relays ("via-xinhua"),
//   then "claim" for a claim, each as ".word", then a line break and the
//   reader's note as written.
// - Location: where the quote starts in the canonical text, counted in
//   Unicode code points like every Sourcemark offset; Readwise sorts by it.
//   Empty for an orphan.
// - Date: when the annotation was made, "YYYY-MM-DD HH:MM:SS" in UTC.
//
// RFC 4180 with CRLF as csv.ts, but no byte order mark (Readwise would read
// it as part of the first header) and no apostrophe before formula-like
// cells: this file is for Readwise, which shows text as written, and an
// apostrophe would end up in the highlight. Open the analytic CSV in a
// spreadsheet instead.

import type { Annotation } from '../model/annotation.ts'
import { canonicalText } from '../model/document.ts'
import { placeAnnotations } from '../anchoring/place.ts'
import { keptPageUrl } from '../links/policy.ts'
import { codePointOffsets } from '../text/code-points.ts'
import type { CsvExportRows } from './csv.ts'
import { tagSlug } from './markdown-text.ts'

export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const

export function toReadwiseCsv(rows: CsvExportRows[]): string {
  const lines = [READWISE_COLUMNS.join(',')]
  for (const { document: doc, annotations, sources } of rows) {
    const names = new Map(sources.map((s) => [s.id, s.name]))
    const tag = (id: string) => tagSlug(names.get(id) ?? id) || id
    const text = canonicalText(doc.blocks)
    const offset = codePointOffsets(text)
    const { placed, orphans } = placeAnnotations(text, annotations.filter((a) => a.documentId === doc.id))
    const byPosition = (a: Annotation, b: Annotation) => a.target.position.start - b.target.position.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    const orphaned = new Set(orphans)
    for (const a of [...placed.sort(byPosition), ...orphans.sort(byPosition)]) {
      const tags = [...new Set([...a.sources.map(tag), ...a.via.map((id) => `via-${tag(id)}`), ...(a.kind === 'claim' ? ['claim'] : [])])]
      const note = [tags.map((t) => `.${t}`).join(' '), a.note].filter((part) => part !== '').join('\n')
      lines.push([
        a.target.quote.exact,
        doc.meta.title,
        doc.meta.author ?? doc.meta.publisher ?? '',
        keptPageUrl(doc.meta.url) ?? '',
        note,
        orphaned.has(a) ? '' : String(offset(a.target.position.start)),
        a.created.replace('T', ' ').replace(/(\.\d+)?Z$/, ''),
      ].map(field).join(','))
    }
  }
  return lines.map((line) => `${line}\r\n`).join('')
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
