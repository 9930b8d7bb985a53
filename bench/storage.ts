// npm run bench (or: node --import tsx bench/storage.ts [--samples N])
//
// Latency of saving one annotation, durable, with 10,000 annotations
// (a) across 100 documents and (b) in one document, compared in the same
// run with plain lowdb JSONFile holding the whole library in one file (the
// obvious alternative; atomic rename but no fsync, so it does less work per
// save than we do). Ours is measured through the real API call,
// createAnnotation, which answers once the save is in the document's journal
// and the library index is on disk.

import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import type { Api } from '../shared/api/contract.ts'
import type { Annotation } from '../shared/model/annotation.ts'
import { canonicalText, type ArticleDocument } from '../shared/model/document.ts'
import { describe } from '../shared/anchoring/describe.ts'
import { openServices } from '../electron/services.ts'
import { loadSample } from '../electron/sample.ts'
import { DurableJSONFile } from '../electron/store/durable-file.ts'
import { DOCUMENT_FILE_VERSION, emptyLibrary, type DocumentFile, type LibraryFile } from '../electron/store/files.ts'
import { countAnnotations } from '../shared/library/counts.ts'
import { seededRandom } from '../test/helpers/seeded-random.ts'

const resourcesDir = join(import.meta.dirname ?? __dirname, '..', 'resources')
const TOTAL = 10_000
const WARMUP = 20

interface Scenario { name: string; documents: number }
const scenarios: Scenario[] = [
  { name: '10,000 annotations across 100 documents', documents: 100 },
  { name: '10,000 annotations in 1 document', documents: 1 },
]

function makeAnnotation(document: ArticleDocument, text: string, rand: () => number, n: number): Annotation {
  const start = Math.floor(rand() * (text.length - 80))
  const end = start + 5 + Math.floor(rand() * 60)
  const at = new Date(Date.UTC(2025, 10, 6) + n * 1000).toISOString()
  return {
    id: `bench-${n.toString(36).padStart(8, '0')}`,
    documentId: document.id,
    kind: rand() < 0.7 ? 'claim' : 'highlight',
    target: describe(text, start, end),
    sources: rand() < 0.6 ? ['xinhua'] : [],
    via: [],
    note: rand() < 0.3 ? 'A short note on where this claim comes from.' : '',
    created: at,
    modified: at,
  }
}

function buildLibrary(sample: ArticleDocument, documents: number): { library: LibraryFile; files: DocumentFile[] } {
  const rand = seededRandom(documents)
  const text = canonicalText(sample.blocks)
  const library = emptyLibrary()
  library.sampleAdded = true
  const files: DocumentFile[] = []
  for (let d = 0; d < documents; d++) {
    const document: ArticleDocument = { ...sample, id: `bench-doc-${d}`, meta: { ...sample.meta, title: `${sample.meta.title} (${d})` } }
    const annotations = Array.from({ length: TOTAL / documents }, (_, i) => makeAnnotation(document, text, rand, d * TOTAL + i))
    files.push({ version: DOCUMENT_FILE_VERSION, document, annotations, rejectedSuggestions: [] })
    library.documents.push({ id: document.id, meta: document.meta, added: new Date(Date.UTC(2025, 10, 6)).toISOString(), ...countAnnotations(annotations) })
  }
  return { library, files }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

interface Stats { p50: number; p95: number; mean: number; bytes: number }

async function measure(samples: number, save: (i: number) => Promise<void>, bytes: () => Promise<number>): Promise<Stats> {
  for (let i = 0; i < WARMUP; i++) await save(-1 - i)
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const t = performance.now()
    await save(i)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length, bytes: await bytes() }
}

// Ours: one file per document plus library.json, through the API.
async function ours(dir: string, library: LibraryFile, files: DocumentFile[], samples: number): Promise<Stats> {
  await mkdir(join(dir, 'documents'))
  for (const file of files) await new DurableJSONFile<DocumentFile>(join(dir, 'documents', `${file.document.id}.json`)).write(file)
  // As Sourcemark v3 wrote it: the store migrates it to library/ when it opens.
  await new DurableJSONFile<unknown>(join(dir, 'library.json')).write({ ...library, version: 3 })
  const api: Api = await openServices({ dataDir: dir, resourcesDir })
  const texts = new Map(files.map((f) => [f.document.id, canonicalText(f.document.blocks)]))
  const rand = seededRandom(7)
  for (const file of files) await api.listAnnotations({ documentId: file.document.id }) // opened, as in use
  const save = async () => {
    const file = files[Math.floor(rand() * files.length)]!
    const text = texts.get(file.document.id)!
    const a = makeAnnotation(file.document, text, rand, 0)
    await api.createAnnotation({ documentId: file.document.id, kind: a.kind, target: a.target, sources: a.sources, note: a.note })
  }
  // Bytes: what one more save put on disk (a journal line, an index shard).
  return measure(samples, save, async () => {
    const before = await filesUnder(dir)
    await save()
    return writtenBytes(before, await filesUnder(dir))
  })
}

