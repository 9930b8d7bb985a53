// Search rows (electron/search/search-rows.ts): an answer finds its hits in
// the rows kept beside the index, not in the document files, and finds
// exactly what the files give; a row missing, damaged or made before the
// document was indexed again is not used, and is made again.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { SEARCH_INDEX_FILE, SearchIndexer } from '../../electron/search/indexer.ts'
import { decodeRow, encodeRow, SEARCH_ROWS_DIR } from '../../electron/search/search-rows.ts'
import { searchableOf } from '../../electron/search/document-contents.ts'
import { Store } from '../../electron/store/store.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('search-rows')
const DOCUMENTS = 30

function article(i: number): ArticleDocument {
  const blocks = [
    { type: 'paragraph' as const, text: `Report ${i}: the pipeline carried gas to the border.` },
    { type: 'paragraph' as const, text: `Officials in Мурманск and 北京 spoke about the pipeline ${i} times.` },
  ]
  return { id: `doc-${String(i).padStart(3, '0')}`, meta: { title: `Pipeline report ${i}` }, blocks }
}

function annotations(doc: ArticleDocument): Annotation[] {
  const text = canonicalText(doc.blocks)
  const at = text.indexOf('pipeline carried')
  const time = new Date(Date.UTC(2026, 0, 1)).toISOString()
  const base = { documentId: doc.id, created: time, modified: time }
  return [
    { ...base, id: `${doc.id}-note`, kind: 'claim', target: describeRange(text, at, at + 8), sources: ['xinhua'], via: ['tass'], note: 'Pipeline figures\nfrom the ministry' },
    { ...base, id: `${doc.id}-ru`, kind: 'highlight', target: describeRange(text, text.indexOf('Мурманск'), text.indexOf('Мурманск') + 8), sources: [], via: [], note: '' },
  ]
}

// A folder of documents, indexed, its cache and rows written; then opened
// again with its reads of document files counted.
async function indexedFolder(): Promise<{ dir: string; open: () => Promise<{ indexer: SearchIndexer; reads: string[] }> }> {
  const dir = await tempDir()
  const store = await Store.open(dir)
  for (let i = 0; i < DOCUMENTS; i++) {
    const doc = article(i)
    await store.addDocument(doc)
    await store.changeDocument(doc.id, (data) => ({ ...data, annotations: annotations(doc) }))
  }
  const first = new SearchIndexer(store, { minDocumentsToSave: 1 })
  await first.search('pipeline')
  await first.flush()
  const open = async () => {
    const reopened = await Store.open(dir)
    const reads: string[] = []
    const loose = reopened.looseDocument.bind(reopened)
    const whole = reopened.document.bind(reopened)
    reopened.looseDocument = (id: string) => { reads.push(id); return loose(id) }
    reopened.document = (id: string) => { reads.push(id); return whole(id) }
    return { indexer: new SearchIndexer(reopened, { minDocumentsToSave: 1 }), reads }
  }
  return { dir, open }
}

// What reading every document file finds (a copy without the cache and rows).
async function fromFiles(dir: string, query: string) {
  const copy = await tempDir()
  await cp(dir, copy, { recursive: true, filter: (from) => ![SEARCH_ROWS_DIR, SEARCH_INDEX_FILE].includes(basename(from)) })
  const indexer = new SearchIndexer(await Store.open(copy))
  await indexer.flush()
  return (await indexer.search(query)).hits
}

const sorted = (hits: readonly unknown[]) => hits.map((h) => JSON.stringify(h)).sort()

const QUERIES = ['pipeline', 'pipe', 'мурманск', '北京', 'ministry', 'xinhua', 'tass', 'gas to the', 'report 7']

test('an answer finds its hits in the search rows: no document file is read, and the hits are those of the files', async () => {
  const { dir, open } = await indexedFolder()
  assert.equal((await readdir(join(dir, SEARCH_ROWS_DIR))).filter((f) => f.endsWith('.row')).length, DOCUMENTS)
  const { indexer, reads } = await open()
  for (const query of QUERIES) {
    const { hits } = await indexer.search(query)
    assert.ok(hits.length > 0, query)
    assert.deepEqual(hits, await fromFiles(dir, query), query)
  }
  assert.deepEqual(reads, [], 'document files read for the answers')
})

