// The services behind the API contract: one module per domain in
// services/, each a thin layer over the store (the only writer), composed
// here into the Api. Callers reach them only through dispatch(), which
// validates what comes in and goes out.

import type { Api } from '../shared/api/contract.ts'
import { Store } from './store/store.ts'
import type { FirstParts } from './store/store-options.ts'
import { WriteError } from './store/durable-file.ts'
import { SaveFailed } from './store/save-failed.ts'
import { ReadFailed, RepairNeededError } from './store/recovery.ts'
import { libraryUnreadable } from './store/notice-words.ts'
import { storageWords } from './services/storage-words.ts'
import type { WindowState } from './shell/window-state.ts'
import { loadSample } from './sample.ts'
import { ServiceContext } from './services/context.ts'
import { documentServices } from './services/documents.ts'
import { annotationServices } from './services/annotations.ts'
import { sourceServices } from './services/sources.ts'
import { libraryServices } from './services/library.ts'
import { transferServices } from './services/transfer.ts'
import { articleImportServices } from './services/article-import.ts'
import { suggestionServices } from './services/suggestions.ts'
import { readingServices } from './settings-service.ts'
import { SearchIndexer } from './search/indexer.ts'
import { whenQuiet, type Quiet } from './when-quiet.ts'
import { QuietQueue } from './quiet-queue.ts'
import type { Pause } from './search/turns.ts'
import { firstAnswers } from './first-answers.ts'

export interface ServiceOptions {
  dataDir: string
  resourcesDir: string
  // For the CLI while another Sourcemark owns the folder: reads work,
  // changes fail with a storage error, nothing on disk is touched.
  readOnly?: boolean
  // Why it is read-only, told to the user (see StoreOptions).
  readOnlyBecause?: string
  // The one-writer lock: every save first checks the folder is still ours.
  lock?: { check(): Promise<void> }
  // Read (or build) the search index in the background once the page has
  // made its first calls, so the first search is quick: the app and browser
  // mode. Otherwise on the first search (a CLI command that never searches
  // never reads it).
  indexAtStart?: boolean
  // Answer at once (the app and browser mode): the library's entries are
  // checked against their files in the background, and an entry a save
  // changed is written a moment later (StoreOptions.quickStart); close()
  // writes what is left.
  quickStart?: boolean
  // See StoreOptions; only tests set it.
  indexWriteAfterMs?: number
  // Between the steps of reading the search index (IndexerOptions.pause);
  // only tests set it.
  searchPause?: Pause
  // Told, before the library has opened, the services for the page's
  // first calls (`early` below) when the startup document was found
  // first (first-answers.ts); not told otherwise.
  first?: (early: Api) => void
}

export async function openServices(options: ServiceOptions): Promise<Api> {
  return (await openShellServices(options)).api
}

// For the desktop shell: the Api, and the window's place in state.json
// (best-effort, like everything there; not part of the API, since the page
// has no business moving its window).
export interface ShellState {
  window(): WindowState | null
  saveWindow(state: WindowState): Promise<void>
}

export interface ShellServices {
  api: Api
  // The same services for the calls the page's first script (early.js)
  // sends while the app's script is still loading: answered alike, but not
  // taken for the page's activity. The page is busy then (0.9 MB of script
  // to compile and run), not quiet, so the work left for a quiet moment
  // (the entries' check, the search index's read) must not start on a
  // pause between those calls and the app's own: it took the two cores
  // from the page before its first document was shown.
  early: Api
  shellState: ShellState
  // Which work put off until the page is quiet has begun (tests).
  background(): { entriesCheck: boolean; searchIndex: boolean }
  close(): Promise<void>
}

