// Which full-text library for the library's search? Each one indexes the
// same generated library (bench/search-corpus.ts: fixed seed, news-like
// articles of ~10 KB, 100 annotations each) with the same words
// (shared/library/words.ts), one indexed record per document: title, text,
// notes and source names (quotes are words of the text, found through it).
// Measured per library, each in its own process: build time, heap after GC,
// serialized size, query time for prefixes typed one key at a time, and an
// incremental update (one document taken out and put back changed).
//
//   node --expose-gc --import tsx bench/search-libraries.ts [--docs 10000] [--engine NAME]
//
// Without --engine it runs every engine (and the linear scan as baseline)
// in a child process and prints a Markdown table.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { generateCorpus, type CorpusDocument } from './search-corpus.ts'
import { wordKeys } from '../shared/library/words.ts'

interface SqliteStatement { run(...values: unknown[]): unknown; all(...values: unknown[]): unknown[] }
interface SqliteDb { pragma(s: string): unknown; exec(s: string): unknown; prepare(s: string): SqliteStatement; transaction<A>(f: (a: A) => void): (a: A) => void }
interface Row { id: string; title: string; text: string; notes: string; sources: string }
interface Engine {
  build(rows: Iterable<Row>): Promise<void> | void
  search(query: string): Promise<number> | number
  serialize(): Promise<string> | string
  replace(row: Row): Promise<void> | void
}

const QUERIES = ['x', 'xi', 'xin', 'xinh', 'xinhu', 'xinhua', 'g', 'gl', 'glo', 'glob', 'globa', 'global', 'global t', 'global ti',
  'coop', 'cooperation', 'lavrov readout', '习近', '习近平', 'миш', 'мишустин']

const { values: args } = parseArgs({ options: { docs: { type: 'string', default: '10000' }, engine: { type: 'string' } } })
const DOCS = Number(args.docs)

function row(doc: CorpusDocument): Row {
  const notes = doc.annotations.map((a) => a.note).filter(Boolean).join('\n')
  const sources = [...new Set(doc.annotations.flatMap((a) => a.sources))].join('\n')
  return { id: doc.id, title: doc.title, text: doc.text, notes, sources }
}
const tokenize = (text: string) => wordKeys(text)
const FIELDS = ['title', 'text', 'notes', 'sources'] as const

async function engine(name: string, dir: string): Promise<Engine> {
  if (name === 'sourcemark') {
    const { LibraryIndex } = await import('../shared/library/search-index.ts')
    const index = LibraryIndex.empty()
    return {
      build: (all) => { for (const r of all) index.set(r, 'v') },
      search: (q) => index.search(q).slice(0, 50).length,
      serialize: () => JSON.stringify(index),
      replace: (r) => index.set(r, 'v2'),
    }
  }
  if (name === 'minisearch') {
    const { default: MiniSearch } = await import('minisearch')
    const index = new MiniSearch<Row>({ fields: [...FIELDS], storeFields: [], tokenize, processTerm: (t) => t })
    const rows = new Map<string, Row>()
    return {
      build: (all) => { for (const r of all) { index.add(r); rows.set(r.id, r) } },
      search: (q) => index.search(q, { prefix: (_t, i, terms) => i === terms.length - 1, combineWith: 'AND', boost: { title: 3, notes: 2, sources: 2 } }).slice(0, 50).length,
      serialize: () => JSON.stringify(index),
      replace: (r) => { index.discard(r.id); index.add(r) },
    }
  }
  if (name === 'flexsearch') {
    const { Document } = await import('flexsearch')
    const index = new Document({ document: { id: 'id', index: [...FIELDS] }, tokenize: 'forward', encode: tokenize } as never)
    return {
      build: (all) => { for (const r of all) index.add(r as never) },
      search: (q) => {
        const ids = new Set<unknown>()
        for (const field of index.search(q, { limit: 50 }) as { result: unknown[] }[]) for (const id of field.result) ids.add(id)
        return ids.size
      },
      serialize: async () => {
        const parts: string[] = []
        await (index as unknown as { export(cb: (key: string, data: string) => void): Promise<void> | void }).export((key, data) => { parts.push(key, data ?? '') })
        return parts.join('\n')
      },
      replace: (r) => { index.remove(r.id); index.add(r as never) },
    }
  }
  if (name === 'orama') {
    const { create, insertMultiple, search, remove, insert, save } = await import('@orama/orama')
    const db = create({
      schema: { id: 'string', title: 'string', text: 'string', notes: 'string', sources: 'string' } as const,
      components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize } as never },
    })
    return {
      build: async (all) => {
        const batch: Row[] = []
        for (const r of all) {
          batch.push(r)
          if (batch.length === 500) await insertMultiple(db, batch.splice(0))
        }
        await insertMultiple(db, batch)
      },
      search: async (q) => (await search(db, { term: q, properties: [...FIELDS], limit: 50, threshold: 0, boost: { title: 3, notes: 2, sources: 2 } })).hits.length,
      serialize: () => JSON.stringify(save(db)),
      replace: async (r) => { await remove(db, r.id); await insert(db, r) },
    }
  }
  if (name === 'sqlite-fts5') {
    // Not a dependency (a native module: see docs/benchmarks.md); for this
    // bench: npm install --no-save better-sqlite3@12.11.1
    const native = 'better-sqlite3'
    const { default: Database } = await import(native) as { default: new (file: string) => SqliteDb }
    const db = new Database(join(dir, 'search.db'))
    db.pragma('journal_mode = WAL')
    // The words go in as our keys, space-separated (unicode61 would make one
    // word of a run of Chinese characters).
    db.exec("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, text, notes, sources, tokenize='unicode61')")
    const add = db.prepare('INSERT INTO docs (id, title, text, notes, sources) VALUES (?, ?, ?, ?, ?)')
    const del = db.prepare('DELETE FROM docs WHERE id = ?')
    const find = db.prepare('SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 0, 3, 1, 2, 2) LIMIT 50')
    const keys = (r: Row) => [r.id, ...FIELDS.map((f) => tokenize(r[f]).join(' '))]
    return {
      build: (all) => {
        const many = db.transaction((rows: Row[]) => { for (const r of rows) add.run(...keys(r)) })
        let batch: Row[] = []
        for (const r of all) { batch.push(r); if (batch.length === 500) { many(batch); batch = [] } }
        many(batch)
      },
      search: (q) => {
        const terms = tokenize(q)
        if (!terms.length) return 0
        return find.all(terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ')).length
      },
      serialize: () => '',
      replace: (r) => { del.run(r.id); add.run(...keys(r)) },
    }
  }
  if (name === 'linear-scan') {
    const { searchLibraryLinear } = await import('../shared/library/search.ts')
    let entries: unknown[] = []
    return {
      build: () => {
        entries = corpus.map((d) => ({
          document: { id: d.id, meta: { title: d.title }, blocks: [] }, text: d.text,
          annotations: d.annotations.map((a, i) => ({ id: `${d.id}-${i}`, target: { position: { start: a.start, end: a.end }, quote: { exact: a.quote } }, note: a.note, sources: a.sources, via: [] })),
        }))
      },
      search: (q) => searchLibraryLinear(entries as never, [], q, 200).hits.length,
      serialize: () => '',
      replace: () => {},
    }
  }
  throw new Error(`unknown engine ${name}`)
}

