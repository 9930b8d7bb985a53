// The library's search measured through the real services and storage:
// a data folder of N generated documents (bench/search-corpus.ts, 100
// annotations each) is opened as the app opens it, and timed are building
// the index from the document files, the answers to prefixes typed one key
// at a time (api.search: ranking, reading the best documents, hits), an
// annotation saved while the index runs, the cache written and read back at
// the next start, and the process's memory. Baseline in the same run: the
// linear scan (searchLibraryLinear) over the same documents read from disk.
//
//   node --expose-gc --import tsx bench/search-app.ts [--docs 10000] [--keep DIR]

import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { openServices } from '../electron/services.ts'
import { readSearchable } from '../electron/search/document-contents.ts'
import { SEARCH_INDEX_FILE } from '../electron/search/indexer.ts'
import { stampOf } from '../electron/store/stamp.ts'
import { DOCUMENT_FILE_VERSION, emptyLibrary, type DocumentFile } from '../electron/store/files.ts'
import { describe as describeRange } from '../shared/anchoring/describe.ts'
import type { Api } from '../shared/api/contract.ts'
import { countAnnotations } from '../shared/library/counts.ts'
import { searchLibraryLinear, type Searchable } from '../shared/library/search.ts'
import { canonicalText } from '../shared/model/document.ts'
import { builtInSources } from '../shared/model/source.ts'
import { generateCorpus } from './search-corpus.ts'

const resourcesDir = join(__dirname, '..', 'resources')
const { values: args } = parseArgs({ options: { docs: { type: 'string', default: '10000' } } })
const DOCS = Number(args.docs)
const TYPED = ['x', 'xi', 'xin', 'xinh', 'xinhu', 'xinhua', 'g', 'gl', 'glo', 'glob', 'globa', 'global', 'global ', 'global t', 'global ti',
  'global tim', 'm', 'mi', 'mis', 'mish', 'mishu', 'coop', 'cooperation', '习', '习近', '习近平', 'миш', 'мишустин']
const SOURCE_IDS = new Map([['Xinhua', 'xinhua'], ['Tass', 'tass'], ['Global Times', 'global-times'], ['CNBC', 'cnbc']])

const gc = (globalThis as { gc?: () => void }).gc
function memory(): { heap: number; rss: number } {
  gc?.()
  const m = process.memoryUsage()
  return { heap: Math.round((m.heapUsed + m.arrayBuffers) / 2 ** 20), rss: Math.round(m.rss / 2 ** 20) }
}
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!
const ms = (x: number) => `${x.toFixed(1)} ms`

async function writeLibrary(dir: string): Promise<void> {
  await mkdir(join(dir, 'documents'), { recursive: true })
  const library = emptyLibrary()
  library.sampleAdded = true
  const added = new Date(Date.UTC(2026, 0, 1)).toISOString()
  for (const doc of generateCorpus(DOCS)) {
    const blocks = doc.text.split('\n\n').map((text) => ({ type: 'paragraph' as const, text }))
    const text = canonicalText(blocks)
    const annotations = doc.annotations.map((a, i) => ({
      id: `${doc.id}-a${i}`, documentId: doc.id, kind: i % 3 ? 'claim' as const : 'highlight' as const,
      target: describeRange(text, a.start, a.end),
      sources: a.sources.map((name) => SOURCE_IDS.get(name) ?? name.toLowerCase().replace(/[^a-z0-9]+/g, '-')),
      via: [], note: a.note, created: added, modified: added,
    }))
    const file: DocumentFile = { version: DOCUMENT_FILE_VERSION, document: { id: doc.id, meta: { title: doc.title }, blocks }, annotations, rejectedSuggestions: [] }
    const path = join(dir, 'documents', `${doc.id}.json`)
    await writeFile(path, JSON.stringify(file))
    library.documents.push({ id: doc.id, meta: file.document.meta, added, ...countAnnotations(annotations), stamp: (await stampOf(path))! })
  }
  await writeFile(join(dir, 'library.json'), JSON.stringify(library))
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ version: 1, sources: builtInSources, removed: [] }))
}

async function untilIndexed(api: Api): Promise<number> {
  const t = performance.now()
  while ((await api.search({ query: 'xinhua' })).indexing) await new Promise((resolve) => setTimeout(resolve, 200))
  return performance.now() - t
}

