// The contents of the indexed documents (indexer.ts): read from their files
// to be indexed, and for an answer's hits kept from an earlier answer
// (kept-reads.ts), else the document's search row (search-rows.ts), else its
// file, whose row is then written. Rows are kept for the libraries whose
// index cache is kept.

import { canonicalText } from '../../shared/model/document.ts'
import type { LibraryIndex } from '../../shared/library/search-index.ts'
import type { Searchable } from '../../shared/library/search.ts'
import { textFingerprint } from '../../shared/library/text-fingerprint.ts'
import type { Store } from '../store/store.ts'
import { searchableOf } from './document-contents.ts'
import type { IndexerOptions } from './indexer-options.ts'
import { KeptReads } from './kept-reads.ts'
import { fillRows, readRow, writeRow } from './search-rows.ts'
import { bytesOf } from './versions.ts'

type Limits = Required<Pick<IndexerOptions, 'minDocumentsToSave' | 'minBytesToSave'>>

export class IndexedContents {
  // Documents kept read for their hits (kept-reads.ts).
  readonly kept = new KeptReads()
  readonly #store: Store
  readonly #limits: Limits
  readonly #index: () => LibraryIndex
  // Rows being written outside catching up (written() waits for them).
  readonly #writing = new Set<Promise<void>>()
  #worth: { library: unknown; worth: boolean } | null = null

  // (`index`: the index as it is now, once it is read or made.)
  constructor(store: Store, limits: Limits, index: () => LibraryIndex) {
    this.#store = store
    this.#limits = limits
    this.#index = index
  }

  // Once the rows being written outside catching up are written (the indexer's flush()).
  written(): Promise<unknown> {
    return Promise.all(this.#writing)
  }

  // The document as its file says, for indexing and hits; null when it cannot be read.
  async read(id: string): Promise<Searchable | null> {
    const found = searchableOf(await this.#store.looseDocument(id), id)
    if (found) return found
    // Not readable as it is: the store's reading repairs what it can.
    try {
      const { document, annotations } = (await this.#store.document(id)).data
      return { document, text: canonicalText(document.blocks), annotations }
    } catch {
      return null
    }
  }

  // Whether the document's title and text are those indexed: the same
  // blocks as the one kept read at this indexing (the store's copy in
  // memory), else the same fingerprint (made after a pause: the document
  // was just read).
  async sameText(id: string, entry: Searchable): Promise<boolean> {
    const indexed = this.#index().fingerprint(id)
    if (indexed === undefined) return false
    const kept = this.kept.take(id, this.#index().version(id))
    if (kept && kept.document.blocks === entry.document.blocks && kept.document.meta.title === entry.document.meta.title) return true
    await new Promise((resolve) => setImmediate(resolve))
    return textFingerprint(entry.document.meta.title, entry.text) === indexed
  }

  // A ranked document's contents, for its hits: kept from an earlier
  // answer, else its row, else its file (whose row is then written).
  async forHits(id: string): Promise<Searchable | null> {
    const version = this.#index().version(id)
    const kept = this.kept.take(id, version)
    if (kept) return kept
    const row = version !== undefined ? readRow(this.#store.dir, id, version) : null
    const entry = row ?? await this.read(id)
    if (entry && version !== undefined) {
      this.kept.set(id, version, entry)
      if (!row && this.#index().version(id) === version && this.rowsWorthKeeping()) {
        const writing = writeRow(this.#store.dir, entry, version).catch(() => {}).finally(() => this.#writing.delete(writing))
        this.#writing.add(writing)
      }
    }
    this.kept.trim()
    return entry
  }

  // The rows missing (search-rows.ts: fillRows), made in the background.
  async fillRows(): Promise<void> {
    if (!this.rowsWorthKeeping()) return
    // (One kept read has its row written, or being written.)
    await fillRows(this.#store.dir, this.#index(), (id) => this.read(id), (id, version) => this.kept.holds(id, version))
  }

  // Rows are kept for the libraries whose index cache is kept.
  rowsWorthKeeping(): boolean {
    const library = this.#store.library.data
    if (this.#worth?.library !== library) {
      const { minDocumentsToSave, minBytesToSave } = this.#limits
      const worth = !this.#store.readOnly && (library.documents.length >= minDocumentsToSave || bytesOf(library.documents) >= minBytesToSave)
      this.#worth = { library, worth }
    }
    return this.#worth.worth
  }
}