test('a row missing, damaged or made for an earlier indexing is not used: the file is read, and the row made again', async () => {
  const { dir, open } = await indexedFolder()
  const rowOf = (id: string) => join(dir, SEARCH_ROWS_DIR, `${id}.row`)
  const expected = await fromFiles(dir, 'pipeline')
  const before = await readFile(rowOf('doc-002'))
  await rm(rowOf('doc-000'))
  await writeFile(rowOf('doc-001'), (await readFile(rowOf('doc-001'))).subarray(0, 200))
  {
    const { indexer, reads } = await open()
    assert.deepEqual(sorted((await indexer.search('pipeline')).hits), sorted(expected))
    // (Their rows are made again in the background too, which may read them once more.)
    assert.deepEqual([...new Set(reads)].sort(), ['doc-000', 'doc-001'])
    // Indexed again though its file did not change (as after a note edited): a new indexing.
    indexer.changed(['doc-002'])
    await indexer.flush()
  }
  // The row from before that indexing, put back (as if a crash had kept it).
  await writeFile(rowOf('doc-002'), before)
  {
    const { indexer, reads } = await open()
    // (Indexed again, it ranks after the documents that score the same.)
    assert.deepEqual(sorted((await indexer.search('pipeline')).hits), sorted(expected))
    assert.deepEqual(reads, ['doc-002'])
    await indexer.flush()
  }
  // Made again: the next start reads no file.
  const { indexer, reads } = await open()
  assert.deepEqual(sorted((await indexer.search('pipeline')).hits), sorted(expected))
  assert.deepEqual(reads, [])
})

test('rows missing from a cache read at a start are made again in the background, before any answer needs them', async () => {
  const { dir, open } = await indexedFolder()
  await rm(join(dir, SEARCH_ROWS_DIR), { recursive: true })
  {
    // Caught up and written out, without a search.
    const { indexer } = await open()
    await indexer.flush()
  }
  assert.equal((await readdir(join(dir, SEARCH_ROWS_DIR))).filter((f) => f.endsWith('.row')).length, DOCUMENTS)
  const { indexer, reads } = await open()
  assert.deepEqual(sorted((await indexer.search('pipeline')).hits), sorted(await fromFiles(dir, 'pipeline')))
  assert.deepEqual(reads, [])
})

test('a row left half-written by a killed process is removed when the rows are made again', async () => {
  const { dir, open } = await indexedFolder()
  await rm(join(dir, SEARCH_ROWS_DIR, 'doc-003.row'))
  // A pid no process has: killed between writing the row aside and renaming it.
  const left = join(dir, SEARCH_ROWS_DIR, 'doc-003.row.2147483646-0.tmp')
  await writeFile(left, '{"format":1')
  const { indexer } = await open()
  await indexer.flush()
  assert.deepEqual((await readdir(join(dir, SEARCH_ROWS_DIR))).filter((name) => !name.endsWith('.row')), [])
})

test('a row holds what search reads of the document file, whatever its text and annotations', () => {
  const doc = article(1)
  const text = canonicalText(doc.blocks)
  const list = annotations(doc)
  // A quote that is no longer the text at its place (the text was edited).
  list.push({ ...list[0]!, id: 'doc-001-moved', target: { ...list[0]!.target, quote: { ...list[0]!.target.quote, exact: 'pipe\u2028line "quoted"' } } })
  const read = searchableOf({ document: doc, annotations: list }, doc.id)!
  const row = decodeRow(encodeRow(read, 'v1'), doc.id, 'v1')!
  assert.equal(row.text, text)
  assert.equal(row.document.meta.title, doc.meta.title)
  assert.deepEqual(row.annotations, read.annotations)
  assert.equal(decodeRow(encodeRow(read, 'v1'), doc.id, 'v2'), null, 'another version')
  assert.equal(decodeRow(encodeRow(read, 'v1'), 'doc-002', 'v1'), null, 'another document')
  const bytes = encodeRow(read, 'v1')
  for (const cut of [0, 10, bytes.indexOf(10), bytes.indexOf(10) + 1, bytes.length - 1]) {
    assert.equal(decodeRow(bytes.subarray(0, cut), doc.id, 'v1'), null, `cut at ${cut}`)
  }
})
