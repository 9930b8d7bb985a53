// Every save stays small as the library grows: at 10,000 documents, adding
// an annotation writes the document's file and one small index shard,
// never the index of the other documents; on a document of 1 MB with
// 10,000 annotations it appends a line to the document's journal. Measured on a real folder: the
// bytes of every file that is new on disk after the save (a file rewritten
// by a durable write is a new inode; its .bak is the old one, linked).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { openServices } from '../../electron/services.ts'
import { documentSerializer, DOCUMENT_FILE_VERSION, type DocumentFile } from '../../electron/store/files.ts'
import { journalOf } from '../../electron/store/stamp.ts'
import { DurableJSONFile } from '../../electron/store/durable-file.ts'
import { readDocumentOnDisk } from '../helpers/document-files.ts'
import { BIG_DOCUMENT_ID, generateBigDocument, writeBigDocument } from '../helpers/big-document.ts'
import { mapLimited } from '../../electron/store/stamp.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('save-size')
const COUNT = 10_000

function article(i: number): ArticleDocument {
  return {
    id: `article-${i}`,
    meta: {
      title: `Ministry reports grain exports rose in October, number ${i}`,
      publisher: ['Tass', 'Xinhua', 'Global Times', 'RIA Novosti'][i % 4]!,
      author: `Correspondent ${i % 97}`,
      published: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      url: `https://news.example/${2025}/${i}/ministry-reports-grain-exports-rose`,
    },
    blocks: [
      { type: 'title', text: `Ministry reports grain exports rose in October, number ${i}` },
      { type: 'paragraph', text: `Tass reported that wheat exports rose by ${i % 10} percent. Xinhua said talks went on.` },
    ],
  }
}

// Path -> [inode, size] of every file under dir.
async function files(dir: string, into = new Map<string, [bigint, number]>()): Promise<Map<string, [bigint, number]>> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await files(path, into)
    else {
      const s = await stat(path, { bigint: true })
      into.set(path, [s.ino, Number(s.size)])
    }
  }
  return into
}

// The files new on disk since `before` (by inode), with their sizes.
function written(before: Map<string, [bigint, number]>, after: Map<string, [bigint, number]>): Map<string, number> {
  const old = new Set([...before.values()].map(([ino]) => ino))
  return new Map([...after].filter(([, [ino]]) => !old.has(ino)).map(([path, [, size]]) => [path, size]))
}

test(`at ${COUNT.toLocaleString('en')} documents an annotation save writes its document and one small index shard`, async () => {
  const dir = await tempDir()
  await mkdir(join(dir, 'documents'))
  // The document files as the store writes them; the store opens the
  // folder and builds its index from them (the rebuild path).
  const serialize = documentSerializer()
  await mapLimited(Array.from({ length: COUNT }, (_, i) => i), 32, (i) => writeFile(join(dir, 'documents', `article-${i}.json`),
    serialize({ version: DOCUMENT_FILE_VERSION, document: article(i), annotations: [], rejectedSuggestions: [] })))
  const api = await openServices({ dataDir: dir, resourcesDir })
  assert.equal((await api.listDocuments({})).length, COUNT)
  const index = await readLibrary(dir)
  assert.equal(index.documents.length, COUNT)

  const documentId = 'article-4321'
  const text = canonicalText((await api.getDocument({ documentId })).blocks)
  const at = text.indexOf('Tass reported')
  const before = await files(dir)
  await api.createAnnotation({ documentId, kind: 'claim', target: describeRange(text, at, at + 13), sources: ['tass'] })
  const changed = written(before, await files(dir))
  // The document's file stays; its journal gets the save.
  const documentFile = journalOf(join(dir, 'documents', `${documentId}.json`))
  const others = [...changed].filter(([path]) => path !== documentFile)
  const beyond = others.reduce((sum, [, size]) => sum + size, 0)
  // The v3 format wrote the whole index: library.json of every entry.
  const whole = JSON.stringify({ version: 3, documents: index.documents, sampleAdded: true, trash: [] }, null, 1).length
  console.log(`# one annotation save at ${COUNT} documents: document journal ${changed.get(documentFile)} bytes, index ${beyond} bytes in ${others.length} file(s) (v3 library.json: ${whole} bytes)`)
  assert.ok(changed.has(documentFile), 'the document journal was not written')
  assert.deepEqual(others.map(([path]) => path.slice(dir.length + 1).replace(/[0-9a-f]{2}\.json$/, 'XX.json')), ['library/index-XX.json'])
  assert.ok(beyond < 24_000, `the index write was ${beyond} bytes`)
  assert.ok(beyond * 50 < whole, 'the index write is not small beside the whole index')
  assert.equal((await api.listDocuments({})).find((d) => d.id === documentId)!.annotationCount, 1)
})

