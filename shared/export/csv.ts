// Annotations of one or more documents as CSV, one row per annotation, for
// spreadsheets and scripts.
//
// Format: RFC 4180. Rows end in CRLF (the last one too); a field is quoted
// when it contains a comma, a double quote, CR or LF, and quotes inside are
// doubled. The file starts with a UTF-8 byte order mark (U+FEFF): Excel reads
// a CSV without one in the legacy ANSI code page and garbles Chinese or
// Cyrillic text; other programs skip it. (Excel in locales whose list
// separator is ";" may still ask to split on ";"; the import dialog handles
// that.)
//
// Columns: document_id, document_title, kind, quote, sources (names joined
// with "; ", primary first; a removed source shows as "<id> (removed
// source)"), note, start, end (offsets into the canonical text in Unicode
// code points, as every Sourcemark export counts them (offsets.ts); end
// exclusive, where the reader paints the annotation now; empty for an
// orphan, whose text is gone), created, modified, annotation_id, via (the
// outlets that relayed it, named as sources are; last, so scripts reading
// the columns by position before relays existed still work).
//
// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that
// starts with = + - @ as a formula, and tab or CR can smuggle one in. Excel
// and LibreOffice also skip leading spaces before the sign and accept the
// fullwidth signs (U+FF1D, U+FF0B, U+FF0D, U+FF20) that Chinese and Japanese
// input methods type. Any field starting with tab, CR or LF, or with one of
// those signs after any whitespace or zero-width characters, gets a leading
// apostrophe, so it is shown as text. Programs that read the file as data see
// that apostrophe literally and may strip it.
//
// Rows follow the documents' order, then document order (position.start)
// within a document, orphans last. Annotations of another document are left out.

import type { Annotation } from '../model/annotation.ts'
import { canonicalText, type ArticleDocument } from '../model/document.ts'
import { placeAnnotations } from '../anchoring/place.ts'
import type { Source } from '../model/source.ts'
import { codePointOffsets } from '../text/code-points.ts'

export const CSV_COLUMNS = [
  'document_id', 'document_title', 'kind', 'quote', 'sources', 'note',
  'start', 'end', 'created', 'modified', 'annotation_id', 'via',
] as const

export interface CsvExportRows {
  document: ArticleDocument
  annotations: Annotation[]
  sources: Source[]
}

const BOM = '\uFEFF'
const CRLF = '\r\n'

export function toCsv(rows: CsvExportRows[]): string {
  const lines: string[] = [CSV_COLUMNS.map(csvField).join(',')]
  for (const { document: doc, annotations, sources } of rows) {
    const names = new Map(sources.map((s) => [s.id, s.name]))
    // Where the reader paints them; orphans last, without offsets.
    const text = canonicalText(doc.blocks)
    const offset = codePointOffsets(text)
    const { placed, orphans } = placeAnnotations(text, annotations.filter((a) => a.documentId === doc.id))
    const byPosition = (a: Annotation, b: Annotation) => a.target.position.start - b.target.position.start
      || a.target.position.end - b.target.position.end
      || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    const orphaned = new Set(orphans)
    for (const a of [...placed.sort(byPosition), ...orphans.sort(byPosition)]) {
      const fields = [
        doc.id,
        doc.meta.title,
        a.kind,
        a.target.quote.exact,
        [...new Set(a.sources)].map((id) => names.get(id) ?? `${id} (removed source)`).join('; '),
        a.note,
        orphaned.has(a) ? '' : String(offset(a.target.position.start)),
        orphaned.has(a) ? '' : String(offset(a.target.position.end)),
        a.created,
        a.modified,
        a.id,
        [...new Set(a.via)].map((id) => names.get(id) ?? `${id} (removed source)`).join('; '),
      ]
      lines.push(fields.map(csvField).join(','))
    }
  }
  return BOM + lines.map((line) => line + CRLF).join('')
}

const FORMULA_START = /^[\t\r\n]|^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/
const NEEDS_QUOTES = /[",\r\n]/

// One field: guarded against formula injection, then quoted if needed.
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
