// What a search result needs of one document, kept beside the search index
// as a cache: search-rows/<id>.row holds the document's title, its text and,
// per annotation, its id, place, note, sources and relays (and its quote
// when it is not the text at its place). An answer reads the few ranked
// documents' rows instead of their document files: a row of a 10 KB article
// with 100 annotations is about a quarter of its file, is read with one
// small synchronous read (no round trip through the thread pool, which
// under load costs more than the read), and has only a short JSON head to
// parse; the text follows it as it is.
//
// A row names the index version it was made for (the indexer's version of
// the document, which changes whenever the document is indexed again): one
// that is missing, damaged or of another version is not used, and the
// document file is read instead (the document files stay the truth). Rows
// are written aside and renamed into place, so a crash leaves a whole row
// or none.

import { readFileSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { removeLeftTemps, writeAside } from '../write-aside.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import type { LibraryIndex } from '../../shared/library/search-index.ts'
import type { Searchable } from '../../shared/library/search.ts'

export const SEARCH_ROWS_DIR = 'search-rows'
const FORMAT = 1
// A row larger than this is not read (a 1 MB article with 10,000
// annotations makes about 1.5 MB).
const MAX_ROW_BYTES = 64 * 1024 * 1024

// [id, start, end, note, sources, via, quote or null when it is the text there]
type RowAnnotation = [string, number, number, string, string[], string[], string | null]
interface RowHead { format: number; id: string; version: string; title: string; textBytes: number; annotations: RowAnnotation[] }

const rowFile = (dir: string, id: string) => join(dir, SEARCH_ROWS_DIR, `${id}.row`)

export function encodeRow(entry: Searchable, version: string): Buffer {
  const { document: doc, text, annotations } = entry
  const head: RowHead = {
    format: FORMAT, id: doc.id, version, title: doc.meta.title, textBytes: Buffer.byteLength(text, 'utf8'),
    annotations: annotations.map((a) => {
      const { start, end } = a.target.position
      const quote = a.target.quote.exact
      return [a.id, start, end, a.note, a.sources, a.via, text.slice(start, end) === quote ? null : quote]
    }),
  }
  // JSON escapes every newline: the first one ends the head.
  return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`, 'utf8'), Buffer.from(text, 'utf8')])
}

const isString = (x: unknown): x is string => typeof x === 'string'
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString)
const isOffset = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0

// The document as search reads it (document-contents.ts), or null when the
// bytes are not a row of this document at this version.
export function decodeRow(bytes: Buffer, id: string, version: string): Searchable | null {
  const newline = bytes.indexOf(10)
  if (newline < 0) return null
  let head: Partial<RowHead>
  try {
    head = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<RowHead>
  } catch {
    return null
  }
  if (head.format !== FORMAT || head.id !== id || head.version !== version || !isString(head.title)) return null
  if (head.textBytes !== bytes.length - newline - 1 || !Array.isArray(head.annotations)) return null
  const text = bytes.toString('utf8', newline + 1)
  const annotations: Annotation[] = []
  for (const a of head.annotations as unknown[]) {
    if (!Array.isArray(a) || a.length !== 7) return null
    const [annotationId, start, end, note, sources, via, quote] = a as unknown[]
    if (!isString(annotationId) || !isOffset(start) || !isOffset(end) || !isString(note) || !isStrings(sources) || !isStrings(via)) return null
    if (quote !== null && !isString(quote)) return null
    const exact = quote ?? text.slice(start, end)
    annotations.push({ id: annotationId, target: { position: { start, end }, quote: { exact } }, note, sources, via } as Annotation)
  }
  const document = { id, meta: { title: head.title }, blocks: [] } as unknown as ArticleDocument
  return { document, text, annotations }
}

// null when there is no usable row (missing, damaged, another version).
export function readRow(dir: string, id: string, version: string): Searchable | null {
  try {
    const bytes = readFileSync(rowFile(dir, id))
    return bytes.length <= MAX_ROW_BYTES ? decodeRow(bytes, id, version) : null
  } catch {
    return null
  }
}

export async function writeRow(dir: string, entry: Searchable, version: string): Promise<void> {
  const file = rowFile(dir, entry.document.id)
  await mkdir(join(dir, SEARCH_ROWS_DIR), { recursive: true })
  await writeAside(file, encodeRow(entry, version))
}

export async function removeRow(dir: string, id: string): Promise<void> {
  await rm(rowFile(dir, id), { force: true })
}

// Writes the rows the index's documents lack (search-rows/ deleted, or an
// index cache copied without it) from their files, one between requests:
// the first answers would otherwise each read their documents' files
// (and removes the temp files a kill left while writing rows). Not
// for one indexed again meanwhile (that indexing writes its own), nor one
// `has` says has its row.
export async function fillRows(
  dir: string, index: LibraryIndex, read: (id: string) => Promise<Searchable | null>, has: (id: string, version: string) => boolean,
): Promise<void> {
  await removeLeftTemps(join(dir, SEARCH_ROWS_DIR), /\.row\.(\d+)-\d+\.tmp$/)
  const present = new Set(await readdir(join(dir, SEARCH_ROWS_DIR)).catch(() => []))
  for (const id of [...index.ids()]) {
    const version = index.version(id)
    if (version === undefined || present.has(`${id}.row`) || has(id, version)) continue
    const entry = await read(id).catch(() => null)
    if (entry && index.version(id) === version) await writeRow(dir, entry, version).catch(() => {})
    await new Promise((resolve) => setImmediate(resolve))
  }
}
