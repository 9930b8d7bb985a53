// The library's full-text index: an inverted index with BM25 ranking, made
// for this workload (10,000 documents of ~10 KB, searched as the user
// types). docs/benchmarks.md compares it with MiniSearch, FlexSearch, Orama
// and SQLite FTS5 on the same library: at 10,000 documents MiniSearch took
// over 300 MB and seconds for short prefixes, FlexSearch has no relevance
// ranking and slow updates, Orama took minutes to build, and FTS5 is a
// native module that cannot be built for Electron here.
//
// Each document is two records (index-record.ts): its title and text, and
// its annotations' notes and source names, each field in one of them only.
// A change to the annotations alone indexes again the second (setNotes),
// not the text: a 1 MB document took some hundreds of milliseconds to split
// into words again after every annotation added. A search adds up a
// document's two records, so it ranks as one record would. The index only
// ranks documents; the hits in them are found afterwards (find-hits.ts).
//
// Postings are packed, one 32-bit number each (postings.ts), in typed
// arrays per word and field. A record changed gets a new number and the
// old one is marked gone; the gone are dropped when they pile up
// (compact()) and when saved (index-snapshot.ts).
// Each document keeps a version (what the caller says it was when indexed),
// so the caller can tell which documents changed since.

import type { IndexRecord } from './index-record.ts'
import { readSnapshot, snapshotOf, type IndexParts, type IndexSnapshot, type Known } from './index-snapshot.ts'
import { Postings, TF_BITS, TF_MAX } from './postings.ts'
import { prefixWords } from './prefix-words.ts'
import { bestOf } from './search-best.ts'
import { textFingerprint } from './text-fingerprint.ts'
import { bagOf, emptyBag, type WordBag } from './word-bag.ts'
import { wordKeys } from './words.ts'

export interface RankedDocument { id: string; score: number }

const FIELDS = ['title', 'text', 'notes', 'sources'] as const
const F = FIELDS.length
const BOOST = [3, 1, 2, 2]
const K1 = 1.2
const B = 0.7
const MAX_QUERY_WORDS = 30

export class LibraryIndex {
  // Per field: word -> postings.
  #words: Map<string, Postings>[] = FIELDS.map(() => new Map())
  // Every word, sorted (for prefixes), and those added since it was sorted.
  #sorted: string[] = []
  #unsorted = new Set<string>()
  // By record number: document id, field lengths, live or gone, and for a
  // notes record the number of its document's text record (-1 for a text record).
  #ids: string[] = []
  #lengths: number[] = []
  #live: boolean[] = []
  #owner: number[] = []
  #totals = new Array<number>(F).fill(0)
  #byId = new Map<string, Known>()
  #gone = 0
  // Words split from the records' texts since made (what tests count,
  // rather than time; setNotes is given its notes' words counted).
  #wordsIndexed = 0

  // Empty, or made again from what was saved (index-snapshot.ts).
  private constructor(parts?: IndexParts) {
    if (!parts) return
    this.#byId = parts.byId
    this.#ids = parts.ids
    this.#owner = parts.owner
    this.#lengths = parts.lengths
    this.#live = new Array<boolean>(parts.ids.length).fill(true)
    this.#totals = parts.totals
    this.#words = parts.words
    this.#sorted = parts.sorted
  }

  static empty(): LibraryIndex {
    return new LibraryIndex()
  }

  get size(): number {
    return this.#byId.size
  }

  get wordsIndexed(): number {
    return this.#wordsIndexed
  }

  version(id: string): string | undefined {
    return this.#byId.get(id)?.version
  }

  // The title's and text's fingerprint as indexed (text-fingerprint.ts).
  fingerprint(id: string): string | undefined {
    return this.#byId.get(id)?.fingerprint
  }

  ids(): IterableIterator<string> {
    return this.#byId.keys()
  }

  // Adds the document, or replaces what was indexed of it.
  set(record: IndexRecord, version: string): void {
    this.remove(record.id)
    this.#room(2)
    const bags = [bagOf(record.title), bagOf(record.text), bagOf(record.notes), bagOf(record.sources)]
    for (const bag of bags) this.#wordsIndexed += bag.length
    const number = this.#add(record.id, [bags[0]!, bags[1]!, null, null], -1)
    const notes = this.#add(record.id, [null, null, bags[2]!, bags[3]!], number)
    this.#byId.set(record.id, { number, notes, version, fingerprint: textFingerprint(record.title, record.text) })
  }

