// The library's full-text index: an inverted index with BM25 ranking, made
// for this workload (10,000 documents of ~10 KB, searched as the user
// types). docs/benchmarks.md compares it with MiniSearch, FlexSearch, Orama
// and SQLite FTS5 on the same library: at 10,000 documents MiniSearch took
// over 300 MB and seconds for short prefixes, FlexSearch has no relevance
// ranking and slow updates, Orama took minutes to build, and FTS5 is a
// native module that cannot be built for Electron here.
//
// One record per document (index-record.ts). The index only ranks
// documents; the hits in them are found afterwards (find-hits.ts).
//
// Postings are packed, one 32-bit number each (postings.ts), in typed
// arrays per word and field. A document changed gets a new number and the
// old one is marked gone; the gone are dropped when they pile up
// (compact()) and when saved.
// Loaded postings are views of the file's bytes until a word grows.
// Each document keeps a version (what the caller says it was when indexed),
// so the caller can tell which documents changed since.

import type { IndexRecord } from './index-record.ts'
import { Postings, TF_BITS, TF_MAX } from './postings.ts'
import { bestOf } from './search-best.ts'
import { wordKeys } from './words.ts'

export interface RankedDocument { id: string; score: number }
// The index as saved: see snapshot().
export interface IndexSnapshot { header: string; postings: Uint32Array[] }

// Bump when the words, the fields or the file change: an index saved by
// another version is rebuilt, not read (3: with search rows, indexer.ts).
const SEARCH_INDEX_FORMAT = 3

const FIELDS = ['title', 'text', 'notes', 'sources'] as const
const F = FIELDS.length
const BOOST = [3, 1, 2, 2]
const K1 = 1.2
const B = 0.7
// The word being typed stands for at most this many words it begins (the
// most frequent), and counts for less than a whole word.
const MAX_EXPANSIONS = 64
const PREFIX_WEIGHT = 0.6
const MAX_QUERY_WORDS = 30

export class LibraryIndex {
  // Per field: word -> postings.
  #words: Map<string, Postings>[] = FIELDS.map(() => new Map())
  // Every word, sorted (for prefixes), and those added since it was sorted.
  #sorted: string[] = []
  #unsorted = new Set<string>()
  // By document number: id, field lengths, live or gone.
  #ids: string[] = []
  #lengths: number[] = []
  #live: boolean[] = []
  #totals = new Array<number>(F).fill(0)
  #byId = new Map<string, { number: number; version: string }>()
  #gone = 0

  static empty(): LibraryIndex {
    return new LibraryIndex()
  }

  get size(): number {
    return this.#byId.size
  }

  version(id: string): string | undefined {
    return this.#byId.get(id)?.version
  }

  ids(): IterableIterator<string> {
    return this.#byId.keys()
  }