export async function openShellServices(options: ServiceOptions): Promise<ShellServices> {
  let opened!: (early: Api) => void
  let failed!: (error: unknown) => void
  const later = new Promise<Api>((resolve, reject) => { opened = resolve; failed = reject })
  later.catch(() => {})
  const tell = options.first
  const first = tell && ((parts: FirstParts) => tell(firstAnswers(parts, later)))
  const store = await openStore(options, first).catch((error: unknown) => {
    failed(error)
    throw error
  })
  const ctx = new ServiceContext(store)
  const shellState: ShellState = {
    window: () => store.state.data.window ?? null,
    saveWindow: (state) => store.state.change({ window: state }),
  }
  const indexer = new SearchIndexer(store, options.searchPause ? { pause: options.searchPause } : {})
  // The search index is read once the page has made its first calls and
  // been quiet a moment (SearchIndexer.start): never while the page is
  // still loading, so the first document is not shown behind it. The
  // entries' check (quickStart) likewise, a little sooner: what reads the
  // entries waits for it, and the search index catches up after it. Both
  // wait for the app's own first call (early calls are not heard), and
  // their "at the latest" counts from it, not from the library's open: on
  // a loaded machine the page takes seconds to load its script.
  let pageCalled = false
  let check: Quiet | null = null
  // Cache files (a long document's suggestions) wait for a pause in the
  // calls with no change under way, so that no save is answered behind them.
  const background = new QuietQueue(BACKGROUND_QUIET_MS)
  const heard = () => {
    background.heard()
    if (!pageCalled) {
      pageCalled = true
      if (options.indexAtStart) indexer.start()
      if (options.quickStart) check = whenQuiet(() => store.startCheck(), { quietMs: 300, atMostMs: 3000 })
    }
    indexer.heard()
    check?.heard()
  }
  // Changes asked for and not yet answered: close() lets them finish first.
  const underWay = new Set<Promise<unknown>>()
  const services: Api = {
    ...documentServices(ctx),
    ...annotationServices(ctx),
    ...sourceServices(ctx),
    ...libraryServices(ctx, indexer),
    ...transferServices(ctx),
    ...articleImportServices(ctx),
    ...suggestionServices(ctx, () => background.quiet()),
    ...readingServices(store.state),
  }
  const wiring = { changed: tellLater(indexer, options.quickStart ? SEARCH_CATCH_UP_AFTER_MS : 0), writing: <T>(call: Promise<T>) => background.during(call), verified: () => store.verified, checked: () => store.checked, underWay }
  const api = tellingChanges(services, { ...wiring, heard })
  const early = tellingChanges(services, { ...wiring, heard: () => background.heard() })
  const close = async () => {
    while (underWay.size > 0) await Promise.allSettled([...underWay])
    // The search index's cache, when newer than the file (a rebuild not
    // yet written would be done again at the next start), beside the
    // store's last writes.
    await Promise.all([indexer.close(INDEX_WRITE_AT_CLOSE_MS), store.close()])
  }
  const backgroundStarted = () => ({ entriesCheck: store.checkStarted, searchIndex: indexer.started })
  opened(early)
  return { api, early, shellState, background: backgroundStarted, close }
}

// The store, with the sample added to a new library. A write that fails
// meanwhile (a new library on a full disk) is told in words like a save's;
// which file, for the log.
async function openStore(options: ServiceOptions, first: ((parts: FirstParts) => void) | undefined): Promise<Store> {
  try {
    const store = await Store.open(options.dataDir, {
      ...(first ? { first } : {}),
      readOnly: options.readOnly ?? false,
      quickStart: options.quickStart ?? false,
      ...(options.indexWriteAfterMs === undefined ? {} : { indexWriteAfterMs: options.indexWriteAfterMs }),
      ...(options.readOnlyBecause ? { readOnlyBecause: options.readOnlyBecause } : {}),
      ...(options.lock ? { guard: () => options.lock!.check() } : {}),
    })
    if (!store.library.data.sampleAdded && !store.readOnly) {
      const sample = await loadSample(options.resourcesDir)
      await store.addDocument(sample, { sample: true })
    }
    return store
  } catch (error) {
    if (error instanceof ReadFailed || error instanceof RepairNeededError) {
      console.error(`sourcemark: could not open the library: ${error.message}`)
      throw new Error(libraryUnreadable(options.dataDir, error.name), { cause: error })
    }
    const failed = error instanceof WriteError ? new SaveFailed(options.dataDir, error.code ?? 'EUNKNOWN', error) : error
    if (!(failed instanceof SaveFailed)) throw error
    console.error(`sourcemark: could not open the library: ${failed.message}`)
    throw new Error(`The library could not be opened: ${storageWords(failed)}`, { cause: error })
  }
}

// With quickStart, the search index catches up with changes once the
// library has been quiet this long, not after every save: indexing a 1 MB
// document again takes longer than saving to it, and a reader adding
// claims one after another would wait behind it. A search catches up first.
const SEARCH_CATCH_UP_AFTER_MS = 1000

