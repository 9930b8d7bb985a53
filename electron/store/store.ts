// The data directory: library/ (the index of the documents, split into
// small shards: library-shards.ts, opened by library-open.ts),
// documents/<id>.json (one document and its annotations, so a save
// rewrites one small file), sources.json (every source) and state.json
// (how the app was left; best-effort, state.ts). All writes to disk go
// through here, and every change to the library, the sources or a document
// goes through one commit path (committed.ts, library-shards.ts): written
// first, in memory after. Reading never writes.
//
// Reading is forgiving and loses nothing (recovery.ts): a bad file is moved
// aside and its backup restored. What happened is told in store.notices,
// one sentence each, and to every onStoreNotice() listener (notices.ts). The library and
// the sources are checked when the store opens; a document when it is
// first opened (open-documents.ts). Opening's reading is store-open.ts.

import { Changes } from './changes.ts'
import { Committed } from './committed.ts'
import type { AppState } from './state.ts'
import { documentFile, indexDocument, placeEntry } from './library-index.ts'
import type { LibraryIndex } from './library-shards.ts'
import { mapLimited } from './stamp.ts'
import type { DocumentCache } from './document-cache.ts'
import { StoreError, type Access } from './access.ts'
import { asSaveFailed } from './save-failed.ts'
import { type DocumentFile, DOCUMENT_FILE_VERSION, type SourcesFile, type RemovedSource, type LibraryEntry, type LibraryFile } from './files.ts'
import { DocumentDb } from './document-db.ts'
import { OpenDocuments } from './open-documents.ts'
import { tellListeners } from './notices.ts'
import type { Notice } from './notice-words.ts'
import { openStoreParts } from './store-open.ts'
import type { StoreOptions } from './store-options.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import type { Source } from '../../shared/model/source.ts'
import { countAnnotations } from '../../shared/library/counts.ts'

export { StoreError }

export class Store {
  readonly dir: string
  // What recovery did, in words for the user, oldest first; the same with
  // the files named, for the log (notice-words.ts).
  readonly notices: string[] = []
  readonly details: string[] = []
  readonly readOnly: boolean
  readonly state: AppState
  #library: LibraryIndex
  #sources: Committed<SourcesFile>
  // The documents read (open-documents.ts).
  #documents: OpenDocuments
  #access: Access
  readonly #compactAfter: number | undefined
  #indexLater = false
  #verified: Promise<void> = Promise.resolve()
  // Whether the entries have been checked against their files (checked).
  #checked = true
  // The check not yet started (quickStart): startCheck().
  #check: (() => Promise<void>) | null = null
  // Changes under way: close() waits for them (changes.ts).
  readonly #changes = new Changes()