// Path -> [inode, size] of every file under dir.
async function filesUnder(dir: string): Promise<Map<string, [bigint, number]>> {
  const files = new Map<string, [bigint, number]>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const s = await stat(path, { bigint: true })
    files.set(path, [s.ino, Number(s.size)])
  }
  return files
}

// Files with a new inode count whole; a file appended to, by what it grew.
function writtenBytes(before: Map<string, [bigint, number]>, after: Map<string, [bigint, number]>): number {
  const old = new Set([...before.values()].map(([ino]) => ino))
  let bytes = 0
  for (const [path, [ino, size]] of after) {
    const was = before.get(path)
    if (!old.has(ino)) bytes += size
    else if (was && was[0] === ino && size > was[1]) bytes += size - was[1]
  }
  return bytes
}

// Baseline: lowdb's JSONFile with everything in one file.
type WholeLibrary = LibraryFile & { files: DocumentFile[] }
async function baseline(dir: string, library: LibraryFile, files: DocumentFile[], samples: number): Promise<Stats> {
  const path = join(dir, 'db.json')
  const db = new Low<WholeLibrary>(new JSONFile<WholeLibrary>(path), { ...structuredClone(library), files: structuredClone(files) })
  await db.write()
  const texts = new Map(files.map((f) => [f.document.id, canonicalText(f.document.blocks)]))
  const rand = seededRandom(7)
  return measure(samples, async () => {
    const at = Math.floor(rand() * files.length)
    const file = db.data.files[at]!
    file.annotations.push(makeAnnotation(file.document, texts.get(file.document.id)!, rand, 0))
    db.data.documents[at]!.annotationCount = file.annotations.length
    await db.write()
  }, async () => (await stat(path)).size)
}

const ms = (n: number) => `${n.toFixed(2)} ms`
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { samples: { type: 'string', default: '300' } } })
  const samples = Number(values.samples)
  const sample = await loadSample(resourcesDir)
  console.log(`Storage benchmark: latency of saving one annotation (${samples} saves after ${WARMUP} warm-up; node ${process.version}, ${process.platform}; data in ${tmpdir()})`)
  const rows: { scenario: string; ours: Stats; base: Stats }[] = []
  for (const scenario of scenarios) {
    const { library, files } = buildLibrary(sample, scenario.documents)
    const dirOurs = await mkdtemp(join(tmpdir(), 'sourcemark-bench-ours-'))
    const dirBase = await mkdtemp(join(tmpdir(), 'sourcemark-bench-lowdb-'))
    try {
      const o = await ours(dirOurs, library, files, samples)
      const b = await baseline(dirBase, library, files, samples)
      rows.push({ scenario: scenario.name, ours: o, base: b })
    } finally {
      await rm(dirOurs, { recursive: true, force: true })
      await rm(dirBase, { recursive: true, force: true })
    }
  }
  console.log('')
  console.log('| scenario | store | p50 | p95 | mean | written per save |')
  console.log('|---|---|---|---|---|---|')
  for (const { scenario, ours: o, base: b } of rows) {
    console.log(`| ${scenario} | Sourcemark (durable, createAnnotation) | ${ms(o.p50)} | ${ms(o.p95)} | ${ms(o.mean)} | ${kb(o.bytes)} |`)
    console.log(`| ${scenario} | lowdb JSONFile, one file (no fsync) | ${ms(b.p50)} | ${ms(b.p95)} | ${ms(b.mean)} | ${kb(b.bytes)} |`)
  }
  console.log('')
  for (const { scenario, ours: o, base: b } of rows) {
    const ratio = o.p95 / b.p95
    console.log(`${scenario}: p95 ours/baseline = ${ratio.toFixed(2)} (target <= 0.50: ${ratio <= 0.5 ? 'met' : 'NOT met'})`)
  }
  const first = rows[0]!.ours.p95
  console.log(`p95 with 100 documents = ${ms(first)} (target < 5 ms: ${first < 5 ? 'met' : 'NOT met'})`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
