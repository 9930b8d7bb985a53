// An index of one document's annotations, made once per document read and
// kept with it (find-hits.ts), so that finding a query's hits among 10,000
// annotations looks only at the ones that hold its words: before it, every
// answer that read a 1 MB document with 10,000 annotations looked at every
// quote and note in it (50-120 ms).
//
// Its units are each annotation's note (unit 2i) and quote (2i + 1). Per
// word key (words.ts), in code-unit order so that the keys a prefix begins
// lie together: the units holding it, ascending. Per unit: the keys it
// holds, ascending, to tell whether a unit holds some word without reading
// it. Sources and relays are kept by id, since their names can change
// without the document changing: per id, the annotations naming it.

import type { Annotation } from '../model/annotation.ts'
import { wordKeys } from './words.ts'

// Keys [lo, hi) by their number in code-unit order.
export type KeyRange = readonly [number, number]

export class AnnotationWords {
  readonly #keys: string[]
  // Units holding key k: #units[#keyStarts[k] .. #keyStarts[k + 1]).
  readonly #keyStarts: Int32Array
  readonly #units: Int32Array
  // Keys of unit u: #unitKeys[#unitStarts[u] .. #unitStarts[u + 1]).
  readonly #unitStarts: Int32Array
  readonly #unitKeys: Int32Array
  // Source or relay id -> the annotations naming it as such, ascending.
  readonly sources: Map<string, number[]>
  readonly relays: Map<string, number[]>

  constructor(annotations: readonly Annotation[]) {
    const byKey = new Map<string, number[]>()
    const unitWords: string[][] = []
    this.sources = new Map()
    this.relays = new Map()
    annotations.forEach((a, i) => {
      for (const text of [a.note, a.target.quote.exact]) {
        const unit = unitWords.length
        const distinct = [...new Set(text ? wordKeys(text) : [])]
        for (const key of distinct) {
          const list = byKey.get(key)
          if (list) list.push(unit)
          else byKey.set(key, [unit])
        }
        unitWords.push(distinct)
      }
      for (const id of new Set(a.sources)) push(this.sources, id, i)
      for (const id of new Set(a.via)) push(this.relays, id, i)
    })
    this.#keys = [...byKey.keys()].sort(byCodeUnits)
    const number = new Map(this.#keys.map((key, k) => [key, k]))
    this.#keyStarts = new Int32Array(this.#keys.length + 1)
    let total = 0
    for (const [k, key] of this.#keys.entries()) {
      this.#keyStarts[k] = total
      total += byKey.get(key)!.length
    }
    this.#keyStarts[this.#keys.length] = total
    this.#units = new Int32Array(total)
    for (const [k, key] of this.#keys.entries()) this.#units.set(byKey.get(key)!, this.#keyStarts[k])
    this.#unitStarts = new Int32Array(unitWords.length + 1)
    this.#unitKeys = new Int32Array(total)
    let at = 0
    unitWords.forEach((words, u) => {
      this.#unitStarts[u] = at
      const ids = Int32Array.from(words, (w) => number.get(w)!).sort()
      this.#unitKeys.set(ids, at)
      at += ids.length
    })
    this.#unitStarts[unitWords.length] = at
  }

  // The keys equal to `key`, or beginning with it.
  range(key: string, prefix: boolean): KeyRange {
    const lo = lowerBound(this.#keys.length, (k) => this.#keys[k]! < key)
    if (!prefix) return this.#keys[lo] === key ? [lo, lo + 1] : [lo, lo]
    // The keys from lo that begin with `key` come first.
    return [lo, lo + lowerBound(this.#keys.length - lo, (k) => this.#keys[lo + k]!.startsWith(key))]
  }

  // How many postings a range has (a unit once per key it holds).
  count([lo, hi]: KeyRange): number {
    return this.#keyStarts[hi]! - this.#keyStarts[lo]!
  }

  // Whether a unit holds one of the keys.
  holds(unit: number, [lo, hi]: KeyRange): boolean {
    const from = this.#unitStarts[unit]!
    const to = this.#unitStarts[unit + 1]!
    const at = from + lowerBound(to - from, (i) => this.#unitKeys[from + i]! < lo)
    return at < to && this.#unitKeys[at]! < hi
  }

  // The units holding any key of the ranges, ascending, each once.
  units(ranges: readonly KeyRange[]): Iterator<number> {
    const lists: ArrayLike<number>[] = []
    for (const [lo, hi] of ranges) {
      for (let k = lo; k < hi; k++) lists.push(this.#units.subarray(this.#keyStarts[k], this.#keyStarts[k + 1]))
    }
    return merged(lists)
  }
}

// Sorted lists merged lazily, ascending, each value once: a heap of the
// lists' heads, so that taking the first few of many lists costs little.
export function merged(lists: readonly ArrayLike<number>[]): Iterator<number> {
  const live = lists.filter((l) => l.length > 0)
  const at = new Int32Array(live.length)
  const heap = live.map((_, i) => i)
  const head = (h: number) => live[heap[h]!]![at[heap[h]!]!]!
  const down = (from: number) => {
    for (let i = from; ;) {
      const l = 2 * i + 1
      const r = l + 1
      let least = i
      if (l < heap.length && head(l) < head(least)) least = l
      if (r < heap.length && head(r) < head(least)) least = r
      if (least === i) return
      ;[heap[i], heap[least]] = [heap[least]!, heap[i]!]
      i = least
    }
  }
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i)
  let last = -1
  return {
    next(): IteratorResult<number> {
      while (heap.length > 0) {
        const value = head(0)
        const list = heap[0]!
        if (++at[list]! < live[list]!.length) down(0)
        else {
          heap[0] = heap[heap.length - 1]!
          heap.pop()
          down(0)
        }
        if (value !== last) return { value: (last = value), done: false }
      }
      return { value: undefined, done: true }
    },
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

// The first i in [0, n) for which below(i) is false (below holds for a
// beginning of the range and then never again).
function lowerBound(n: number, below: (i: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (below(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