  private constructor(dir: string, parts: { library: LibraryIndex; sources: Committed<SourcesFile>; state: AppState; documents: DocumentCache<DocumentDb> }, access: Access, compactAfter: number | undefined) {
    this.#compactAfter = compactAfter
    this.dir = dir
    this.#library = parts.library
    this.#documents = new OpenDocuments(parts.documents, {
      dir, library: parts.library, access, compactAfter,
      closing: () => this.#changes.closing,
      change: (run) => this.#change(run),
      notice: (notice) => this.#notice(notice),
    })
    this.#sources = parts.sources
    this.state = parts.state
    this.readOnly = access.readOnly
    this.#access = access
    // The user was told the save is done (it is, in the document files).
    this.#library.onDeferred = (error) => {
      console.error(`sourcemark: the library index could not be written; it will be again with the next save (the documents hold every save): ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  static async open(dir: string, options: StoreOptions = {}): Promise<Store> {
    // The guard tells its first refusal through the store, made last.
    const late: { tell?: (notice: Notice) => void } = {}
    const { access, notices, check, ...parts } = await openStoreParts(dir, options, late)
    const store = new Store(dir, parts, access, options.compactAfter)
    late.tell = (notice) => store.#notice(notice)
    for (const notice of notices) store.#notice(notice)
    if (check) {
      store.#indexLater = true
      store.#checked = false
      // Not started here: see startCheck().
      store.#check = check
    }
    return store
  }


  // With quickStart, the check of the entries against their files begins
  // here, once: the caller starts it when the app is quiet after showing its
  // first document (at 10,000 documents the files' stamps cost 0.1-0.3 s of
  // CPU, which the first document need not wait behind), or when something
  // reads the entries (verified).
  startCheck(): void {
    const check = this.#check
    if (!check) return
    this.#check = null
    this.#verified = check().finally(() => { this.#checked = true })
  }

  // Whether the entries were checked against their files (what verified
  // waits for is done).
  get checked(): boolean {
    return this.#checked
  }

  get checkStarted(): boolean {
    return this.#check === null
  }

  // Resolves once the entries were checked against their files (at once
  // unless quickStart: started now if it was not); never rejects.
  get verified(): Promise<void> {
    this.startCheck()
    return this.#verified
  }

  // Before quitting: the changes under way are finished, what the index
  // left to write a moment later is written now, and the state is written.
  // A change asked for after this is refused (nothing after it would write
  // its entry). (Journals are not folded here: a file changed on disk
  // meanwhile would be written over; the next open folds them.)
  async close(): Promise<void> {
    await this.#changes.close()
    await this.#verified
    await this.#library.flush()
    await this.state.settled()
  }

  // Runs a change, known to close(); refused once closing has begun. A
  // write the system refused comes out as a SaveFailed (save-failed.ts).
  #change<T>(run: () => Promise<T>): Promise<T> {
    return this.#changes.run(run).catch((error: unknown) => {
      throw asSaveFailed(this.dir, error)
    })
  }

  get library(): { readonly data: LibraryFile } {
    return this.#library
  }

  get sources(): Source[] {
    return this.#sources.data.sources
  }

  documentFile(id: string): string {
    return documentFile(this.dir, id)
  }

  // Whether a document is in memory now (for tests of the cache).
  isCached(id: string): boolean {
    return this.#documents.has(id)
  }

  // One document's data, read once and kept while it is among the most
  // recently used (document-cache.ts).
  document(id: string): Promise<{ readonly data: DocumentFile }> {
    return this.#document(id)
  }

  // A document as its files say, parsed but not checked and not kept, for
  // a reader that checks what it takes (the search index, over every
  // document); null when it cannot be read so. The one in memory when it is.
  looseDocument(id: string): Promise<unknown> {
    return this.#documents.loose(id)
  }

  #document(id: string): Promise<DocumentDb> {
    return this.#documents.get(id)
  }

  get removedSources(): RemovedSource[] {
    return this.#sources.data.removed
  }

  async changeSources(edit: (sources: Source[]) => Source[]): Promise<void> {
    await this.#change(() => this.#sources.commit((current) => ({ ...current, sources: edit(current.sources) })))
  }

  // Both lists at once (a removal moves a source from one to the other).
  async changeSourceLists(edit: (lists: { sources: Source[]; removed: RemovedSource[] }) => { sources: Source[]; removed: RemovedSource[] }): Promise<void> {
    await this.#change(() => this.#sources.commit((current) => ({ ...current, ...edit({ sources: current.sources, removed: current.removed }) })))
  }

  // Changes one document's file (edit returns the new data, never changing
  // what it is given), then brings its library entry in step.
  changeDocument(id: string, edit: (current: DocumentFile) => DocumentFile): Promise<DocumentFile> {
    return this.#change(() => this.#changeDocument(id, edit))
  }

  async #changeDocument(id: string, edit: (current: DocumentFile) => DocumentFile): Promise<DocumentFile> {
    const db = await this.#document(id)
    const { data, stamp } = await db.commit(edit)
    // The file is on disk: its entry can be told again from it.
    await this.#library.commit((library) => indexDocument(library, data, stamp), { later: this.#indexLater, durable: true })
    return data
  }

  // Moves a document to the trash (deleted: when) or back. Marked in its
  // file, so that a library rebuilt from the files keeps it there; a file
  // that cannot be read leaves the index as the only record.
  setDeleted(id: string, deleted: string | undefined): Promise<void> {
    return this.#change(() => this.#setDeleted(id, deleted))
  }

  async #setDeleted(id: string, deleted: string | undefined): Promise<void> {
    let readable = true
    await this.#document(id).catch((error: unknown) => {
      if (!(error instanceof StoreError)) throw error
      readable = false
    })
    if (!readable) {
      await this.#library.commit((library) => placeEntry(library, id, deleted))
      return
    }
    await this.#changeDocument(id, ({ deleted: _, ...data }) => (deleted === undefined ? data : { ...data, deleted }))
  }

  // A new document: its file first, then its entry, left for later if it
  // cannot be written (commit `durable`). sample: the built-in sample.
  addDocument(document: ArticleDocument, { sample = false, ...extra }: Pick<LibraryEntry, 'contentHash'> & { sample?: boolean } = {}): Promise<LibraryEntry> {
    return this.#change(async () => {
      const entry = await this.#writeNew(document, extra)
      await this.#library.commit((library) => ({ ...library, documents: [...library.documents, entry], ...(sample ? { sampleAdded: true } : {}) }), { durable: true })
      return entry
    })
  }

  // Many new documents (a large import, a benchmark's library): each file
  // written durably, a few at a time, then their entries in one index
  // commit, in the order given. Aborted (signal), it stops before the next
  // file; those written are still indexed. Ids must be new.
  addDocuments(documents: readonly { document: ArticleDocument; contentHash?: string }[], options: { signal?: AbortSignal; progress?: (done: number) => void } = {}): Promise<LibraryEntry[]> {
    return this.#change(() => this.#addDocuments(documents, options))
  }

  async #addDocuments(documents: readonly { document: ArticleDocument; contentHash?: string }[], { signal, progress }: { signal?: AbortSignal; progress?: (done: number) => void }): Promise<LibraryEntry[]> {
    const taken = new Set([...this.#library.data.documents, ...this.#library.data.trash].map((d) => d.id))
    for (const { document } of documents) {
      if (taken.has(document.id)) throw new StoreError(`the library already has a document with id ${document.id}`)
      taken.add(document.id)
    }
    const written: (LibraryEntry | undefined)[] = []
    let done = 0
    try {
      await mapLimited([...documents.entries()], 8, async ([i, { document, contentHash }]) => {
        if (signal?.aborted) return
        written[i] = await this.#writeNew(document, contentHash ? { contentHash } : {})
        progress?.(++done)
      })
    } finally {
      const entries = written.filter((e): e is LibraryEntry => e !== undefined)
      if (entries.length) await this.#library.commit((library) => ({ ...library, documents: [...library.documents, ...entries] }), { durable: true })
    }
    return written.filter((e): e is LibraryEntry => e !== undefined)
  }

  // A new document's file, written; its library entry, not yet indexed.
  async #writeNew(document: ArticleDocument, extra: Pick<LibraryEntry, 'contentHash'>): Promise<LibraryEntry> {
    const file = this.documentFile(document.id)
    const { db, stamp } = await DocumentDb.create(file, { version: DOCUMENT_FILE_VERSION, document, annotations: [], rejectedSuggestions: [], ...extra }, this.#access, this.#compactAfter)
    this.#documents.added(document.id, db)
    return { id: document.id, meta: document.meta, added: new Date().toISOString(), ...countAnnotations([]), ...extra, ...(stamp ? { stamp } : {}) }
  }

  // The words for the user; the detail, naming the files, to the log.
  #notice(notice: Notice): void {
    this.notices.push(notice.words)
    this.details.push(notice.detail)
    if (notice.detail !== notice.words) console.error(`sourcemark: ${notice.detail}`)
    tellListeners(notice.words, this.dir, notice.detail)
  }
}