const gc = (globalThis as { gc?: () => void }).gc
function heapMB(): number {
  gc?.()
  gc?.()
  // Typed arrays live outside the heap: counted too.
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return (heapUsed + arrayBuffers) / 2 ** 20
}
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!

let corpus: CorpusDocument[] = []

async function measure(name: string): Promise<Record<string, number | string>> {
  if (!gc) throw new Error('run node with --expose-gc')
  corpus = generateCorpus(DOCS)
  const dir = mkdtempSync(join(tmpdir(), 'search-bench-'))
  try {
    const before = heapMB()
    const rssBefore = process.memoryUsage().rss / 2 ** 20
    const e = await engine(name, dir)
    let t = performance.now()
    await e.build((function* () { for (const d of corpus) yield row(d) })())
    const buildMs = performance.now() - t
    const heap = heapMB() - before
    const rss = process.memoryUsage().rss / 2 ** 20 - rssBefore
    t = performance.now()
    const serialized = await e.serialize()
    const serializeMs = performance.now() - t
    const times: number[] = []
    const rounds = name === 'linear-scan' ? 1 : 5
    const queries = name === 'linear-scan' ? ['xin', 'xinhua', 'global ti', '习近平'] : QUERIES
    const found: Record<string, number> = {}
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        t = performance.now()
        found[q] = await e.search(q)
        times.push(performance.now() - t)
      }
    }
    const updates: number[] = []
    for (let i = 0; i < 20; i++) {
      const doc = corpus[(i * 397) % corpus.length]!
      const r = row(doc)
      t = performance.now()
      await e.replace({ ...r, notes: `${r.notes}\nedited ${i}` })
      updates.push(performance.now() - t)
    }
    return {
      engine: name, buildS: +(buildMs / 1000).toFixed(1), heapMB: Math.round(heap), rssMB: Math.round(rss),
      serializedMB: +(serialized.length / 2 ** 20).toFixed(1), serializeS: +(serializeMs / 1000).toFixed(2),
      p50: +percentile(times, 0.5).toFixed(2), p95: +percentile(times, 0.95).toFixed(2),
      updateP50: +percentile(updates, 0.5).toFixed(2), found: JSON.stringify({ xinhua: found['xinhua'], 'global ti': found['global ti'], 习近平: found['习近平'], мишустин: found['мишустин'] }),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  if (args.engine) {
    console.log(JSON.stringify(await measure(args.engine)))
    return
  }
  const engines = ['sourcemark', 'minisearch', 'flexsearch', 'orama', 'sqlite-fts5', 'linear-scan']
  console.log(`${DOCS} documents, Node ${process.version}\n`)
  console.log('| engine | build s | heap + buffers MB | RSS MB | serialized MB | serialize s | query p50 ms | query p95 ms | update p50 ms | found (50 max) |')
  console.log('|---|---|---|---|---|---|---|---|---|---|')
  for (const name of engines) {
    try {
      const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=6000', '--import', 'tsx', __filename, '--docs', String(DOCS), '--engine', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 1_200_000 })
      const r = JSON.parse(out.trim().split('\n').pop()!)
      console.log(`| ${r.engine} | ${r.buildS} | ${r.heapMB} | ${r.rssMB} | ${r.serializedMB} | ${r.serializeS} | ${r.p50} | ${r.p95} | ${r.updateP50} | ${r.found} |`)
    } catch (error) {
      const why = String((error as { stderr?: string }).stderr ?? error).split('\n').find((l) => /Error/.test(l)) ?? 'failed'
      console.log(`| ${name} | ${why.slice(0, 120)} |`)
    }
  }
}

void main()
