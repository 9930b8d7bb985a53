// When the search index's cache file is written (indexer.ts). After a
// rebuild, or once enough documents were indexed again, when the library
// has been quiet a moment; during a long catching up, now and then (a
// checkpoint); and when the app closes, if the index is newer than the
// file, within a bound. Any moment between two documents is a cache worth
// reading: each document is kept under the version it was indexed at, so
// a start after a stop indexes again only what the file lacks or has
// older. Writes run one at a time, and the index must not change during
// one (`saving`). A write is made aside and renamed (index-file.ts), so a
// kill during one leaves the file as it was.

import type { IndexerOptions } from './indexer-options.ts'

type Options = Required<Pick<IndexerOptions, 'changesToSave' | 'saveDelayMs' | 'checkpointMs'>>

export class CacheWrites {
  readonly #write: () => Promise<void>
  // Whether the index is large enough, and the folder writable.
  readonly #worth: () => boolean
  readonly #options: Options
  // Documents indexed since the file was last written.
  #unsaved = 0
  // Built from the document files, and not yet written whole since.
  #rebuilt = false
  #timer: ReturnType<typeof setTimeout> | undefined
  #saving: Promise<void> = Promise.resolve()
  #searched = -Infinity
  #written = performance.now()
  #closed = false

  constructor(write: () => Promise<void>, worth: () => boolean, options: Options) {
    this.#write = write
    this.#worth = worth
    this.#options = options
  }

  // The write under way, if any: the index must not change until it is done.
  get saving(): Promise<void> {
    return this.#saving
  }

  get rebuilt(): boolean {
    return this.#rebuilt
  }

  get closed(): boolean {
    return this.#closed
  }

  rebuilding(): void {
    this.#rebuilt = true
  }

  // A search now: no write while someone is typing one.
  searched(): void {
    this.#searched = performance.now()
  }

  indexed(): void {
    this.#unsaved++
  }

  // Between two documents of a catching up: written when a checkpoint's
  // time has passed since the last write (or the start) and enough was
  // indexed since. A rebuild of 10,000 documents (minutes on a loaded
  // machine) then survives a stop or a kill but for its last stretch.
  async checkpoint(): Promise<void> {
    const { changesToSave, checkpointMs } = this.#options
    if (this.#closed || this.#unsaved < changesToSave || performance.now() - this.#written < checkpointMs || !this.#worth()) return
    await this.#enqueue(false)
  }

  // Caught up: written once the library has been quiet a moment, after a
  // rebuild or once enough was indexed again (a save of an annotation
  // alone never writes it).
  soon(): void {
    const { changesToSave, saveDelayMs } = this.#options
    if (this.#closed || !this.#worth()) return
    if (!this.#rebuilt && this.#unsaved < changesToSave) return
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      // Not while someone is typing a search: later.
      if (performance.now() - this.#searched < saveDelayMs) return this.soon()
      void this.#enqueue(true)
    }, saveDelayMs)
    this.#timer.unref()
  }

  // Written now, whatever was indexed (tests).
  flush(): Promise<void> {
    clearTimeout(this.#timer)
    return this.#enqueue(true)
  }

  // The app is closing: written if newer than the file and worth it,
  // waited for at most withinMs (a write cut off by the process's end
  // leaves only its temp file, removed by the next write). Nothing is
  // written after.
  async close(withinMs: number): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    clearTimeout(this.#timer)
    if ((!this.#rebuilt && this.#unsaved === 0) || !this.#worth()) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<void>((resolve) => { timer = setTimeout(resolve, withinMs) })
    await Promise.race([this.#enqueue(true), late])
    clearTimeout(timer)
  }

  #enqueue(whole: boolean): Promise<void> {
    this.#saving = this.#saving.then(() => this.#save(whole))
    return this.#saving
  }

  // whole: after catching up (a checkpoint leaves the rebuild unfinished).
  async #save(whole: boolean): Promise<void> {
    const unsaved = this.#unsaved
    try {
      await this.#write()
      this.#unsaved -= unsaved
      this.#written = performance.now()
      if (whole) this.#rebuilt = false
    } catch {
      // A cache: the next start indexes what it lacks.
    }
  }
}
