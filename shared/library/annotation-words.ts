// Where a query's words stand among one document's annotations, made once
// per document read and kept with it (hit-cache.ts), so that finding the
// hits among 10,000 annotations reads only the ones that hold the words:
// before it, every answer that read a 1 MB document with 10,000 annotations
// cut every quote and note into words (50-120 ms).
//
// Its units are each annotation's note (unit 2i) and quote (2i + 1), put
// end to end, NUL between them, as their words' keys (words.ts) stand: an
// ASCII unit in lower case (its words are its runs of a-z and 0-9, and a
// word's key is its lower case), any other its keys one space apart. So a
// query's words are found with indexOf, in unit order, in a few
// milliseconds, and making it costs one lowering (an index of every word
// took ten times as long to make as all the searches it then saved).
// Sources and relays are kept by id, since their names can change without
// the document changing: per id, the annotations naming it.

import type { Annotation } from '../model/annotation.ts'
import { wordKeys } from './words.ts'

const ASCII = /^[\x00-\x7f]*$/
const UNIT_END = 0
// In a key or a lowered ASCII unit, everything but ASCII punctuation,
// spaces and NUL is a word's.
const inWord = (c: number) => c > 0x7f || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)

export class AnnotationWords {
  readonly #text: string
  readonly #starts: Int32Array
  // Source or relay id -> the annotations naming it as such, ascending.
  readonly sources = new Map<string, number[]>()
  readonly relays = new Map<string, number[]>()

  constructor(annotations: readonly Annotation[]) {
    const parts: string[] = []
    const starts: number[] = []
    let at = 0
    annotations.forEach((a, i) => {
      for (const text of [a.note, a.target.quote.exact]) {
        const keys = ASCII.test(text) ? text.toLowerCase() : wordKeys(text).join(' ')
        starts.push(at)
        parts.push(keys)
        at += keys.length + 1
      }
      for (const id of new Set(a.sources)) push(this.sources, id, i)
      for (const id of new Set(a.via)) push(this.relays, id, i)
    })
    this.#text = parts.join(String.fromCharCode(UNIT_END))
    this.#starts = Int32Array.from(starts)
  }

  // The units where the query's words stand (together: next to each other,
  // the last as a beginning; else any of them), ascending, once per place,
  // looking at no more than `budget.left` places (each one it looks at
  // takes one off).
  places(query: readonly string[], together: boolean, budget: { left: number }): Iterator<number> {
    const found = together ? this.#together(query, budget) : this.#apart(query, budget)
    return { next: () => {
      const at = found()
      return at === null ? { value: undefined, done: true } : { value: this.#unitOf(at), done: false }
    } }
  }

  // From the longest word (the rarest, likely), the others read around it.
  #together(query: readonly string[], budget: { left: number }): () => number | null {
    const text = this.#text
    const anchor = query.reduce((best, q, j) => (q.length > query[best]!.length ? j : best), 0)
    let from = 0
    return () => {
      for (;;) {
        const at = this.#next(query, anchor, from, budget)
        if (at === null) return null
        from = at + 1
        let ok = true
        // Back, word by word, within the unit.
        let start = at
        for (let j = anchor - 1; ok && j >= 0; j--) {
          let p = start - 1
          while (p >= 0 && !inWord(text.charCodeAt(p)) && text.charCodeAt(p) !== UNIT_END) p--
          if (p < 0 || text.charCodeAt(p) === UNIT_END) ok = false
          else {
            start = p
            while (start > 0 && inWord(text.charCodeAt(start - 1))) start--
            ok = this.#fits(query, j, start, p + 1)
          }
        }
        // On, likewise.
        let end = this.#wordEnd(at)
        for (let j = anchor + 1; ok && j < query.length; j++) {
          let p = end
          while (p < text.length && !inWord(text.charCodeAt(p)) && text.charCodeAt(p) !== UNIT_END) p++
          end = this.#wordEnd(p)
          ok = p < text.length && end > p && this.#fits(query, j, p, end)
        }
        if (ok) return at
      }
    }
  }

  // Each word's next place, the nearest first.
  #apart(query: readonly string[], budget: { left: number }): () => number | null {
    const next = query.map((_, j) => this.#next(query, j, 0, budget))
    return () => {
      let best = -1
      next.forEach((at, j) => {
        if (at !== null && (best < 0 || at < next[best]!)) best = j
      })
      if (best < 0) return null
      const at = next[best]!
      for (let j = 0; j < query.length; j++) {
        if (next[j] === at) next[j] = this.#next(query, j, at + 1, budget)
      }
      return at
    }
  }

  // The next place from `from` where query word j is a word (the last one
  // as a beginning), or null when there is none or the budget ran out.
  #next(query: readonly string[], j: number, from: number, budget: { left: number }): number | null {
    const text = this.#text
    const key = query[j]!
    for (let at = text.indexOf(key, from); at >= 0; at = text.indexOf(key, at + 1)) {
      if (budget.left-- <= 0) return null
      if (at > 0 && inWord(text.charCodeAt(at - 1))) continue
      if (this.#fits(query, j, at, this.#wordEnd(at))) return at
    }
    return null
  }

  #fits(query: readonly string[], j: number, start: number, end: number): boolean {
    const key = query[j]!
    const length = end - start
    return (j === query.length - 1 ? length >= key.length : length === key.length) && this.#text.startsWith(key, start)
  }

  #wordEnd(at: number): number {
    let end = at
    while (end < this.#text.length && inWord(this.#text.charCodeAt(end))) end++
    return end
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