  // Replaces what was indexed of a document's notes and source names, its
  // title and text as they were (the caller has checked their fingerprint).
  setNotes(id: string, notes: WordBag, sources: string, version: string): void {
    const known = this.#byId.get(id)
    if (!known) throw new Error(`not indexed: ${id}`)
    this.#drop(known.notes)
    this.#room(1)
    // (Compacting may have renumbered it.)
    const named = bagOf(sources)
    this.#wordsIndexed += named.length
    known.notes = this.#add(id, [null, null, notes, named], known.number)
    known.version = version
  }

  remove(id: string): void {
    const known = this.#byId.get(id)
    if (!known) return
    this.#byId.delete(id)
    this.#drop(known.number)
    this.#drop(known.notes)
  }

  #drop(number: number): void {
    this.#live[number] = false
    for (let f = 0; f < F; f++) this.#totals[f]! -= this.#lengths[number * F + f]!
    this.#gone++
  }

  // Room for this many more records.
  #room(records: number): void {
    if (this.#ids.length + records > 2 ** (32 - TF_BITS)) this.compact(true)
    if (this.#ids.length + records > 2 ** (32 - TF_BITS)) throw new Error('the search index is full')
  }

  // A new record with these fields' words (null: none), its number.
  #add(id: string, bags: (WordBag | null)[], owner: number): number {
    const number = this.#ids.length
    this.#ids.push(id)
    this.#live.push(true)
    this.#owner.push(owner)
    bags.forEach((bag, f) => {
      const { counts, length } = bag ?? emptyBag()
      this.#lengths.push(length)
      this.#totals[f]! += length
      for (const [key, count] of counts) this.#postings(f, key).push(number * (TF_MAX + 1) + Math.min(count, TF_MAX))
    })
    return number
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
    // A document's notes record adds to its text record, which stands for it.
    for (let r = 0; r < count; r++) {
      const owner = this.#owner[r]!
      if (owner < 0 || !this.#live[r] || found[r] === 0) continue
      scores[owner]! += scores[r]!
      found[owner]! |= found[r]!
    }
    const all = (1 << words.length) - 1
    return bestOf(count, (doc) => this.#owner[doc] === -1 && found[doc] === all, scores, limit).map((doc) => ({ id: this.#ids[doc]!, score: scores[doc]! }))
  }

  // Drops what gone records left, once they are a quarter of the index.
  compact(force = false): void {
    if (!force && (this.#gone < 1000 || this.#gone * 4 < this.#ids.length)) return
    const renumber = new Int32Array(this.#ids.length).fill(-1)
    const ids: string[] = []
    const lengths: number[] = []
    const owner: number[] = []
    for (let r = 0; r < this.#ids.length; r++) {
      if (!this.#live[r]) continue
      renumber[r] = ids.length
      ids.push(this.#ids[r]!)
      // (A notes record comes after its text record.)
      owner.push(this.#owner[r]! < 0 ? -1 : renumber[this.#owner[r]!]!)
      for (let f = 0; f < F; f++) lengths.push(this.#lengths[r * F + f]!)
    }
    for (const known of this.#byId.values()) {
      known.number = renumber[known.number]!
      known.notes = renumber[known.notes]!
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
    this.#owner = owner
    this.#live = ids.map(() => true)
    this.#gone = 0
    this.#sorted = [...new Set(this.#words.flatMap((w) => [...w.keys()]))].sort()
    this.#unsorted.clear()
  }

  // The index as saved (index-snapshot.ts). The index must not change until
  // the caller has written the pieces.
  snapshot(): IndexSnapshot {
    if (this.#gone > 0) this.compact(true)
    return snapshotOf({ byId: this.#byId, lengths: this.#lengths, words: this.#words })
  }

  // From what snapshot() gave (the postings joined); throws when it is not that.
  static load(header: string, postings: Uint32Array): LibraryIndex {
    const steps = LibraryIndex.loading(header, postings)
    for (;;) {
      const step = steps.next()
      if (step.done) return step.value
    }
  }

  // load() a step at a time: it stops (yields) every few thousand words, so
  // that a server reading a 10,000-document index can answer calls in
  // between (a whole load was one task of 0.3-0.9 s that the library list,
  // asked meanwhile, waited behind).
  static *loading(header: string, postings: Uint32Array): Generator<void, LibraryIndex> {
    return new LibraryIndex(yield* readSnapshot(header, postings, F))
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
    const frequency = (key: string) => this.#words.reduce((sum, w) => sum + (w.get(key)?.n ?? 0), 0)
    return prefixWords(prefix, this.#sorted, this.#unsorted, frequency)
  }
}
