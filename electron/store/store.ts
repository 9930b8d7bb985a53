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
// one sentence each, and to every onStoreNotice() listener. The library and
// the sources are checked when the store opens; a document when it is
// first opened.

import { join } from 'node:path'
import { ensureFolder } from './durable-file.ts'
import { Committed } from './committed.ts'
import { AppState, emptyState } from './state.ts'
import { documentFile, indexDocument, placeEntry, type ReadDocument } from './library-index.ts'
import { openLibrary } from './library-open.ts'
import type { LibraryIndex } from './library-shards.ts'
import { documentStamp, mapLimited } from './stamp.ts'
import { DEFAULT_LIMITS, DocumentCache, type CacheLimits } from './document-cache.ts'
import { readOnly, readWrite, StoreError, validated, type Access } from './access.ts'
import {
  defaultSources, type DocumentFile, DOCUMENT_FILE_VERSION,
  SOURCES_VERSION, SourcesFile, type RemovedSource, type LibraryEntry, type LibraryFile,
} from './files.ts'
import { approximateBytes, DocumentDb, readDocument, readLoosely } from './document-db.ts'
import { recoveryNotice } from './recovery.ts'
import { verifyEntries } from './verify-entries.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import type { Source } from '../../shared/model/source.ts'
import { countAnnotations } from '../../shared/library/counts.ts'

export { StoreError }

export type NoticeListener = (notice: string, dataDir: string) => void
const listeners = new Set<NoticeListener>()

