// The items of a virtual list (virtual-list.ts) with their keys, places and
// row sizes, without the DOM. A size measured for a key is kept, so a row
// keeps its height when the items change around it; rows never measured
// count at the average of those measured (or the estimate, before any).

import { RowSizes } from './virtual-range.ts'

export class ListItems<T> {
  list: T[] = []
  sizes = new RowSizes(new Float64Array(0))
  #key: (item: T) => string
  #index = new Map<string, number>()
  #measured = new Map<string, number>()
  #measuredSum = 0
  #estimate: number

  constructor(key: (item: T) => string, estimate: number) {
    this.#key = key
    this.#estimate = estimate
  }

  indexOf(key: string): number {
    return this.#index.get(key) ?? -1
  }

  // New items: each key made once (10,000 rows: a few milliseconds in all).
  set(items: readonly T[]): void {
    this.list = [...items]
    const index = new Map<string, number>()
    const sizes = new Float64Array(items.length)
    const average = this.#average()
    for (let i = 0; i < items.length; i++) {
      const key = this.#key(items[i]!)
      index.set(key, i)
      sizes[i] = this.#measured.get(key) ?? average
    }
    this.#index = index
    this.sizes = new RowSizes(sizes)
  }

  // One item put in at `index`: the others' places move one on.
  insert(index: number, item: T): void {
    const key = this.#key(item)
    this.list.splice(index, 0, item)
    for (const [k, at] of this.#index) if (at >= index) this.#index.set(k, at + 1)
    this.#index.set(key, index)
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
    this.#index.set(key, index)
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
      if (this.#index.get(old) === at) this.#index.delete(old)
      const key = this.#key(item)
      this.list[at] = item
      this.#index.set(key, at)
      const measured = this.#measured.get(key)
      if (measured !== undefined) this.sizes.set(at, measured)
      replaced.push(old)
    })
    return replaced
  }

  // A row's size as laid out; says whether it differed from the one counted.
  measured(key: string, size: number): boolean {
    this.#record(key, size)
    const index = this.#index.get(key)
    return index !== undefined && this.sizes.set(index, size)
  }

  #record(key: string, size: number): void {
    this.#measuredSum += size - (this.#measured.get(key) ?? 0)
    this.#measured.set(key, size)
  }

  #average(): number {
    return this.#measured.size === 0 ? this.#estimate : this.#measuredSum / this.#measured.size
  }
}
