// The data directory: library.json (the index of the documents, see
// library-index.ts), documents/<id>.json (one document and its
// annotations, so a save rewrites one small file), sources.json (every
// source) and state.json (how the app was left; best-effort, state.ts).
// All writes to disk go through here, and every change to the library,
// the sources or a document goes through one commit path (committed.ts):
// written first, in memory after. Reading never writes.
//
// Reading is forgiving and loses nothing (recovery.ts): a bad file is moved
// aside and its backup restored. What happened is told in store.notices,
// one sentence each, and to every onStoreNotice() listener. The library and
// the sources are checked when the store opens; a document when it is
// first opened.

import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { DurableJSONFile, ensureFolder } from './durable-file.ts'
import { Committed } from './committed.ts'
import { AppState, emptyState } from './state.ts'
import { checkLibrary, documentFile, indexDocument, placeEntry, rebuildLibrary, type ReadDocument } from './library-index.ts'
import { stampOf } from './stamp.ts'
import {
  defaultSources, DocumentFile, DOCUMENT_FILE_VERSION, documentSerializer, LibraryFileRead, migrateDocument, migrateLibrary,
  SOURCES_VERSION, SourcesFile, type RemovedSource, type LibraryEntry, type LibraryFile,
} from './files.ts'
import { readRecovering, readWithoutRepair, recoveryNotice } from './recovery.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import type { Source } from '../../shared/model/source.ts'
import { countAnnotations } from '../../shared/library/counts.ts'

export class StoreError extends Error {
  override name = 'StoreError'
}

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
}

// How a store touches its files: read with repair and write durably, or
// read as found and refuse every write.
interface Access {
  readOnly: boolean
  read: typeof readRecovering
  adapter<T>(file: string, serialize?: (data: T) => string): Adapter<T>
}

function readWrite(guard: (() => Promise<void>) | undefined): Access {
  return {
    readOnly: false,
    read: readRecovering,
    adapter: (file, serialize) => new DurableJSONFile(file, serialize, guard),
  }
}

class ReadOnlyFile<T> implements Adapter<T> {
  readonly #because: string
  constructor(because: string) {
    this.#because = because
  }
  async read(): Promise<T | null> { return null }
  async write(): Promise<void> {
    throw new StoreError(`this data folder is open read-only, because ${this.#because}`)
  }
}

function readOnly(because = 'another Sourcemark is using it'): Access {
  return {
    readOnly: true,
    read: readWithoutRepair,
    adapter: () => new ReadOnlyFile(because),
  }
}

export class Store {
  readonly dir: string
  // What recovery did, in words for the user, oldest first.
  readonly notices: string[] = []
  readonly readOnly: boolean
  readonly state: AppState
  #library: Committed<LibraryFile>
  #sources: Committed<SourcesFile>
  #documents = new Map<string, Promise<Committed<DocumentFile>>>()
  // Documents whose file could not be read, with the reason, for this session.
  #unavailable = new Map<string, string>()
  #access: Access

  private constructor(dir: string, parts: { library: Committed<LibraryFile>; sources: Committed<SourcesFile>; state: AppState }, access: Access) {
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
    // Documents read while opening, kept so that they are not read again.
    const loaded = new Map<string, Committed<DocumentFile>>()
    const reader = (how: Access, notices: string[]): ReadDocument => async (id, file) => {
      const found = await readDocumentFile(file, id, `The document file ${file}`, how)
      if (found.notice) notices.push(found.notice)
      if (!found.db) return null
      loaded.set(id, found.db)
      return { data: found.db.data, stamp: await stampOf(file) }
    }

    const libraryFile = join(dir, 'library.json')
    const result = await access.read(libraryFile, (raw) => validated(LibraryFileRead, migrateLibrary(raw, libraryFile)),
      options.maxLibraryBytes === undefined ? {} : { maxBytes: options.maxLibraryBytes })
    let data: LibraryFile
    let legacy: { sources?: Source[]; lastOpened?: string | null } = {}
    let write: boolean
    if (result.status === 'ok' || result.status === 'restored') {
      const { sources, lastOpened, ...library } = result.data
      data = library
      legacy = { ...(sources ? { sources } : {}), ...(lastOpened !== undefined ? { lastOpened } : {}) }
      // A library from before v3 is written as v3 once sources.json holds its sources.
      write = sources !== undefined || lastOpened !== undefined
      const notice = recoveryNotice('library.json', result, '')
      if (notice) pending.push(notice)
    } else {
      // No usable library: rebuild its index from the document files, so
      // that no document goes missing and none is overwritten by the sample.
      const rebuilt = await rebuildLibrary(dir, reader(access, pending))
      data = rebuilt.library
      const fallback = rebuilt.found > 0
        ? `rebuilt the library from the ${rebuilt.found} document file${rebuilt.found === 1 ? '' : 's'} in ${join(dir, 'documents')}`
        : 'started with an empty library'
      const notice = result.status === 'missing' && !result.backup
        ? (rebuilt.found > 0 ? `library.json was missing; ${fallback}.` : null)
        : recoveryNotice('library.json', result, fallback)
      if (notice) pending.unshift(notice)
      write = notice !== null
    }

    const sources = await openSources(dir, access, legacy.sources, pending)
    const state = await AppState.open(dir, {
      writable: !access.readOnly,
      guard,
      fallback: legacy.lastOpened !== undefined ? { ...emptyState(), lastOpened: legacy.lastOpened } : null,
    })
    // Documents written after the library was (a kill between the two
    // writes). Read without repair: a bad file is left for its open.
    const checked = await checkLibrary(dir, data, reader({ ...readOnly(), adapter: access.adapter }, []))
    if (checked) {
      data = checked
      write = true
    }
    const library = new Committed(data, access.adapter<LibraryFile>(libraryFile))
    if (write && !access.readOnly) await library.commit(() => data)
    if (options.readOnly && options.readOnlyBecause) {
      pending.unshift(`Sourcemark opened ${dir} read-only, because ${options.readOnlyBecause}: nothing will be saved there.`)
    }
    store = new Store(dir, { library, sources, state }, access)
    for (const [id, db] of loaded) store.#documents.set(id, Promise.resolve(db))
    for (const notice of pending) store.#notice(notice)
    return store
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

  // One document's data, read once and kept.
  document(id: string): Promise<{ readonly data: DocumentFile }> {
    return this.#document(id)
  }

  #document(id: string): Promise<Committed<DocumentFile>> {
    let db = this.#documents.get(id)
    if (!db) {
      db = this.#readDocument(id)
      this.#documents.set(id, db)
      db.catch(() => this.#documents.delete(id))
    }
    return db
  }

  async #readDocument(id: string): Promise<Committed<DocumentFile>> {
    const known = this.#unavailable.get(id)
    if (known) throw new StoreError(known)
    const title = [...this.#library.data.documents, ...this.#library.data.trash].find((d) => d.id === id)?.meta.title
    const file = this.documentFile(id)
    const name = `The document ${title ? `"${title}" ` : ''}(${file})`
    const found = await readDocumentFile(file, id, name, this.#access)
    if (found.notice) {
      this.#notice(found.notice)
      if (!found.db) this.#unavailable.set(id, found.notice)
    }
    if (found.db) return found.db
    throw new StoreError(found.notice ?? `${name} is missing: ${file}`)
  }

  // Changes the library (edit works on a copy). Throws the write's error.
  async changeLibrary(edit: (draft: LibraryFile) => void): Promise<void> {
    await this.#library.commit((current) => {
      const draft = structuredClone(current)
      edit(draft)
      return draft
    })
  }

