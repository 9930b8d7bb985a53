// The data directory as lowdb databases: library.json (the documents index)
// and documents/<id>.json (one document and its annotations), so a save
// rewrites one small file. All writes to disk go through here.
//
// Reading is forgiving and loses nothing (recovery.ts): a bad file is moved
// aside and its backup restored. What happened is told in store.notices,
// one sentence each, and to every onStoreNotice() listener. The library is
// checked when the store opens; a document when it is first opened.

import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import type { z } from 'zod'
import { DurableJSONFile, ensureFolder } from './durable-file.ts'
import { DocumentFile, emptyLibrary, LibraryFile, DOCUMENT_FILE_VERSION, documentSerializer, migrateDocument, migrateLibrary, type LibraryEntry } from './files.ts'
import { listJsonFiles, readRecovering, readWithoutRepair, recoveryNotice } from './recovery.ts'
import { DocumentId, type ArticleDocument } from '../../shared/model/document.ts'
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
  onNotice?: (notice: string) => void
  // Reads only: nothing is written, repaired or moved (another process owns
  // the folder, or it cannot be written). Saving fails with a message saying why.
  readOnly?: boolean
  // Why it is read-only, in words ("the folder is read-only"); when given,
  // it is also told as a notice. Default: another Sourcemark is using it.
  readOnlyBecause?: string
  // Runs before every write and throws to stop it: the one-writer lock's
  // check that the folder is still ours (lock.ts).
  guard?: () => Promise<void>
}

// How a store touches its files: read with repair and write durably, or
// read as found and refuse every write.
interface Access {
  read: typeof readRecovering
  library(file: string): Adapter<LibraryFile>
  document(file: string): Adapter<DocumentFile>
}

function readWrite(guard: (() => Promise<void>) | undefined): Access {
  return {
    read: readRecovering,
    library: (file) => new DurableJSONFile<LibraryFile>(file, undefined, guard),
    document: (file) => new DurableJSONFile<DocumentFile>(file, documentSerializer(), guard),
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
    read: readWithoutRepair,
    library: () => new ReadOnlyFile<LibraryFile>(because),
    document: () => new ReadOnlyFile<DocumentFile>(because),
  }
}

export class Store {
  readonly dir: string
  readonly library: Low<LibraryFile>
  // What recovery did, in words for the user, oldest first.
  readonly notices: string[] = []
  #onNotice: ((notice: string) => void) | undefined
  #documents = new Map<string, Promise<Low<DocumentFile>>>()
  // Documents whose file could not be read, with the reason, for this session.
  #unavailable = new Map<string, string>()
  readonly readOnly: boolean
  #access: Access

  private constructor(dir: string, library: Low<LibraryFile>, options: StoreOptions, access: Access) {
    this.dir = dir
    this.library = library
    this.#onNotice = options.onNotice
    this.readOnly = options.readOnly ?? false
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
    if (!options.readOnly) await ensureFolder(join(dir, 'documents'))
    const file = join(dir, 'library.json')
    const adapter = access.library(file)
    const result = await access.read(file, (raw) => validated(LibraryFile, migrateLibrary(raw, file)))
    const pending: string[] = []
    const loaded = new Map<string, Low<DocumentFile>>()
    let data: LibraryFile
    if (result.status === 'ok' || result.status === 'restored') {
      data = result.data
      const notice = recoveryNotice('library.json', result, '')
      if (notice) pending.push(notice)
    } else {
      // No usable library: rebuild its index from the document files, so
      // that no document goes missing and none is overwritten by the sample.
      const rebuilt = await rebuildLibrary(dir, pending, loaded, access)
      data = rebuilt.library
      const fallback = rebuilt.found > 0
        ? `rebuilt the library from the ${rebuilt.found} document file${rebuilt.found === 1 ? '' : 's'} in ${join(dir, 'documents')} (sources added by hand could not be recovered)`
        : 'started with an empty library'
      const notice = result.status === 'missing' && !result.backup
        ? (rebuilt.found > 0 ? `library.json was missing; ${fallback}.` : null)
        : recoveryNotice('library.json', result, fallback)
      if (notice) pending.unshift(notice)
      if (notice && !options.readOnly) await adapter.write(data)
    }
    if (options.readOnly && options.readOnlyBecause) {
      pending.unshift(`Sourcemark opened ${dir} read-only, because ${options.readOnlyBecause}: nothing will be saved there.`)
    }
    const opened = new Store(dir, new Low(adapter, data), options, access)
    store = opened
    for (const [id, db] of loaded) opened.#documents.set(id, Promise.resolve(db))
    for (const notice of pending) opened.#notice(notice)
    return opened
  }

  documentFile(id: string): string {
    return join(this.dir, 'documents', `${id}.json`)
  }

  // One lowdb instance per document, read once and kept.
  document(id: string): Promise<Low<DocumentFile>> {
    let db = this.#documents.get(id)
    if (!db) {
      db = this.#readDocument(id)
      this.#documents.set(id, db)
      db.catch(() => this.#documents.delete(id))
    }
    return db
  }

  async #readDocument(id: string): Promise<Low<DocumentFile>> {
    const known = this.#unavailable.get(id)
    if (known) throw new StoreError(known)
    const title = this.library.data.documents.find((d) => d.id === id)?.meta.title
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

  async addDocument(document: ArticleDocument): Promise<void> {
    const file = this.documentFile(document.id)
    const db = new Low<DocumentFile>(this.#access.document(file), {
      version: DOCUMENT_FILE_VERSION, document, annotations: [], rejectedSuggestions: [],
    })
    await db.write()
    this.#unavailable.delete(document.id)
    this.#documents.set(document.id, Promise.resolve(db))
  }

  #notice(notice: string): void {
    this.notices.push(notice)
    this.#onNotice?.(notice)
    for (const listener of listeners) listener(notice, this.dir)
  }
}

async function readDocumentFile(file: string, id: string, name: string, access: Access): Promise<{ db?: Low<DocumentFile>; notice?: string }> {
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
    return { db: new Low(access.document(file), result.data), ...(notice ? { notice } : {}) }
  }
  return notice ? { notice } : {}
}

async function rebuildLibrary(
  dir: string, notices: string[], loaded: Map<string, Low<DocumentFile>>, access: Access,
): Promise<{ library: LibraryFile; found: number }> {
  const library = emptyLibrary()
  const documentsDir = join(dir, 'documents')
  const isId = (stem: string) => DocumentId.safeParse(stem).success
  const files = await listJsonFiles(documentsDir, isId)
  const entries: LibraryEntry[] = []
  for (const name of files) {
    const id = name.slice(0, -'.json'.length)
    const file = join(documentsDir, name)
    const found = await readDocumentFile(file, id, `The document file ${file}`, access)
    if (found.notice) notices.push(found.notice)
    if (!found.db) continue
    const data = found.db.data
    const added = (await stat(file)).mtime.toISOString()
    entries.push({ id, meta: data.document.meta, added, ...countAnnotations(data.annotations) })
    loaded.set(id, found.db)
  }
  library.documents = entries.sort((a, b) => a.added.localeCompare(b.added))
  // Any document file at all means this is not a first start: never add
  // the sample over one.
  library.sampleAdded = files.length > 0
  return { library, found: entries.length }
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
