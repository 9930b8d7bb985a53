// Where a query's words stand among one document's annotations, made once
// per document read and kept with it (hit-cache.ts), so that finding the
// hits among 10,000 annotations reads only the ones that hold the words:
// before it, every answer that read a 1 MB document with 10,000 annotations
// cut every quote and note into words (50-120 ms).
//
// Its units are each annotation's note (unit 2i) and quote (2i + 1), put
// end to end, NUL between them, as their words' keys (words.ts) stand: an
// ASCII unit in lower case, any other its keys one space apart. So a
// query's words are found with indexOf (key-text.ts), in unit order, in a
// few milliseconds, and making it costs one lowering (an index of every
// word took ten times as long to make as all the searches it then saved).
// Sources and relays are kept by id, since their names can change without
// the document changing: per id, the annotations naming it.

import type { Annotation } from '../model/annotation.ts'
import { matches, type Budget } from './key-text.ts'
import { wordKeys } from './words.ts'

// ASCII without NUL, which ends a unit.
const ASCII = /^[\x01-\x7f]*$/

export interface Place { unit: number; start: number; end: number }

export class AnnotationWords {
  readonly #text: string
  readonly #starts: Int32Array
  readonly #ascii: Uint8Array
  // Source or relay id -> the annotations naming it as such, ascending.
  readonly sources = new Map<string, number[]>()
  readonly relays = new Map<string, number[]>()

  constructor(annotations: readonly Annotation[]) {
    const parts: string[] = []
    const starts: number[] = []
    const ascii: number[] = []
    let at = 0
    annotations.forEach((a, i) => {
      for (const text of [a.note, a.target.quote.exact]) {
        const isAscii = ASCII.test(text)
        const keys = isAscii ? text.toLowerCase() : wordKeys(text).join(' ')
        ascii.push(isAscii ? 1 : 0)
        starts.push(at)
        parts.push(keys)
        at += keys.length + 1
      }
      for (const id of new Set(a.sources)) push(this.sources, id, i)
      for (const id of new Set(a.via)) push(this.relays, id, i)
    })
    this.#text = parts.join('\u0000')
    this.#starts = Int32Array.from(starts)
    this.#ascii = Uint8Array.from(ascii)
  }

  // Where the query's words stand (together: next to each other, the last
  // as a beginning; else any of them), in order: the unit and the span in
  // it, looking at no more places than the budget has (key-text.ts). In an
  // ASCII unit (ascii()) the span is where the words are in its text; in
  // any other, among its keys.
  places(query: readonly string[], together: boolean, budget: Budget): () => Place | null {
    const found = matches(this.#text, query, together, budget)
    return () => {
      const span = found()
      if (span === null) return null
      const unit = this.#unitOf(span[0])
      const at = this.#starts[unit]!
      return { unit, start: span[0] - at, end: span[1] - at }
    }
  }

  ascii(unit: number): boolean {
    return this.#ascii[unit] === 1
  }

  #unitOf(at: number): number {
    let lo = 0
    let hi = this.#starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (this.#starts[mid]! <= at) lo = mid
      else hi = mid - 1
    }
    return lo
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