// Wall time, and CPU time (what the answer costs this process, whatever
// else the machine is doing).
async function typing(api: Api): Promise<{ p50: number; p95: number; max: number; cpu95: number }> {
  const times: number[] = []
  const cpu: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const query of TYPED) {
      if (!query.trim()) continue
      const t = performance.now()
      const c = process.cpuUsage()
      await api.search({ query })
      const used = process.cpuUsage(c)
      times.push(performance.now() - t)
      cpu.push((used.user + used.system) / 1000)
    }
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: Math.max(...times), cpu95: percentile(cpu, 0.95) }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-search-app-'))
  try {
    let t = performance.now()
    await writeLibrary(dir)
    console.log(`${DOCS} documents, ${DOCS * 100} annotations generated in ${(performance.now() - t) / 1000 | 0} s; Node ${process.version}`)
    const before = memory()

    t = performance.now()
    const api = await openServices({ dataDir: dir, resourcesDir })
    const opened = performance.now() - t
    const first = performance.now()
    const firstAnswer = await api.search({ query: 'xinhua' })
    const firstMs = performance.now() - first
    const build = await untilIndexed(api)
    const built = memory()
    const typed = await typing(api)
    const afterTyping = memory()

    // An annotation saved while the index runs, then searched for.
    const saves: number[] = []
    const caught: number[] = []
    for (let i = 0; i < 20; i++) {
      const id = `doc-${((i * 397) % DOCS).toString(36)}`
      const text = canonicalText((await api.getDocument({ documentId: id })).blocks)
      t = performance.now()
      await api.createAnnotation({ documentId: id, kind: 'claim', target: describeRange(text, 10, 40), note: `quillwort ${i}` })
      saves.push(performance.now() - t)
      t = performance.now()
      const { hits } = await api.search({ query: `quillwort ${i}` })
      caught.push(performance.now() - t)
      if (!hits.some((h) => h.documentId === id)) throw new Error('a new note was not found')
    }

    // The cache, written once the library is quiet; read at the next start.
    // (Below 200 documents none is written.)
    const file = join(dir, SEARCH_INDEX_FILE)
    while (DOCS >= 200 && !(await stat(file).catch(() => null))) await new Promise((resolve) => setTimeout(resolve, 200))
    const cacheBytes = (await stat(file).catch(() => null))?.size ?? 0
    t = performance.now()
    const reopened = await openServices({ dataDir: dir, resourcesDir })
    const restart = await untilIndexed(reopened) + (performance.now() - t - 0)
    const typedAgain = await typing(reopened)

    // Baseline: every document read and scanned for each query.
    const entries: Searchable[] = []
    t = performance.now()
    for (let d = 0; d < DOCS; d++) {
      const id = `doc-${d.toString(36)}`
      const entry = await readSearchable(join(dir, 'documents', `${id}.json`), id)
      if (entry) entries.push(entry)
    }
    const readAll = performance.now() - t
    const linear: number[] = []
    for (const query of ['xin', 'global ti', '习近平']) {
      t = performance.now()
      searchLibraryLinear(entries, builtInSources, query)
      linear.push(performance.now() - t + readAll)
    }

    console.log(`| documents | open | first answer | index built | typed p50 | typed p95 (CPU p95) | typed max | save p50 / p95 | search after save p95 | cache | restart to indexed | typed p95 after restart | heap+buffers before / built / typing | RSS | linear scan (read + scan) median |`)
    console.log(`|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|`)
    console.log(`| ${DOCS} | ${ms(opened)} | ${ms(firstMs)}${firstAnswer.indexing ? ' (indexing)' : ''} | ${(build / 1000).toFixed(1)} s | ${ms(typed.p50)} | ${ms(typed.p95)} (${ms(typed.cpu95)}) | ${ms(typed.max)} | ${ms(percentile(saves, 0.5))} / ${ms(percentile(saves, 0.95))} | ${ms(percentile(caught, 0.95))} | ${(cacheBytes / 2 ** 20).toFixed(1)} MB | ${(restart / 1000).toFixed(1)} s | ${ms(typedAgain.p95)} | ${before.heap} / ${built.heap} / ${afterTyping.heap} MB | ${afterTyping.rss} MB | ${(percentile(linear, 0.5) / 1000).toFixed(1)} s |`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main()
