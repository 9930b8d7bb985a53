// One data file's contents in memory, changed only by commit(): the change
// is made on a copy, written to disk, and only then becomes the data, so a
// failed write leaves memory as it was and what the UI is told stays true.
// Commits to one file run one at a time, each on the result of the last.

import type { Adapter } from 'lowdb'

export class Committed<T> {
  #data: T
  readonly #adapter: Adapter<T>
  // What the file on disk is once written (see stamp.ts), when asked for.
  readonly #stamp: (() => Promise<string | null>) | undefined
  #queue: Promise<unknown> = Promise.resolve()
  #pending = 0

  constructor(data: T, adapter: Adapter<T>, stamp?: () => Promise<string | null>) {
    this.#data = data
    this.#adapter = adapter
    this.#stamp = stamp
  }

  get data(): T {
    return this.#data
  }

  // A commit is under way or queued (the document cache keeps it then).
  get busy(): boolean {
    return this.#pending > 0
  }

  // edit(current) returns the new data (never changing current), or null
  // when there is nothing to change: then nothing is written. Resolves with
  // the data now on disk and, for a file with a stamp, its stamp taken in
  // the same turn as the write, so no later write can slip in between.
  commit(edit: (current: T) => T | null): Promise<{ data: T; stamp: string | null; changed: boolean }> {
    this.#pending++
    const run = this.#queue.then(async () => {
      const after = edit(this.#data)
      if (after === null) return { data: this.#data, stamp: null, changed: false }
      await this.#adapter.write(after)
      this.#data = after
      return { data: after, stamp: (await this.#stamp?.()) ?? null, changed: true }
    })
    this.#queue = run.catch(() => {}).finally(() => { this.#pending-- })
    return run
  }
}
