// Keeps the library's search index (shared/library/search-index.ts) in step
// with the documents, and keeps a copy of it in the data folder as a cache:
// search-index.bin (index-file.ts). The document files stay the truth.
//
// Each indexed document carries a version: its file's stamp (stamp.ts: a
// file written again has another) and the names of the sources it names.
// Catching up compares them with the library's entries and indexes again
// only what differs, reading the files themselves (not through the store,
// which would keep them all). So nothing needs telling what changed: any
// change to a document, its metadata, the trash or a source's name shows
// as a version that differs. changed() starts catching up in the
// background; a search catches up first, and waits only when little is
// left, else answers from what is indexed and says it is still indexing.
//
// The cache is read when the index is first needed; missing, damaged or
// from another version it is ignored and the index built from the files;
// stale, its documents whose versions differ are indexed again. It is
// written only for larger libraries, in documents or in bytes (a small one
// is quicker to index than to read; a hundred documents, one of them 5 MB
// with 10,000 annotations, is not), after a rebuild or once enough
// documents changed, when the library has been quiet a moment (a save of
// an annotation never writes it), now and then during a long catching up,
// and when the app closes if newer than the file (cache-writes.ts).
//
// A document whose title and text are those indexed (their fingerprint
// says so: an annotation added, edited or removed) has only its notes and
// source names indexed again (LibraryIndex.setNotes), and of its notes only
// those that changed are split into words (notes-bags.ts): a 1 MB document
// split into words again after every annotation added took 150-250 ms of
// the server's time, in blocks of up to 40 ms that a save waited behind.
//
// For the same libraries each document indexed gets its search row
// (search-rows.ts), which answers read instead of the document file
// (indexed-contents.ts reads a document's contents for both); a row
// is used only for the very indexing it was written at (versions.ts: mark),
// and one missing or damaged is made again when an answer needs it.

import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryIndex } from '../../shared/library/search-index.ts'
import { indexRecord, sourceNames } from '../../shared/library/index-record.ts'
import { readIndexFile, writeIndexFile } from './index-file.ts'
import { searchRanked, type SearchAnswer } from '../../shared/library/ranked-search.ts'
import type { Store } from '../store/store.ts'
import { removeRow, writeRow } from './search-rows.ts'
import { bytesOf, mark, unmarked, versionOf } from './versions.ts'
import { whenQuiet, type Quiet } from '../when-quiet.ts'
import { IndexedContents } from './indexed-contents.ts'
import { NotesBags } from './notes-bags.ts'
import { CacheWrites } from './cache-writes.ts'
import { CACHE_WORTH_WRITING, type IndexerOptions } from './indexer-options.ts'
import { turnsEvery } from './turns.ts'

export const SEARCH_INDEX_FILE = 'search-index.bin'
// What an older version kept (JSON): removed once the new file is written.
const OLD_INDEX_FILE = 'search-index.json'

// A search waits for catching up when at most this many documents are left,
// and at most this long.
const WAIT_FOR_FEW = 50
const WAIT_MS = 1000
export type IndexedAnswer = SearchAnswer & { indexing?: boolean }

export class SearchIndexer {
  readonly #store: Store
  readonly #file: string
  readonly #options: Required<IndexerOptions>
  #index: LibraryIndex | null = null
  #loading: Promise<void> | null = null
  #catchingUp: Promise<void> | null = null
  // Resolves once the pass under way has compared every version, so knows
  // how many documents are left (#left).
  #counted: Promise<void> = Promise.resolve()
  // What the last complete catching up saw: no change since, nothing to do.
  #seen: { library: unknown; sources: unknown; removed: unknown } | null = null
  #left = Infinity
  readonly #writes: CacheWrites
  // The documents' contents for indexing and for hits, and their rows (indexed-contents.ts).
  readonly #contents: IndexedContents
  // The words of the notes of the documents last changed (notes-bags.ts).
  readonly #bags = new NotesBags()
  // Documents changed since they were indexed, whatever their versions say.
  #dirty = new Set<string>()
  // Making the rows the cache's documents lack, once caught up after reading it.
  #filling: Promise<void> | null = null
  // Waiting to start (start()).
  #waiting: Quiet | null = null