// How long closing waits for the search index's cache to be written (13 MB
// for 10,000 documents: well under a second on a quiet disk). A write cut
// off leaves the file as it was.
const INDEX_WRITE_AT_CLOSE_MS = 5000

// A reader adding claims one after another makes a call every few seconds
// at most; a second without one is a pause.
const BACKGROUND_QUIET_MS = 1000

interface Changes {
  (input: unknown): void
  // Before a search: what is waiting is told now.
  now(): void
}

function tellLater(indexer: SearchIndexer, afterMs: number): Changes {
  const waiting = new Set<string>()
  let timer: ReturnType<typeof setTimeout> | undefined
  const now = () => {
    clearTimeout(timer)
    timer = undefined
    indexer.changed([...waiting])
    waiting.clear()
  }
  const changes = (input: unknown) => {
    for (const id of documentsNamed(input)) waiting.add(id)
    if (afterMs === 0) return now()
    clearTimeout(timer)
    timer = setTimeout(now, afterMs)
    timer.unref()
  }
  return Object.assign(changes, { now: () => { if (timer !== undefined) now() } })
}

// Calls that change nothing search looks at (a method not listed is taken
// to change something: a new one cannot be missed, only cost a glance).
const UNSEARCHED = new Set(['startupDocument', 'listDocuments', 'listLibrary', 'getDocument', 'search', 'listAnnotations', 'exportDocument',
  'exportLibrary', 'storageNotices', 'listSources', 'listRemovedSources', 'suggestAttributions', 'rejectSuggestion',
  'unrejectSuggestion', 'getSettings', 'updateSettings', 'listReadingPositions', 'saveReadingPosition', 'importProgress', 'cancelImport'])

// Calls that write nothing (so quitting need not wait for them; a method
// not listed is waited for).
const READS = new Set(['startupDocument', 'listAnnotations', 'exportDocument', 'storageNotices', 'listSources',
  'listRemovedSources', 'suggestAttributions', 'getSettings', 'listReadingPositions', 'importProgress', 'cancelImport'])

// Calls that read the library's entries: they wait until the entries were
// checked against the files (at once, unless quickStart).
const ENTRY_READERS = new Set(['listDocuments', 'listLibrary', 'search', 'exportLibrary'])

// After every other call, the search index looks for changes (it compares
// versions, so a call that changed nothing costs a glance), and indexes
// again the document the call named: no service needs to say what it
// changed, and none can forget to.
// Every call is heard (the index loads once the app is quiet).
function tellingChanges(api: Api, { changed, heard, writing, verified, checked, underWay }: { changed: Changes; heard: () => void; writing: <T>(call: Promise<T>) => Promise<T>; verified: () => Promise<void>; checked: () => boolean; underWay: Set<Promise<unknown>> }): Api {
  const told = { ...api } as Record<string, (input: never) => Promise<unknown>>
  for (const [name, method] of Object.entries(told)) {
    if (ENTRY_READERS.has(name)) {
      told[name] = async (input) => {
        heard()
        // The library view's first page, asked early, need not wait for the
        // check: it is answered from the entries as they are, saying so
        // (shared/api/library-page.ts), and the check is started.
        if (name === 'listLibrary' && (input as { early?: boolean }).early === true && !checked()) {
          void verified()
          return { ...(await method(input)) as object, checking: true }
        }
        await verified()
        if (name === 'search') changed.now()
        return method(input)
      }
      // (Each of them changes nothing.)
      continue
    }
    const search = !UNSEARCHED.has(name)
    if (!search && READS.has(name)) {
      told[name] = (input) => {
        heard()
        return method(input)
      }
      continue
    }
    // A call that may write is known to close() until answered, and holds
    // back the cache files (a save is not flushed behind one).
    told[name] = (input) => {
      heard()
      const call = writing(method(input)).finally(() => {
        underWay.delete(call)
        if (search) changed(input)
      })
      underWay.add(call)
      return call
    }
  }
  return told as unknown as Api
}

// The document a call's input names (documentId, or its annotation's).
function documentsNamed(input: unknown): string[] {
  const named = (x: unknown) => (typeof x === 'object' && x !== null ? (x as { documentId?: unknown }).documentId : undefined)
  const id = named(input) ?? named((input as { annotation?: unknown } | null)?.annotation)
  return typeof id === 'string' ? [id] : []
}
