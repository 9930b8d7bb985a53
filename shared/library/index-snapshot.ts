// The library's search index as saved (search-index.ts: snapshot(), load()):
// a header, JSON of the documents ([id, version, fingerprint, text record,
// notes record]), the records' field lengths end to end, and per field each
// word with its number of postings; and the postings themselves, every
// word's after the other, as they are in memory. Loading them takes no
// parsing, only a check (a JSON array of 2.8 million numbers took 0.7 s to
// parse at 10,000 documents, in one task the server could do nothing else
// in), and loaded postings are views of the file's bytes until a word grows.

import { Postings, TF_BITS } from './postings.ts'

// Bump when the words, the fields or the file change: an index saved by
// another version is rebuilt, not read (3: with search rows, indexer.ts;
// 4: two records a document, with its text's fingerprint).
const SEARCH_INDEX_FORMAT = 4
// Reading stops (yields) after this many documents, or postings, checked:
// each a few milliseconds of work.
const LOAD_STEP = { docs: 1000, postings: 100_000 }

export interface IndexSnapshot { header: string; postings: Uint32Array[] }

// A document's two records (its title and text; its notes and source names)
// and what it was indexed at.
export interface Known { number: number; notes: number; version: string; fingerprint: string }

// What the index is made of again: by record number the document id, the
// text record that owns a notes record (-1 for a text record) and the field
// lengths; the lengths' totals per field; per field, word -> postings; every
// word, sorted.
export interface IndexParts {
  byId: Map<string, Known>
  ids: string[]
  owner: number[]
  lengths: number[]
  totals: number[]
  words: Map<string, Postings>[]
  sorted: string[]
}

// The index without gone records, as saved.
export function snapshotOf({ byId, lengths, words }: Pick<IndexParts, 'byId' | 'lengths' | 'words'>): IndexSnapshot {
  const docs = [...byId].map(([id, k]) => [id, k.version, k.fingerprint, k.number, k.notes])
  const fields = words.map((field) => [...field].map(([key, p]) => [key, p.n]))
  const postings = words.flatMap((field) => [...field.values()].map((p) => p.data.subarray(0, p.n)))
  return { header: JSON.stringify({ format: SEARCH_INDEX_FORMAT, docs, lengths, fields }), postings }
}

// What snapshotOf() gave (the postings joined), with `F` fields a record, a
// step at a time; throws when it is not that.
export function* readSnapshot(header: string, postings: Uint32Array, F: number): Generator<void, IndexParts> {
  // (Checked as it is read: a damaged cache must fail here, not in a search.)
  const { format, docs, lengths, fields } = JSON.parse(header) as { format?: unknown; docs?: unknown; lengths?: unknown; fields?: unknown }
  yield
  if (format !== SEARCH_INDEX_FORMAT || !Array.isArray(docs) || !Array.isArray(lengths) || !Array.isArray(fields) || fields.length !== F) {
    throw new Error('not a search index of this version')
  }
  const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0
  if (lengths.length % F !== 0 || !lengths.every(isCount)) throw new Error('bad lengths')
  const records = lengths.length / F
  if (records !== 2 * docs.length) throw new Error('records without a document')
  const byId = new Map<string, Known>()
  const ids = new Array<string>(records)
  const owner = new Array<number>(records)
  for (const [d, doc] of (docs as unknown[]).entries()) {
    if (d % LOAD_STEP.docs === LOAD_STEP.docs - 1) yield
    if (!Array.isArray(doc) || doc.length !== 5 || typeof doc[0] !== 'string' || typeof doc[1] !== 'string' || typeof doc[2] !== 'string' ||
      !isCount(doc[3]) || !isCount(doc[4]) || doc[3] >= records || doc[4] >= records) {
      throw new Error('bad document entry')
    }
    const [id, version, fingerprint, number, notes] = doc as [string, string, string, number, number]
    if (byId.has(id)) throw new Error('a document twice')
    if (ids[number] !== undefined || ids[notes] !== undefined || number >= notes) throw new Error('a record twice')
    byId.set(id, { number, notes, version, fingerprint })
    ids[number] = ids[notes] = id
    owner[number] = -1
    owner[notes] = number
  }
  const totals = new Array<number>(F).fill(0)
  for (let r = 0; r < records; r++) for (let f = 0; f < F; f++) totals[f]! += lengths[r * F + f] as number
  yield
  const words = Array.from({ length: F }, () => new Map<string, Postings>())
  const every = new Set<string>()
  const count = ids.length
  let at = 0
  let step = 0
  for (const [f, list] of (fields as unknown[]).entries()) {
    if (!Array.isArray(list)) throw new Error('bad field')
    for (const entry of list) {
      if (at >= step + LOAD_STEP.postings) {
        step = at
        yield
      }
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
      words[f]!.set(entry[0], new Postings(data, n))
      every.add(entry[0])
    }
  }
  if (at !== postings.length) throw new Error('postings left over')
  yield
  return { byId, ids, owner, lengths, totals, words, sorted: [...every].sort() }
}
