// A document's version as the search index keeps it (indexer.ts): what
// tells that it changed since it was indexed, and which indexing a search
// row was written at (search-rows.ts).

import type { LibraryEntry } from '../store/files.ts'

// What a document was when indexed: its file's stamp, and the names of the
// sources and relays it names (renaming one changes what is found).
export function versionOf(entry: LibraryEntry, sourceName: (id: string) => string): string {
  const ids = new Set([...Object.keys(entry.sourceCounts), ...Object.keys(entry.viaCounts)])
  const names = [...ids].sort().map(sourceName).join('\u0001')
  const file = entry.stamp ?? JSON.stringify([entry.meta, entry.annotationCount, entry.claimCount, entry.sourceCounts, entry.viaCounts])
  return `${file}\u0002${names}`
}

// The version kept in the index: marked anew at every indexing (a row is
// used only for the very indexing it was written at). An index saved
// before marks were made has none.
const MARK = '\u0003'
let marks = 0
export const mark = (version: string) => `${version}${MARK}${Date.now().toString(36)}.${(marks++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`
export const unmarked = (version: string | undefined) => version === undefined ? undefined : version.split(MARK, 1)[0]

// The document files' size, as their stamps say (stamp.ts: the size first).
export function bytesOf(entries: readonly LibraryEntry[]): number {
  let bytes = 0
  for (const { stamp } of entries) bytes += stamp ? Number.parseInt(stamp, 10) || 0 : 0
  return bytes
}
