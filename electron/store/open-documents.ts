// The documents the store has open: each read once (with recovery and
// its journal, document-db.ts), a journal left from an earlier session
// folded into its file first, kept while among the most recently used
// (document-cache.ts). One that is damaged is held unavailable for the
// session (told once); one the system would not let us read is tried
// again on its next open.

import { StoreError, type Access } from './access.ts'
import type { DocumentCache } from './document-cache.ts'
import { DocumentDb, readDocument, readLoosely } from './document-db.ts'
import { documentFile, indexDocument } from './library-index.ts'
import type { LibraryIndex } from './library-shards.ts'
import type { Notice } from './notice-words.ts'
import { documentBytes } from './store-open.ts'

interface OpenDocumentsHost {
  dir: string
  library: LibraryIndex
  access: Access
  compactAfter: number | undefined
  // Whether the store is closing (no compaction then).
  closing: () => boolean
  // Runs a change as the store's other changes run (known to close()).
  change: (run: () => Promise<void>) => Promise<void>
  notice: (notice: Notice) => void
}

export class OpenDocuments {
  // Documents whose file could not be read, with the reason, for this session.
  readonly #unavailable = new Map<string, string>()

  constructor(readonly cache: DocumentCache<DocumentDb>, readonly host: OpenDocumentsHost) {}

  has(id: string): boolean {
    return this.cache.has(id)
  }

  get(id: string): Promise<DocumentDb> {
    let db = this.cache.get(id)
    if (!db) {
      db = this.#read(id)
      this.cache.set(id, db, documentBytes)
    }
    return db
  }

  // A new document, written: open from now on.
  added(id: string, db: DocumentDb): void {
    this.#unavailable.delete(id)
    this.cache.set(id, Promise.resolve(db), documentBytes)
  }

  // As its files say, parsed but not checked and not kept; the one in
  // memory when it is; null when it cannot be read so.
  async loose(id: string): Promise<unknown> {
    const cached = this.cache.has(id) ? await this.cache.get(id)!.catch(() => null) : null
    if (cached) return cached.data
    return readLoosely(documentFile(this.host.dir, id))
  }

  async #read(id: string): Promise<DocumentDb> {
    const known = this.#unavailable.get(id)
    if (known) throw new StoreError(known)
    const { dir, library, access, compactAfter } = this.host
    const title = [...library.data.documents, ...library.data.trash].find((d) => d.id === id)?.meta.title
    const file = documentFile(dir, id)
    const name = `The document ${title ? `"${title}" ` : ''}(${file})`
    const found = await readDocument(file, id, { dir, name, title }, access, compactAfter)
    if (found.notice) {
      this.host.notice(found.notice)
      if (!found.db && !found.passing) this.#unavailable.set(id, found.notice.words)
    }
    if (found.db) {
      await this.#compact(found.db)
      return found.db
    }
    if (found.notice) throw new StoreError(found.notice.words)
    console.error(`sourcemark: ${name} is missing: ${file}`)
    throw new StoreError(`${title ? `The document "${title}"` : 'A document'} is missing from the data folder (${dir}): it was moved or removed. Put it back, or remove it from the library.`)
  }

  // A document opened with a journal left from an earlier session: folded
  // into its file before it is used, so that its saves start from a short
  // journal and the next open replays little.
  async #compact(db: DocumentDb): Promise<void> {
    if (this.host.access.readOnly || !db.journaled || this.host.closing()) return
    await this.host.change(() => this.#fold(db))
  }

  async #fold(db: DocumentDb): Promise<void> {
    try {
      const { data, stamp, changed } = await db.compact()
      if (changed) await this.host.library.commit((library) => indexDocument(library, data, stamp, { restamp: true }))
    } catch {
      // Nothing is lost: the journal stays, and the next save says what is wrong.
    }
  }
}