  // Adds the document, or replaces what was indexed of it.
  set(record: IndexRecord, version: string): void {
    this.remove(record.id)
    if (this.#ids.length >= 2 ** (32 - TF_BITS)) this.compact(true)
    const number = this.#ids.length
    if (number >= 2 ** (32 - TF_BITS)) throw new Error('the search index is full')
    this.#ids.push(record.id)
    this.#live.push(true)
    FIELDS.forEach((field, f) => {
      const counts = new Map<string, number>()
      const keys = wordKeys(record[field])
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
      this.#lengths.push(keys.length)
      this.#totals[f]! += keys.length
      for (const [key, count] of counts) this.#postings(f, key).push(number * (TF_MAX + 1) + Math.min(count, TF_MAX))
    })
    this.#byId.set(record.id, { number, version })
  }

  remove(id: string): void {
    const known = this.#byId.get(id)
    if (!known) return
    this.#byId.delete(id)
    this.#live[known.number] = false
    for (let f = 0; f < F; f++) this.#totals[f]! -= this.#lengths[known.number * F + f]!
    this.#gone++
  }

  // The documents that have every word of the query (the last one as a
  // beginning too), best first: BM25 per field, weighted by field; at most
  // `limit` (search-best.ts: the rest are neither made nor sorted).
  search(query: string, limit = Infinity): RankedDocument[] {
    const words = wordKeys(query).slice(0, MAX_QUERY_WORDS)
    const n = this.size
    if (words.length === 0 || n === 0) return []
    const count = this.#ids.length
    const scores = new Float64Array(count)
    const found = new Uint32Array(count)
    const average = this.#totals.map((t) => Math.max(t / n, 1))
    // Per field, each document's length term, made once per search.
    const norms: (Float64Array | undefined)[] = []
    const normsOf = (f: number) => {
      if (!norms[f]) for (let doc = 0, norm = (norms[f] = new Float64Array(count)); doc < count; doc++) norm[doc] = K1 * (1 - B + (B * this.#lengths[doc * F + f]!) / average[f]!)
      return norms[f]
    }
    words.forEach((word, q) => {
      const last = q === words.length - 1
      const bit = 1 << q
      for (const [key, weight] of last && word.length > 1 ? this.#expand(word) : [[word, 1] as const]) {
        for (let f = 0; f < F; f++) {
          const postings = this.#words[f]!.get(key)
          if (!postings) continue
          const idf = Math.log(1 + (n - postings.n + 0.5) / (postings.n + 0.5))
          const factor = idf * BOOST[f]! * weight
          const norm = normsOf(f)
          const { data } = postings
          for (let i = 0; i < postings.n; i++) {
            const doc = data[i]! >>> TF_BITS
            if (!this.#live[doc]) continue
            const tf = data[i]! & TF_MAX
            scores[doc]! += (factor * tf * (K1 + 1)) / (tf + norm[doc]!)
            found[doc]! |= bit
          }
        }
      }
    })
    const all = (1 << words.length) - 1
    return bestOf(count, (doc) => found[doc] === all, scores, limit).map((doc) => ({ id: this.#ids[doc]!, score: scores[doc]! }))
  }

  // Drops what gone documents left, once they are a quarter of the index.
  compact(force = false): void {
    if (!force && (this.#gone < 1000 || this.#gone * 4 < this.#ids.length)) return
    const renumber = new Int32Array(this.#ids.length).fill(-1)
    const ids: string[] = []
    const lengths: number[] = []
    for (let doc = 0; doc < this.#ids.length; doc++) {
      if (!this.#live[doc]) continue
      renumber[doc] = ids.length
      ids.push(this.#ids[doc]!)
      for (let f = 0; f < F; f++) lengths.push(this.#lengths[doc * F + f]!)
      this.#byId.get(this.#ids[doc]!)!.number = ids.length - 1
    }
    for (const words of this.#words) {
      for (const [key, postings] of words) {
        let kept = 0
        for (let i = 0; i < postings.n; i++) {
          const to = renumber[postings.data[i]! >>> TF_BITS]!
          if (to >= 0) postings.data[kept++] = to * (TF_MAX + 1) + (postings.data[i]! & TF_MAX)
        }
        postings.n = kept
        if (kept === 0) words.delete(key)
        else if (kept < postings.data.length / 4) postings.data = postings.data.slice(0, kept * 2)
      }
    }
    this.#ids = ids
    this.#lengths = lengths
    this.#live = ids.map(() => true)
    this.#gone = 0
    this.#sorted = [...new Set(this.#words.flatMap((w) => [...w.keys()]))].sort()
    this.#unsorted.clear()
  }

  // Saved as a header (JSON: the documents in order, [id, version,
  // lengths...], and per field each word with its number of postings) and
  // the postings themselves, every word's after the other, as they are in
  // memory: loading them takes no parsing, only a check (a JSON array of
  // 2.8 million numbers took 0.7 s to parse at 10,000 documents, in one
  // task the server could do nothing else in). The index must not change
  // until the caller has written the pieces.
  snapshot(): IndexSnapshot {
    if (this.#gone > 0) this.compact(true)
    const docs = this.#ids.map((id, doc) => [id, this.#byId.get(id)!.version, ...this.#lengths.slice(doc * F, doc * F + F)])
    const fields = this.#words.map((words) => [...words].map(([key, p]) => [key, p.n]))
    const postings = this.#words.flatMap((words) => [...words.values()].map((p) => p.data.subarray(0, p.n)))
    return { header: JSON.stringify({ format: SEARCH_INDEX_FORMAT, docs, fields }), postings }
  }

  // From what snapshot() gave (the postings joined); throws when it is not that.
  static load(header: string, postings: Uint32Array): LibraryIndex {
    // (Checked as it is read: a damaged cache must fail here, not in a search.)
    const { format, docs, fields } = JSON.parse(header) as { format?: unknown; docs?: unknown; fields?: unknown }
    if (format !== SEARCH_INDEX_FORMAT || !Array.isArray(docs) || !Array.isArray(fields) || fields.length !== F) {
      throw new Error('not a search index of this version')
    }
    const index = new LibraryIndex()
    const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0
    for (const doc of docs) {
      if (!Array.isArray(doc) || doc.length !== 2 + F || typeof doc[0] !== 'string' || typeof doc[1] !== 'string' || !doc.slice(2).every(isCount)) {
        throw new Error('bad document entry')
      }
      if (index.#byId.has(doc[0])) throw new Error('a document twice')
      index.#byId.set(doc[0], { number: index.#ids.length, version: doc[1] })
      index.#ids.push(doc[0])
      index.#live.push(true)
      doc.slice(2).forEach((length: number, f: number) => { index.#lengths.push(length); index.#totals[f]! += length })
    }
    const words = new Set<string>()
    const count = index.#ids.length
    let at = 0
    fields.forEach((list: unknown, f: number) => {
      if (!Array.isArray(list)) throw new Error('bad field')
      for (const entry of list) {
        if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !isCount(entry[1]) || entry[1] === 0) throw new Error('bad word entry')
        const n = entry[1]
        if (at + n > postings.length) throw new Error('postings missing')
        const data = postings.subarray(at, at + n)
        at += n
        let previous = -1
        for (let i = 0; i < n; i++) {
          const doc = data[i]! >>> TF_BITS
          if (doc <= previous || doc >= count) throw new Error('posting out of order')
          previous = doc
        }
        index.#words[f]!.set(entry[0], new Postings(data, n))
        words.add(entry[0])
      }
    })
    if (at !== postings.length) throw new Error('postings left over')
    index.#sorted = [...words].sort()
    return index
  }

  #postings(f: number, key: string): Postings {
    const words = this.#words[f]!
    let postings = words.get(key)
    if (!postings) {
      words.set(key, postings = new Postings())
      this.#unsorted.add(key)
    }
    return postings
  }

  // The words `prefix` begins (itself at full weight), most frequent first.
  #expand(prefix: string): [string, number][] {
    if (this.#unsorted.size > 2000) {
      this.#sorted = [...new Set([...this.#sorted, ...this.#unsorted])].sort()
      this.#unsorted.clear()
    }
    const found = new Set<string>()
    let lo = 0
    let hi = this.#sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.#sorted[mid]! < prefix) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < this.#sorted.length && this.#sorted[i]!.startsWith(prefix); i++) found.add(this.#sorted[i]!)
    for (const key of this.#unsorted) if (key.startsWith(prefix)) found.add(key)
    const frequency = (key: string) => this.#words.reduce((sum, w) => sum + (w.get(key)?.n ?? 0), 0)
    const chosen = [...found].map((key) => [key, frequency(key)] as const).sort((a, b) => b[1] - a[1]).slice(0, MAX_EXPANSIONS)
    if (found.has(prefix) && !chosen.some(([key]) => key === prefix)) chosen.push([prefix, 0])
    return chosen.map(([key]) => [key, key === prefix ? 1 : PREFIX_WEIGHT])
  }
}
