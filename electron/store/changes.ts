// The changes under way in a store. close() must wait for every one of
// them (a change half done at exit is a lost save), and a change asked for
// once closing has begun is refused: nothing after close() would write its
// library entry.

import { StoreError } from './access.ts'

export class Changes {
  // Settled either way, so waiting on them never throws.
  readonly #running = new Set<Promise<void>>()
  #closing = false

  get closing(): boolean {
    return this.#closing
  }

  run<T>(change: () => Promise<T>): Promise<T> {
    if (this.#closing) return Promise.reject(new StoreError('Sourcemark is closing: the change was not saved.'))
    const result = change()
    const settled = result.then(() => {}, () => {})
    this.#running.add(settled)
    void settled.then(() => this.#running.delete(settled))
    return result
  }

  // Refuses new changes, then waits for those under way (one may start
  // another while it runs, hence the loop).
  async close(): Promise<void> {
    this.#closing = true
    while (this.#running.size > 0) await Promise.all(this.#running)
  }
}