  get removedSources(): RemovedSource[] {
    return this.#sources.data.removed
  }

  async changeSources(edit: (sources: Source[]) => Source[]): Promise<void> {
    await this.#sources.commit((current) => ({ ...current, sources: edit(current.sources) }))
  }

  // Both lists at once (a removal moves a source from one to the other).
  async changeSourceLists(edit: (lists: { sources: Source[]; removed: RemovedSource[] }) => { sources: Source[]; removed: RemovedSource[] }): Promise<void> {
    await this.#sources.commit((current) => ({ ...current, ...edit({ sources: current.sources, removed: current.removed }) }))
  }

  // Changes one document's file (edit returns the new data, never changing
  // what it is given), then brings its library entry in step.
  async changeDocument(id: string, edit: (current: DocumentFile) => DocumentFile): Promise<DocumentFile> {
    const db = await this.#document(id)
    const { data, stamp } = await db.commit(edit)
    await this.#library.commit((library) => indexDocument(library, data, stamp))
    return data
  }

  // Moves a document to the trash (deleted: when) or back. Marked in its
  // file, so that a library rebuilt from the files keeps it there; a file
  // that cannot be read leaves the index as the only record.
  async setDeleted(id: string, deleted: string | undefined): Promise<void> {
    let readable = true
    await this.#document(id).catch((error: unknown) => {
      if (!(error instanceof StoreError)) throw error
      readable = false
    })
    if (!readable) {
      await this.#library.commit((library) => placeEntry(library, id, deleted))
      return
    }
    await this.changeDocument(id, ({ deleted: _, ...data }) => (deleted === undefined ? data : { ...data, deleted }))
  }

  // A new document: its file first, then its entry (sample: it is the
  // built-in sample, which is added once).
  async addDocument(document: ArticleDocument, { sample = false, ...extra }: Pick<LibraryEntry, 'contentHash'> & { sample?: boolean } = {}): Promise<LibraryEntry> {
    const file = this.documentFile(document.id)
    const db = new Committed<DocumentFile>({ version: DOCUMENT_FILE_VERSION, document, annotations: [], rejectedSuggestions: [] }, this.#access.adapter(file, documentSerializer()), () => stampOf(file))
    const { stamp } = await db.commit((current) => current)
    this.#unavailable.delete(document.id)
    this.#documents.set(document.id, Promise.resolve(db))
    const entry: LibraryEntry = { id: document.id, meta: document.meta, added: new Date().toISOString(), ...countAnnotations([]), ...extra, ...(stamp ? { stamp } : {}) }
    await this.changeLibrary((library) => {
      library.documents.push(entry)
      if (sample) library.sampleAdded = true
    })
    return entry
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

async function readDocumentFile(file: string, id: string, name: string, access: Access): Promise<{ db?: Committed<DocumentFile>; notice?: string }> {
  let result
  try {
    result = await access.read(file, (raw) => {
      const data = validated(DocumentFile, migrateDocument(raw, file))
      if (data.document.id !== id) throw new Error(`it holds the document ${data.document.id}, not ${id}`)
      return data
    })
  } catch (error) {
    // A file from a newer Sourcemark, or one that cannot be read at all.
    return { notice: `${name} cannot be opened: ${(error as Error).message}` }
  }
  const notice = recoveryNotice(name, result, 'the document is unavailable') ?? undefined
  if (result.status === 'ok' || result.status === 'restored') {
    const db = new Committed(result.data, access.adapter(file, documentSerializer()), () => stampOf(file))
    return { db, ...(notice ? { notice } : {}) }
  }
  return notice ? { notice } : {}
}

// Throws the reason recovery puts in its notice.
function validated<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new StoreError(`not a valid Sourcemark file: ${issue?.path.join('.') || 'root'}: ${issue?.message}`)
  }
  return result.data
}