// Hears every notice of every store opened in this process (the CLI prints
// them to stderr). Returns the function that stops listening.
export function onStoreNotice(listener: NoticeListener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export interface StoreOptions {
  // Reads only: nothing is written, repaired or moved (another process owns
  // the folder, or it cannot be written). Saving fails with a message saying why.
  readOnly?: boolean
  // Why it is read-only, in words ("the folder is read-only"); when given,
  // it is also told as a notice. Default: another Sourcemark is using it.
  readOnlyBecause?: string
  // Runs before every write and throws to stop it: the one-writer lock's
  // check that the folder is still ours (lock.ts).
  guard?: () => Promise<void>
  // The largest library.json read; lower than MAX_READ_BYTES only in tests.
  maxLibraryBytes?: number
  // How many documents (and bytes of them) are kept in memory; lower only in tests.
  cache?: CacheLimits
  // A document's journal is folded into its file past this many bytes
  // (default: half the file, at least 64 KiB); only tests set it.
  compactAfter?: number
  // For the app and browser mode, which answer at once: check the entries
  // against their files after opening, in the background once asked
  // (verify-entries.ts; startCheck(), `verified` says when done), and write an entry a save changed a moment
  // later (LibraryIndex commit `later`; close() writes it now).
  quickStart?: boolean
  // How long after a save its entry is written, with quickStart (default
  // 1 s); only tests set it.
  indexWriteAfterMs?: number
}

export class Store {
  readonly dir: string
  // What recovery did, in words for the user, oldest first.
  readonly notices: string[] = []
  readonly readOnly: boolean
  readonly state: AppState
  #library: LibraryIndex
  #sources: Committed<SourcesFile>
  // The documents read, the most recently used kept (document-cache.ts).
  #documents: DocumentCache<DocumentDb>
  // Documents whose file could not be read, with the reason, for this session.
  #unavailable = new Map<string, string>()
  #access: Access
  readonly #compactAfter: number | undefined
  #indexLater = false
  #verified: Promise<void> = Promise.resolve()
  // The check not yet started (quickStart): startCheck().
  #check: (() => Promise<void>) | null = null
  // Changes under way (settled either way): close() waits for them.
  readonly #writes = new Set<Promise<void>>()
  #closing = false

  private constructor(dir: string, parts: { library: LibraryIndex; sources: Committed<SourcesFile>; state: AppState; documents: DocumentCache<DocumentDb> }, access: Access, compactAfter: number | undefined) {
    this.#compactAfter = compactAfter
    this.#documents = parts.documents
    this.dir = dir
    this.#library = parts.library
    this.#sources = parts.sources
    this.state = parts.state
    this.readOnly = access.readOnly
    this.#access = access
  }

  static async open(dir: string, options: StoreOptions = {}): Promise<Store> {
    let store: Store | undefined
    let lost = false
    // The first refusal is also told as a notice (the UI's storage notice).
    const guard = options.guard && (async () => {
      try {
        await options.guard!()
      } catch (error) {
        if (!lost && store) store.#notice((error as Error).message)
        lost = true
        throw new StoreError((error as Error).message, { cause: error })
      }
    })
    const access = options.readOnly ? readOnly(options.readOnlyBecause) : readWrite(guard)
    if (!access.readOnly) await ensureFolder(join(dir, 'documents'))
    const pending: string[] = []
    // Documents read while opening, kept (the most recent) so that they are not read again.
    const documents = new DocumentCache<DocumentDb>(options.cache ?? DEFAULT_LIMITS)
    const reader = (how: Access, notices: string[]): ReadDocument => async (id, file) => {
      const found = await readDocument(file, id, `The document file ${file}`, how, options.compactAfter)
      if (found.notice) notices.push(found.notice)
      if (!found.db) return null
      // One read without repair that found something wrong is not kept:
      // its open repairs it (and tells).
      if (!how.readOnly || access.readOnly || !found.notice) documents.set(id, Promise.resolve(found.db), documentBytes)
      return { data: found.db.data, stamp: await documentStamp(file) }
    }

    // Read without repair: a bad file is left for its open.
    const checkAccess: Access = { ...readOnly(), adapter: access.adapter, writing: access.writing }
    const quick = options.quickStart === true && !access.readOnly
    const { index: library, legacy, save } = await openLibrary(dir, access, {
      read: reader(access, pending),
      check: reader(checkAccess, []),
      checkLater: quick,
      ...(options.indexWriteAfterMs === undefined ? {} : { writeAfterMs: options.indexWriteAfterMs }),
      notices: pending,
      ...(options.maxLibraryBytes === undefined ? {} : { maxBytes: options.maxLibraryBytes }),
    })
    const sources = await openSources(dir, access, legacy.sources, pending)
    const state = await AppState.open(dir, {
      writable: !access.readOnly,
      guard,
      fallback: legacy.lastOpened !== undefined ? { ...emptyState(), lastOpened: legacy.lastOpened } : null,
    })
    await save()
    if (options.readOnly && options.readOnlyBecause) {
      pending.unshift(`Sourcemark opened ${dir} read-only, because ${options.readOnlyBecause}: nothing will be saved there.`)
    }
    store = new Store(dir, { library, sources, state, documents }, access, options.compactAfter)
    for (const notice of pending) store.#notice(notice)
    if (quick) {
      store.#indexLater = true
      // Not started here: see startCheck().
      store.#check = () => verifyEntries({
        dir, library, documents, later: true, bytes: documentBytes,
        read: async (id, file) => {
          const found = await readDocument(file, id, `The document file ${file}`, checkAccess, options.compactAfter)
          return found.notice ? null : found.db ?? null
        },
      }).catch(() => {})
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
    this.#verified = check()
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
    this.#closing = true
    while (this.#writes.size > 0) await Promise.all(this.#writes)
    await this.#verified
    await this.#library.flush()
    await this.state.settled()
  }

  // Runs a change, known to close(); refused once closing has begun.
  #change<T>(run: () => Promise<T>): Promise<T> {
    if (this.#closing) return Promise.reject(new StoreError('Sourcemark is closing: the change was not saved.'))
    const result = run()
    const settled = result.then(() => {}, () => {})
    this.#writes.add(settled)
    void settled.then(() => this.#writes.delete(settled))
    return result
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
  async looseDocument(id: string): Promise<unknown> {
    const cached = this.#documents.has(id) ? await this.#documents.get(id)!.catch(() => null) : null
    if (cached) return cached.data
    return readLoosely(this.documentFile(id))
  }

  #document(id: string): Promise<DocumentDb> {
    let db = this.#documents.get(id)
    if (!db) {
      db = this.#readDocument(id)
      this.#documents.set(id, db, documentBytes)
    }
    return db
  }

  // A document opened with a journal left from an earlier session: folded
  // into its file before it is used, so that its saves start from a short
  // journal and the next open replays little.
  async #compact(db: DocumentDb): Promise<void> {
    if (this.readOnly || !db.journaled || this.#closing) return
    await this.#change(() => this.#fold(db))
  }

  async #fold(db: DocumentDb): Promise<void> {
    try {
      const { data, stamp, changed } = await db.compact()
      if (changed) await this.#library.commit((library) => indexDocument(library, data, stamp, { restamp: true }))
    } catch {
      // Nothing is lost: the journal stays, and the next save says what is wrong.
    }
  }

  async #readDocument(id: string): Promise<DocumentDb> {
    const known = this.#unavailable.get(id)
    if (known) throw new StoreError(known)
    const title = [...this.#library.data.documents, ...this.#library.data.trash].find((d) => d.id === id)?.meta.title
    const file = this.documentFile(id)
    const name = `The document ${title ? `"${title}" ` : ''}(${file})`
    const found = await readDocument(file, id, name, this.#access, this.#compactAfter)
    if (found.notice) {
      this.#notice(found.notice)
      if (!found.db) this.#unavailable.set(id, found.notice)
    }
    if (found.db) {
      await this.#compact(found.db)
      return found.db
    }
    throw new StoreError(found.notice ?? `${name} is missing: ${file}`)
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
    await this.#library.commit((library) => indexDocument(library, data, stamp), { later: this.#indexLater })
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

  // A new document: its file first, then its entry (sample: it is the
  // built-in sample, which is added once).
  addDocument(document: ArticleDocument, { sample = false, ...extra }: Pick<LibraryEntry, 'contentHash'> & { sample?: boolean } = {}): Promise<LibraryEntry> {
    return this.#change(async () => {
      const entry = await this.#writeNew(document, extra)
      await this.#library.commit((library) => ({ ...library, documents: [...library.documents, entry], ...(sample ? { sampleAdded: true } : {}) }))
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
      if (entries.length) await this.#library.commit((library) => ({ ...library, documents: [...library.documents, ...entries] }))
    }
    return written.filter((e): e is LibraryEntry => e !== undefined)
  }

  // A new document's file, written; its library entry, not yet indexed.
  async #writeNew(document: ArticleDocument, extra: Pick<LibraryEntry, 'contentHash'>): Promise<LibraryEntry> {
    const file = this.documentFile(document.id)
    const { db, stamp } = await DocumentDb.create(file, { version: DOCUMENT_FILE_VERSION, document, annotations: [], rejectedSuggestions: [] }, this.#access, this.#compactAfter)
    this.#unavailable.delete(document.id)
    this.#documents.set(document.id, Promise.resolve(db), documentBytes)
    return { id: document.id, meta: document.meta, added: new Date().toISOString(), ...countAnnotations([]), ...extra, ...(stamp ? { stamp } : {}) }
  }

  #notice(notice: string): void {
    this.notices.push(notice)
    for (const listener of listeners) listener(notice, this.dir)
  }
}

// sources.json, recovered like any file. Missing, it is made from the
// sources an older library.json held, else the built-in ones.
async function openSources(dir: string, access: Access, legacy: Source[] | undefined, notices: string[]): Promise<Committed<SourcesFile>> {
  const file = join(dir, 'sources.json')
  const result = await access.read(file, (raw) => validated(SourcesFile, raw))
  const adapter = access.adapter<SourcesFile>(file)
  if (result.status === 'ok' || result.status === 'restored') {
    const notice = recoveryNotice('sources.json', result, '')
    if (notice) notices.push(notice)
    return new Committed(result.data, adapter)
  }
  const fallback = legacy ? 'took the sources from library.json' : 'started with the built-in sources'
  const notice = result.status === 'missing' && !result.backup ? null : recoveryNotice('sources.json', result, fallback)
  if (notice) notices.push(notice)
  const data: SourcesFile = { version: SOURCES_VERSION, sources: legacy ?? defaultSources(), removed: [] }
  const sources = new Committed(data, adapter)
  if (!access.readOnly) await sources.commit(() => data)
  return sources
}

// About what a document takes in memory.
function documentBytes(db: DocumentDb): number {
  return approximateBytes(db.data)
}
