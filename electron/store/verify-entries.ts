// The check of the library's entries against their document files (by
// stamp, stamp.ts), done after the store is open and serving rather than
// before: opening then reads only the index, and a document that changed
// while the app was closed (a restored backup, a copied folder, an entry
// whose shard was not written before a kill) is counted again moments
// later. The document files are the truth meanwhile: a document opened is
// read from its file, whatever its entry says; what reads the entries
// (the library list, search) waits for this (Store.verified).

import { DocumentCache } from './document-cache.ts'
import type { DocumentDb } from './document-db.ts'
import { documentFile, indexDocument, staleEntries } from './library-index.ts'
import type { LibraryIndex } from './library-shards.ts'
import { documentStamp, mapLimited } from './stamp.ts'

export interface VerifyParts {
  dir: string
  library: LibraryIndex
  documents: DocumentCache<DocumentDb>
  // A document's file read without repair; null when it cannot be read so
  // (left for its own open, which repairs it and tells).
  read(id: string, file: string): Promise<DocumentDb | null>
  bytes(db: DocumentDb): number
  // Whether the index may write the corrected shards a moment later.
  later: boolean
}

export async function verifyEntries(parts: VerifyParts): Promise<void> {
  const { documents, trash } = parts.library.data
  const entries = [...documents, ...trash]
  const stale = await staleEntries(parts.dir, entries)
  const ids = entries.filter((_, i) => stale[i]).map((e) => e.id)
  await mapLimited(ids, 4, (id) => bringInStep(parts, id).catch(() => {
    // Left as it is: its open reads the file and says what is wrong.
  }))
}

// One entry counted again from its document, through the one copy of it in
// memory (the cache's, or the one read here, put there), between its saves.
async function bringInStep(parts: VerifyParts, id: string): Promise<void> {
  const file = documentFile(parts.dir, id)
  let held = parts.documents.get(id)
  if (!held) {
    const db = await parts.read(id, file)
    if (!db) return
    // Opened meanwhile: that copy is the one its saves go through.
    held = parts.documents.get(id)
    if (!held) {
      held = Promise.resolve(db)
      parts.documents.set(id, held, parts.bytes)
    }
  }
  const db = await held
  await db.inTurn(async (data) => {
    const stamp = await documentStamp(file)
    await parts.library.commit((library) => indexDocument(library, data, stamp, { restamp: true }), { later: parts.later })
  })
}
