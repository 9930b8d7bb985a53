// The items of a virtual list (virtual-list.ts) with their keys, places and
// row sizes, without the DOM. A size measured for a key is kept, so a row
// keeps its height when the items change around it; rows never measured
// count at the average of those measured (or the estimate, before any).

import { RowSizes } from './virtual-range.ts'

// Inserts logged before the places are worked out again all at once.
const FOLD = 64

export class ListItems<T> {
  list: T[] = []
  sizes = new RowSizes(new Float64Array(0))
  #key: (item: T) => string
  // Each key's place when it was put there, and how many inserts were
  // logged then. An insert is logged rather than moving the 10,000 places
  // after it (a claim added in the key press's task); a place is brought up
  // to date when asked, and the log folded in every FOLD inserts.
  #index = new Map<string, { at: number; seen: number }>()
  #inserts: number[] = []
  #measured = new Map<string, number>()
  #measuredSum = 0
  #estimate: number

  constructor(key: (item: T) => string, estimate: number) {
    this.#key = key
    this.#estimate = estimate
  }

  indexOf(key: string): number {
    const entry = this.#index.get(key)
    if (!entry) return -1
    let at = entry.at
    for (let i = entry.seen; i < this.#inserts.length; i++) if (this.#inserts[i]! <= at) at++
    return at
  }

  #put(key: string, at: number): void {
    this.#index.set(key, { at, seen: this.#inserts.length })
  }

  // New items: each key made once (10,000 rows: a few milliseconds in all).
  set(items: readonly T[]): void {
    this.list = [...items]
    const sizes = new Float64Array(items.length)
    const average = this.#average()
    this.#reindex((key, i) => { sizes[i] = this.#measured.get(key) ?? average })
    this.sizes = new RowSizes(sizes)
  }

  #reindex(each?: (key: string, i: number) => void): void {
    this.#index = new Map()
    this.#inserts = []
    for (let i = 0; i < this.list.length; i++) {
      const key = this.#key(this.list[i]!)
      this.#put(key, i)
      each?.(key, i)
    }
  }

  // One item put in at `index`: the others' places move one on.
  insert(index: number, item: T): void {
    const key = this.#key(item)
    this.list.splice(index, 0, item)
    this.#inserts.push(index)
    this.#put(key, index)
    if (this.#inserts.length > FOLD) this.#reindex()
    this.sizes = this.sizes.inserted(index, this.#measured.get(key) ?? this.#average())
  }

  // The item at `index` replaced by another (a key that changed: an
  // annotation saved under its stored id), keeping its measured size.
  replaceAt(index: number, item: T): boolean {
    const old = this.list[index]
    if (old === undefined) return false
    const oldKey = this.#key(old), key = this.#key(item)
    this.list[index] = item
    this.#index.delete(oldKey)
    this.#put(key, index)
    const measured = this.#measured.get(oldKey)
    if (measured !== undefined && !this.#measured.has(key)) this.#record(key, measured)
    return true
  }

  // Items from `start` on replaced by these (a page of a long list come in);
  // answers the keys replaced. A replaced row keeps its size until it is
  // measured.
  replaceFrom(start: number, items: readonly T[]): string[] {
    const replaced: string[] = []
    items.forEach((item, i) => {
      const at = start + i
      if (at >= this.list.length) return
      const old = this.#key(this.list[at]!)
      if (this.indexOf(old) === at) this.#index.delete(old)
      const key = this.#key(item)
      this.list[at] = item
      this.#put(key, at)
      const measured = this.#measured.get(key)
      if (measured !== undefined) this.sizes.set(at, measured)
      replaced.push(old)
    })
    return replaced
  }

  // A row's size as laid out; says whether it differed from the one counted.
  measured(key: string, size: number): boolean {
    this.#record(key, size)
    const index = this.indexOf(key)
    return index !== -1 && this.sizes.set(index, size)
  }

  #record(key: string, size: number): void {
    this.#measuredSum += size - (this.#measured.get(key) ?? 0)
    this.#measured.set(key, size)
  }

  #average(): number {
    return this.#measured.size === 0 ? this.#estimate : this.#measuredSum / this.#measured.size
  }
}