  constructor(store: Store, options: IndexerOptions = {}) {
    this.#store = store
    this.#file = join(store.dir, SEARCH_INDEX_FILE)
    this.#options = { ...CACHE_WORTH_WRITING, changesToSave: 50, saveDelayMs: 3000, checkpointMs: 30_000, pause: turnsEvery(), ...options }
    this.#contents = new IndexedContents(store, this.#options, () => this.#index!)
    this.#writes = new CacheWrites(() => this.#save(), () => this.#cacheWorthWriting(), this.#options)
  }

  // Reads the cache (or starts building) in the background once the app
  // has been quiet a moment (heard() tells of every call), at the latest
  // `atMostMs` after the start: the first document and the library list,
  // asked for right after a start, must not wait behind it.
  start({ quietMs = 500, atMostMs = 5000 } = {}): void {
    this.#waiting = whenQuiet(() => void this.#ready().then(() => this.#catchUp()).catch(() => {}), { quietMs, atMostMs })
    this.#waiting.heard()
  }

  // Whether the index was asked for (read or being read).
  get started(): boolean {
    return this.#loading !== null
  }

  // A call came in: not quiet yet.
  heard(): void {
    if (!this.#loading) this.#waiting?.heard()
  }

  // Something may have changed: catch up in the background, if started.
  // A document named is indexed again whatever its version says (a note
  // edited leaves the library's entry, and so the version, as it was).
  changed(documentIds: readonly string[] = []): void {
    for (const id of documentIds) this.#dirty.add(id)
    // After the answer to the call that changed it has gone.
    if (this.#index) setImmediate(() => void this.#catchUp().catch(() => {}))
  }

  async search(query: string, limit?: number): Promise<IndexedAnswer> {
    this.#writes.searched()
    const index = await this.#ready()
    const catchingUp = this.#catchUp()
    await this.#counted
    if (this.#pending() <= WAIT_FOR_FEW) await Promise.race([catchingUp, delay(WAIT_MS)])
    const answer = await searchRanked(index, query, {
      ...(limit !== undefined ? { limit } : {}),
      sources: [...this.#store.sources, ...this.#store.removedSources],
      load: (id) => this.#contents.forHits(id),
    })
    return this.#pending() > 0 ? { ...answer, indexing: true } : answer
  }

  // Words the index split from texts, and notes whose words were counted,
  // since it was read or made (what tests count: an annotation added must
  // count its note's words, not its document's text or other notes).
  get work(): { words: number; notes: number } {
    return { words: this.#index?.wordsIndexed ?? 0, notes: this.#bags.counted }
  }

  // Catches up and writes the cache now (tests).
  async flush(): Promise<void> {
    await this.#ready()
    await this.#catchUp()
    await this.#filling
    await this.#contents.written()
    await this.#writes.flush()
  }

  // The app is closing: the cache is written if the index is newer than
  // it (a rebuild, complete or not, or documents indexed again since),
  // waited for at most withinMs; nothing is indexed or written after.
  async close(withinMs: number): Promise<void> {
    if (this.#index) await this.#writes.close(withinMs)
  }

  #ready(): Promise<LibraryIndex> {
    this.#loading ??= this.#load()
    return this.#loading.then(() => this.#index!)
  }

  async #load(): Promise<void> {
    try {
      this.#index = await readIndexFile(this.#file, this.#options.pause)
    } catch {
      // Missing, damaged or another version: built again from the files.
      this.#index = LibraryIndex.empty()
      this.#writes.rebuilding()
    }
  }

  // Documents not yet in step (Infinity before the first look).
  #pending(): number {
    return this.#seen && this.#isSeen() ? 0 : this.#left
  }

  #isSeen(): boolean {
    const s = this.#seen
    return !!s && this.#dirty.size === 0 && s.library === this.#store.library.data && s.sources === this.#store.sources && s.removed === this.#store.removedSources
  }

  #catchUp(): Promise<void> {
    if (this.#isSeen()) return Promise.resolve()
    this.#catchingUp ??= this.#catchUpNow().finally(() => { this.#catchingUp = null })
    return this.#catchingUp
  }

  async #catchUpNow(): Promise<void> {
    const index = this.#index!
    while (!this.#isSeen()) {
      const now = { library: this.#store.library.data, sources: this.#store.sources, removed: this.#store.removedSources }
      const names = new Map([...now.removed, ...now.sources].map((s) => [s.id, s.name]))
      const sourceName = (id: string) => names.get(id) ?? id
      const dirty = new Set(this.#dirty)
      this.#dirty.clear()
      // Not in step until this pass is done; how much is left is known once
      // every version was compared (#counted).
      this.#seen = null
      let counted = () => {}
      this.#counted = new Promise((resolve) => { counted = resolve })
      const wanted = new Map<string, string>()
      const stale: [string, string][] = []
      try {
        for (const d of now.library.documents) {
          // 10,000 of them take 0.1-0.3 s: in steps (turns.ts).
          await this.#options.pause()
          const version = versionOf(d, sourceName)
          wanted.set(d.id, version)
          if (dirty.has(d.id) || unmarked(index.version(d.id)) !== version) stale.push([d.id, version])
        }
        this.#left = stale.length
      } finally {
        counted()
      }
      await this.#writes.saving
      for (const id of [...index.ids()]) {
        if (wanted.has(id)) continue
        index.remove(id)
        if (!this.#store.readOnly) void removeRow(this.#store.dir, id).catch(() => {})
      }
      const rows = this.#contents.rowsWorthKeeping()
      // A long pass (a rebuild, a copied folder) is written as it goes; the
      // few documents a reader's changes make stale wait for a quiet moment.
      const long = stale.length >= this.#options.changesToSave
      for (const [id, version] of stale) {
        if (this.#writes.closed) return
        const entry = await this.#contents.read(id)
        // Its title and text as indexed (an annotation added, edited or
        // removed): only its notes and source names are indexed again.
        const marked = mark(version)
        const notes = entry && await this.#contents.sameText(id, entry) ? await this.#bags.bagOf(id, index.version(id), entry.annotations, marked) : null
        // The index must not change while it is being written.
        await this.#writes.saving
        // One that cannot be read is found by its title until it can.
        const title = now.library.documents.find((d) => d.id === id)?.meta.title ?? ''
        if (entry && notes) index.setNotes(id, notes, sourceNames(entry.annotations, sourceName), marked)
        else index.set(entry ? indexRecord(entry, sourceName) : { id, title, text: '', notes: '', sources: '' }, marked)
        this.#contents.kept.delete(id)
        if (entry) this.#contents.kept.set(id, marked, entry)
        // (A row of a long document takes a while to make: one whose
        // annotations alone changed is kept read, and its row is made when
        // an answer needs it and it is no longer kept.)
        if (entry && rows && !notes) await writeRow(this.#store.dir, entry, marked).catch(() => {})
        this.#contents.kept.trim()
        this.#left--
        this.#writes.indexed()
        if (long) await this.#writes.checkpoint()
        // Let requests in between documents.
        await new Promise((resolve) => setImmediate(resolve))
      }
      this.#seen = now
    }
    this.#left = 0
    const rebuilt = this.#writes.rebuilt
    this.#writes.soon()
    if (!rebuilt) this.#filling ??= this.#contents.fillRows()
  }

  // The cache is written for larger libraries, in documents or in bytes.
  #cacheWorthWriting(): boolean {
    const { minDocumentsToSave, minBytesToSave } = this.#options
    if (this.#store.readOnly || !this.#index) return false
    return this.#index.size >= minDocumentsToSave || bytesOf(this.#store.library.data.documents) >= minBytesToSave
  }

  async #save(): Promise<void> {
    if (this.#store.readOnly || !this.#index) return
    await writeIndexFile(this.#file, this.#index)
    await rm(join(this.#store.dir, OLD_INDEX_FILE), { force: true })
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}
