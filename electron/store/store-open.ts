// Opening a data directory's parts for Store.open (store.ts): the library
// index, sources.json and state.json, each read (and, writable, repaired)
// in this order, with what recovery did as notices for the store to tell.

import { join } from 'node:path'
import { ensureFolder } from './durable-file.ts'
import { Committed } from './committed.ts'
import { AppState, emptyState } from './state.ts'
import type { ReadDocument } from './library-index.ts'
import { openLibrary } from './library-open.ts'
import type { LibraryIndex } from './library-shards.ts'
import { documentStamp } from './stamp.ts'
import { DEFAULT_LIMITS, DocumentCache } from './document-cache.ts'
import { readOnly, readWrite, StoreError, validated, type Access } from './access.ts'
import { defaultSources, SOURCES_VERSION, SourcesFile } from './files.ts'
import { approximateBytes, readDocument, type DocumentDb } from './document-db.ts'
import { recoveryNotice } from './recovery.ts'
import { plainNotice, sourcesRepaired, type Notice } from './notice-words.ts'
import { verifyEntries } from './verify-entries.ts'
import { firstDocument, headAsIs } from './first-document.ts'
import type { StoreOptions } from './store-options.ts'
import type { Source } from '../../shared/model/source.ts'

export interface StoreParts {
  library: LibraryIndex
  sources: Committed<SourcesFile>
  state: AppState
  documents: DocumentCache<DocumentDb>
  access: Access
  // What recovery did while opening, oldest first, not yet told.
  notices: Notice[]
  // quickStart: the check of the entries against their files, not started.
  check: (() => Promise<void>) | null
}

// tell is set once the store exists: the guard's first refusal is told as
// a notice (the UI's storage notice), which only the store can do.
export async function openStoreParts(dir: string, options: StoreOptions, late: { tell?: (notice: Notice) => void }): Promise<StoreParts> {
  let lost = false
  const guard = options.guard && (async () => {
    try {
      await options.guard!()
    } catch (error) {
      if (!lost && late.tell) late.tell(plainNotice((error as Error).message))
      lost = true
      throw new StoreError((error as Error).message, { cause: error })
    }
  })
  const access = options.readOnly ? readOnly(options.readOnlyBecause) : readWrite(guard)
  if (!access.readOnly) await ensureFolder(join(dir, 'documents'))
  const pending: Notice[] = []
  // Documents read while opening, kept (the most recent) so that they are not read again.
  const documents = new DocumentCache<DocumentDb>(options.cache ?? DEFAULT_LIMITS)
  const reader = (how: Access, notices: Notice[]): ReadDocument => async (id, file) => {
    const found = await readDocument(file, id, { dir, name: `The document file ${file}` }, how, options.compactAfter)
    if (found.notice) notices.push(found.notice)
    if (!found.db) return null
    // One read without repair that found something wrong is not kept:
    // its open repairs it (and tells).
    if (!how.readOnly || access.readOnly || !found.notice) documents.set(id, Promise.resolve(found.db), documentBytes)
    return { data: found.db.data, stamp: await documentStamp(file) }
  }

  // Read without repair: a bad file is left for its open.
  const checkAccess: Access = { ...readOnly(), adapter: access.adapter, writing: access.writing }
  const early = options.first ? await openFirst(dir, access, checkAccess, guard, documents, options, pending) : null
  const quick = options.quickStart === true && !access.readOnly
  const { index: library, legacy, save } = await openLibrary(dir, access, {
    read: reader(access, pending),
    check: reader(checkAccess, []),
    checkLater: quick,
    ...(options.indexWriteAfterMs === undefined ? {} : { writeAfterMs: options.indexWriteAfterMs }),
    notices: pending,
    ...(options.maxLibraryBytes === undefined ? {} : { maxBytes: options.maxLibraryBytes }),
  })
  const sources = early?.sources ?? await openSources(dir, access, legacy.sources, pending)
  const state = early?.state ?? await AppState.open(dir, {
    writable: !access.readOnly,
    guard,
    fallback: legacy.lastOpened !== undefined ? { ...emptyState(), lastOpened: legacy.lastOpened } : null,
  })
  await save()
  if (options.readOnly && options.readOnlyBecause) {
    pending.unshift(plainNotice(`Sourcemark opened ${dir} read-only, because ${options.readOnlyBecause}: nothing will be saved there.`))
  }
  // Not started here: see Store.startCheck().
  const check = !quick ? null : () => verifyEntries({
    dir, library, documents, later: true, bytes: documentBytes,
    read: async (id, file) => {
      const found = await readDocument(file, id, { dir, name: `The document file ${file}` }, checkAccess, options.compactAfter)
      return found.notice ? null : found.db ?? null
    },
  }).catch(() => {})
  return { library, sources, state, documents, access, notices: pending, check }
}

// With a head that reads as it is, sources.json and state.json are opened
// before the library (nothing of an older library.json goes into them),
// and the startup document is found and handed to options.first, so that
// the page's first calls are answered while the shards are still read.
async function openFirst(dir: string, access: Access, checkAccess: Access, guard: (() => Promise<void>) | undefined, documents: DocumentCache<DocumentDb>, options: StoreOptions, notices: Notice[]): Promise<{ sources: Committed<SourcesFile>; state: AppState } | null> {
  const readOptions = options.maxLibraryBytes === undefined ? {} : { maxBytes: options.maxLibraryBytes }
  const head = await headAsIs(dir, checkAccess, readOptions)
  if (!head) return null
  const sources = await openSources(dir, access, undefined, notices)
  const state = await AppState.open(dir, { writable: !access.readOnly, guard, fallback: null })
  const id = state.data.lastOpened
  const first = id ? await firstDocument(dir, checkAccess, head, id, documents, { readOptions, compactAfter: options.compactAfter, bytes: documentBytes }) : null
  if (first) options.first!({ ...first, sources: sources.data, state })
  return { sources, state }
}

// sources.json, recovered like any file. Missing, it is made from the
// sources an older library.json held, else the built-in ones.
async function openSources(dir: string, access: Access, legacy: Source[] | undefined, notices: Notice[]): Promise<Committed<SourcesFile>> {
  const file = join(dir, 'sources.json')
  const result = await access.read(file, (raw) => validated(SourcesFile, raw))
  const adapter = access.adapter<SourcesFile>(file)
  if (result.status === 'ok' || result.status === 'restored') {
    const notice = recoveryNotice('sources.json', result, '')
    if (notice) notices.push(sourcesRepaired(dir, result, notice))
    return new Committed(result.data, adapter)
  }
  const fallback = legacy ? 'took the sources from library.json' : 'started with the built-in sources'
  const notice = result.status === 'missing' && !result.backup ? null : recoveryNotice('sources.json', result, fallback)
  if (notice) notices.push(sourcesRepaired(dir, result, notice))
  const data: SourcesFile = { version: SOURCES_VERSION, sources: legacy ?? defaultSources(), removed: [] }
  const sources = new Committed(data, adapter)
  if (!access.readOnly) await sources.commit(() => data)
  return sources
}

// About what a document takes in memory.
export function documentBytes(db: DocumentDb): number {
  return approximateBytes(db.data)
}
