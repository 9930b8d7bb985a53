// The documents kept in memory: the most recently used ones, within a
// number and a size (bytes of their files), so that a library of 10,000
// documents does not end up wholly in memory. A document with a write
// under way (or still being read) is never dropped. One that is dropped
// while something still holds it is found again through a weak reference
// rather than read anew: there is never more than one copy of a
// document's data that can be committed, or two writers could lose each
// other's changes.

export interface Cached {
  // A commit is under way or queued.
  readonly busy: boolean
}

interface Entry<T> {
  promise: Promise<T>
  value?: T
  bytes: number
}

export interface CacheLimits {
  documents: number
  bytes: number
}

// 1 MB documents with 10,000 annotations take about 20 MB in memory; 64 MB
// of files keeps the working set well under the server's 500 MB.
export const DEFAULT_LIMITS: CacheLimits = { documents: 200, bytes: 64 * 1024 * 1024 }

export class DocumentCache<T extends Cached> {
  readonly #limits: CacheLimits
  // Oldest first: a Map keeps insertion order, and a use moves to the end.
  readonly #live = new Map<string, Entry<T>>()
  readonly #dropped = new Map<string, WeakRef<T>>()
  #bytes = 0

  constructor(limits: CacheLimits = DEFAULT_LIMITS) {
    this.#limits = limits
  }

  get size(): number {
    return this.#live.size
  }

  has(id: string): boolean {
    return this.#live.has(id)
  }

  get(id: string): Promise<T> | undefined {
    const entry = this.#live.get(id)
    if (entry) {
      this.#live.delete(id)
      this.#live.set(id, entry)
      return entry.promise
    }
    const kept = this.#dropped.get(id)?.deref()
    this.#dropped.delete(id)
    if (!kept) return undefined
    const promise = Promise.resolve(kept)
    this.#add(id, { promise, value: kept, bytes: 0 })
    return promise
  }

  // bytes: how large the document's file is, known once it is read.
  set(id: string, promise: Promise<T>, bytes: (value: T) => number = () => 0): void {
    this.delete(id)
    const entry: Entry<T> = { promise, bytes: 0 }
    this.#add(id, entry)
    promise.then((value) => {
      if (this.#live.get(id) !== entry) return
      entry.value = value
      entry.bytes = bytes(value)
      this.#bytes += entry.bytes
      this.#trim(id)
    }, () => {
      if (this.#live.get(id) === entry) this.delete(id)
    })
  }

  delete(id: string): void {
    const entry = this.#live.get(id)
    if (!entry) return
    this.#live.delete(id)
    this.#bytes -= entry.bytes
    this.#dropped.delete(id)
  }

  #add(id: string, entry: Entry<T>): void {
    this.#live.set(id, entry)
    this.#bytes += entry.bytes
    this.#trim(id)
  }

  // Drops the least recently used settled, idle documents until within
  // the limits (never `keep`, the one just used).
  #trim(keep: string): void {
    for (const [id, entry] of this.#live) {
      if (this.#live.size <= this.#limits.documents && this.#bytes <= this.#limits.bytes) return
      if (id === keep || entry.value === undefined || entry.value.busy) continue
      this.#live.delete(id)
      this.#bytes -= entry.bytes
      this.#dropped.set(id, new WeakRef(entry.value))
    }
  }
}
