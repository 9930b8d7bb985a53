// Documents the indexer keeps read for their hits (indexer.ts): typing
// narrows the same few, so more than one answer reads (a cache smaller than
// what an answer reads would keep none of them), within a size (text and
// annotations, roughly). Oldest use first, by the Map's order.

import { MAX_DOCUMENTS_READ } from '../../shared/library/ranked-search.ts'
import type { Searchable } from '../../shared/library/search.ts'

const KEEP_READ = 2 * MAX_DOCUMENTS_READ
const KEEP_READ_BYTES = 48 * 1024 * 1024
// (With what finding hits keeps of it, hit-cache.ts: the text lowered and
// the annotations' words end to end.)
const sizeOf = (entry: Searchable) => 3 * entry.text.length + 600 * entry.annotations.length

export class KeptReads {
  readonly #read = new Map<string, { version: string; entry: Searchable }>()

  // The one kept at this version, now the most recently used.
  take(id: string, version: string | undefined): Searchable | undefined {
    const kept = this.#read.get(id)
    if (!kept || kept.version !== version) return undefined
    this.#read.delete(id)
    this.#read.set(id, kept)
    return kept.entry
  }

  // Whether the one kept is at this version (its use unchanged).
  holds(id: string, version: string): boolean {
    return this.#read.get(id)?.version === version
  }

  set(id: string, version: string, entry: Searchable): void {
    this.#read.set(id, { version, entry })
  }

  delete(id: string): void {
    this.#read.delete(id)
  }

  // The least recently used go until what is kept fits.
  trim(): void {
    let bytes = 0
    for (const { entry } of this.#read.values()) bytes += sizeOf(entry)
    for (const [id, { entry }] of this.#read) {
      if (this.#read.size <= KEEP_READ && bytes <= KEEP_READ_BYTES) break
      this.#read.delete(id)
      bytes -= sizeOf(entry)
    }
  }
}