// Bytes new on disk: files with a new inode whole, files appended to (the
// same inode, grown) by what they grew.
function grown(before: Map<string, [bigint, number]>, after: Map<string, [bigint, number]>): Map<string, number> {
  const old = new Set([...before.values()].map(([ino]) => ino))
  const out = new Map<string, number>()
  for (const [path, [ino, size]] of after) {
    const was = before.get(path)
    if (!old.has(ino)) out.set(path, size)
    else if (was && was[0] === ino && size > was[1]) out.set(path, size - was[1])
  }
  return out
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!

test('on a 1 MB document with 10,000 annotations an annotation save appends one line to its journal, not the document', async () => {
  const dir = await tempDir()
  const big = generateBigDocument()
  await writeBigDocument(dir, big)
  const api = await openServices({ dataDir: dir, resourcesDir })
  const documentId = BIG_DOCUMENT_ID
  const text = canonicalText((await api.getDocument({ documentId })).blocks)
  const file = join(dir, 'documents', `${documentId}.json`)
  const whole = (await stat(file)).size
  assert.ok(whole > 4_000_000, `the document file is ${whole} bytes`)

  // Before journals, a save wrote the whole file durably: the same
  // serializer and durable write, timed here on the same data.
  const serialize = documentSerializer()
  const data = (await readDocumentOnDisk(dir, documentId))
  const scratch = new DurableJSONFile<DocumentFile>(join(dir, 'whole-file-save.json'), serialize)
  const wholeTimes: number[] = []
  for (let i = 0; i < 8; i++) {
    const started = performance.now()
    await scratch.write({ ...data, annotations: [...data.annotations] })
    wholeTimes.push(performance.now() - started)
  }

  const SAVES = 60
  const times: number[] = []
  const bytes: number[] = []
  const created: string[] = []
  for (let i = 0; i < SAVES; i++) {
    const at = (i * 15_485) % (text.length - 40)
    const before = await files(dir)
    const started = performance.now()
    const annotation = await api.createAnnotation({ documentId, kind: 'claim', target: describeRange(text, at, at + 20), sources: ['tass'] })
    times.push(performance.now() - started)
    created.push(annotation.id)
    const changed = grown(before, await files(dir))
    bytes.push([...changed.values()].reduce((a, b) => a + b, 0))
    if (i === 0) console.log(`# first save wrote: ${[...changed].map(([path, size]) => `${path.slice(dir.length + 1)} ${size}`).join(', ')}`)
  }
  const median = percentile(bytes, 0.5)
  console.log(`# one annotation save on a ${(whole / 1e6).toFixed(1)} MB document file (10,000 annotations): ${median} bytes written (median; p95 ${percentile(bytes, 0.95)}), ` +
    `${percentile(times, 0.5).toFixed(1)} ms median, ${percentile(times, 0.95).toFixed(1)} ms p95 through the API; ` +
    `the whole file written as before journals: ${whole} bytes, ${percentile(wholeTimes, 0.5).toFixed(1)} ms median`)
  // The journal line and one index shard: proportional to the change.
  assert.ok(median < 40_000, `a save wrote ${median} bytes`)
  assert.ok(median * 100 < whole, 'a save is not small beside the document')
  assert.ok(!bytes.some((b) => b >= whole / 2), 'a save rewrote the document within the journal bound')

  // All there after a restart, and the library counts them.
  const again = await openServices({ dataDir: dir, resourcesDir })
  const listed = new Set((await again.listAnnotations({ documentId })).map((a) => a.id))
  assert.equal(listed.size, big.annotations.length + SAVES)
  for (const id of created) assert.ok(listed.has(id))
  assert.equal((await again.listDocuments({})).find((d) => d.id === documentId)!.annotationCount, big.annotations.length + SAVES)
})
