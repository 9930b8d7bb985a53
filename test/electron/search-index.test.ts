// The search index on a real data folder: kept in step with every kind of
// change made through the API, and its cache (search-index.json) rebuilt
// when damaged, brought up to date when stale, and never written by a save.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { SEARCH_INDEX_FILE, SearchIndexer } from '../../electron/search/indexer.ts'
import { Store } from '../../electron/store/store.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import type { Api } from '../../shared/api/contract.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('search-index')
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
const found = async (api: Api, query: string) => (await api.search({ query })).hits.map((h) => `${h.documentId}:${h.field}:${h.match}`)

async function annotate(api: Api, documentId: string, phrase: string, extra: { note?: string; sources?: string[] } = {}) {
  const text = canonicalText((await api.getDocument({ documentId })).blocks)
  const at = text.indexOf(phrase)
  return api.createAnnotation({ documentId, kind: 'claim', target: describeRange(text, at, at + phrase.length), ...extra })
}

test('every change made through the API is searched as it now is', async () => {
  const api = await openServices({ dataDir: await tempDir(), resourcesDir: RESOURCES })
  const imported = await api.importDocument({ fileName: 'port.md', contentBase64: base64('# Port talks\n\nNegotiators met in Istanbul.\n\n新华社记者报道习近平会见。Мишустин встретился.') })
  assert.equal(imported.status, 'created')
  const portId = imported.status === 'created' ? imported.document.id : ''
  assert.deepEqual(await found(api, 'istanb'), [`${portId}:text:Istanbul`])
  assert.deepEqual(await found(api, '习近平'), [`${portId}:text:习近平`])
  assert.deepEqual(await found(api, 'МИШУСТИН'), [`${portId}:text:Мишустин`])

  // Annotations: a note added, edited, removed.
  const made = await annotate(api, portId, 'Negotiators met', { note: 'Check the harbourmaster log' })
  assert.deepEqual(await found(api, 'harbourm'), [`${portId}:note:harbourmaster`])
  await api.updateAnnotation({ documentId: portId, annotationId: made.id, note: 'Ask the coastguard' })
  assert.deepEqual(await found(api, 'harbourmaster'), [])
  assert.deepEqual(await found(api, 'coastguard'), [`${portId}:note:coastguard`])
  await api.deleteAnnotation({ documentId: portId, annotationId: made.id })
  assert.deepEqual(await found(api, 'coastguard'), [])

  // Metadata edited; the document deleted and restored.
  await api.updateDocumentMeta({ documentId: portId, meta: { title: 'Bosporus shipping' } })
  assert.deepEqual(await found(api, 'bosporus'), [`${portId}:title:Bosporus`])
  // (The heading in the text still says it.)
  assert.deepEqual(await found(api, 'port talks'), [`${portId}:text:Port talks`])
  await api.deleteDocument({ documentId: portId })
  assert.deepEqual(await found(api, 'bosporus'), [])
  await api.restoreDocument({ documentId: portId })
  assert.deepEqual(await found(api, 'bosporus'), [`${portId}:title:Bosporus`])

  // Sources renamed and merged: found by their names now.
  await annotate(api, SAMPLE_ID, 'Global Times', { sources: ['tass'] })
  await api.updateSource({ sourceId: 'tass', name: 'TASS Russian News Agency' })
  assert.ok((await found(api, 'russian news')).includes(`${SAMPLE_ID}:source:Russian News`))
  await api.mergeSources({ from: 'tass', into: 'xinhua' })
  assert.ok(!(await found(api, 'russian news')).some((h) => h.endsWith(':source:Russian News')))
  assert.ok((await found(api, 'xinhua')).includes(`${SAMPLE_ID}:source:Xinhua`))
})

// A cache file's header and postings, without the mark each indexing adds
// to a document's version (made anew when it is indexed again).
function withoutMarks(bytes: Buffer): { header: string; postings: Buffer } {
  const end = 8 + bytes.readUInt32LE(4)
  const header = bytes.toString('utf8', 8, end).replace(/\\u0003[0-9a-z.]*/g, '')
  return { header, postings: bytes.subarray(Math.ceil(end / 4) * 4) }
}

function article(id: string, title: string, text: string): ArticleDocument {
  return { id, meta: { title }, blocks: [{ type: 'paragraph', text }] }
}

async function folderWithCache(): Promise<{ dir: string; store: Store }> {
  const dir = await tempDir()
  const store = await Store.open(dir)
  await store.addDocument(article('harbour', 'Harbour report', 'The harbourmaster counted ships.'))
  await store.addDocument(article('steppe', 'Steppe report', 'Grain moved across the steppe.'))
  const indexer = new SearchIndexer(store, { minDocumentsToSave: 1 })
  assert.equal((await indexer.search('harbourmaster')).hits.length, 1)
  await indexer.flush()
  await readFile(join(dir, SEARCH_INDEX_FILE))
  return { dir, store }
}

test('a damaged cache is rebuilt from the document files, and search answers as before', async () => {
  const { dir, store } = await folderWithCache()
  const file = join(dir, SEARCH_INDEX_FILE)
  const good = await readFile(file)
  // Cut short, a word's count of postings changed, the postings' last byte
  // gone, nonsense, an older version's JSON.
  const recount = Buffer.from(good.toString('latin1').replace(/"harbourmaster",\d/, '"harbourmaster",9'), 'latin1')
  assert.notDeepEqual(recount, good)
  const damages = [good.subarray(0, good.length / 2), recount, good.subarray(0, good.length - 1), Buffer.from('\u0000\u0000'), Buffer.from('{"format":1,"docs":[],"fields":[[],[],[],[]]}')]
  // What an older version wrote is removed once the new file is written.
  const old = join(dir, 'search-index.json')
  await writeFile(old, '{"format":1}')
  for (const damage of damages) {
    await writeFile(file, damage)
    const indexer = new SearchIndexer(store, { minDocumentsToSave: 1 })
    const { hits } = await indexer.search('harbourmaster')
    assert.deepEqual(hits.map((h) => [h.documentId, h.match]), [['harbour', 'harbourmaster']], JSON.stringify(damage.toString('latin1').slice(0, 40)))
    assert.deepEqual((await indexer.search('steppe')).hits.map((h) => h.documentId), ['steppe', 'steppe'])
    await indexer.flush()
    assert.deepEqual(withoutMarks(await readFile(file)), withoutMarks(good), 'written again whole')
    await assert.rejects(stat(old), /ENOENT/)
  }
})

test('a cache file left half-written by a killed process is removed when the cache is written again', async () => {
  const { dir, store } = await folderWithCache()
  // A pid no process has: killed between writing its temp file and renaming it.
  const left = join(dir, `${SEARCH_INDEX_FILE}.2147483646.tmp`)
  await writeFile(left, 'SMIX half of it')
  await writeFile(join(dir, SEARCH_INDEX_FILE), 'damaged')
  const indexer = new SearchIndexer(store, { minDocumentsToSave: 1 })
  await indexer.search('harbourmaster')
  await indexer.flush()
  await assert.rejects(stat(left), /ENOENT/)
  assert.deepEqual((await readdir(dir)).filter((name) => name.startsWith(SEARCH_INDEX_FILE)), [SEARCH_INDEX_FILE])
})

test('a stale cache is brought up to date: only what changed is indexed again', async () => {
  const { dir, store } = await folderWithCache()
  // Changed after the cache was written (another run, a restored backup).
  await store.changeDocument('steppe', (data) => ({ ...data, document: { ...data.document, meta: { title: 'Wheat prices' } } }))
  await store.setDeleted('harbour', new Date().toISOString())
  const reopened = await Store.open(dir)
  const indexer = new SearchIndexer(reopened, { minDocumentsToSave: 1 })
  assert.deepEqual((await indexer.search('wheat')).hits.map((h) => h.field), ['title'])
  assert.deepEqual((await indexer.search('harbourmaster')).hits, [])
  assert.deepEqual((await indexer.search('steppe report')).hits, [])
})

test('a library of few documents but large files writes its cache, as a large library does', async () => {
  const dir = await tempDir()
  const store = await Store.open(dir)
  await store.addDocument(article('transcript', 'Forum transcript', 'Every session and every question. '.repeat(200)))
  await store.addDocument(article('brief', 'Brief', 'A short one.'))
  const file = join(dir, SEARCH_INDEX_FILE)
  // Two documents, far below the documents counted, over the bytes.
  const indexer = new SearchIndexer(store, { minBytesToSave: 4000, saveDelayMs: 0 })
  assert.equal((await indexer.search('session')).hits.length > 0, true)
  const written = () => stat(file).then(() => true, () => false)
  // Written once the library is quiet (at once here); waited for, for a while.
  for (const until = Date.now() + 20_000; !(await written()) && Date.now() < until;) await new Promise((resolve) => setTimeout(resolve, 10))
  assert.equal(await written(), true, 'the cache was written')
})

test('saving an annotation does not write the cache', async () => {
  const { dir, store } = await folderWithCache()
  const file = join(dir, SEARCH_INDEX_FILE)
  const indexer = new SearchIndexer(store, { minDocumentsToSave: 1, saveDelayMs: 0 })
  await indexer.search('harbour')
  const before = (await stat(file, { bigint: true })).mtimeNs
  await store.changeDocument('harbour', (data) => ({ ...data, annotations: [] }))
  indexer.changed()
  assert.equal((await indexer.search('harbourmaster')).hits.length, 1)
  assert.equal((await stat(file, { bigint: true })).mtimeNs, before)
})

test('a read-only folder is searched but its cache never written', async () => {
  const { dir } = await folderWithCache()
  const file = join(dir, SEARCH_INDEX_FILE)
  await writeFile(file, 'damaged')
  const store = await Store.open(dir, { readOnly: true })
  const indexer = new SearchIndexer(store, { minDocumentsToSave: 1 })
  assert.equal((await indexer.search('harbourmaster')).hits.length, 1)
  await indexer.flush()
  assert.equal(await readFile(file, 'utf8'), 'damaged')
})

test('while much is left to index, a search answers at once with what is indexed and says it is still indexing', async () => {
  const dir = await tempDir()
  const store = await Store.open(dir)
  for (let i = 0; i < 70; i++) await store.addDocument(article(`wire-${i}`, `Wire ${i}`, `Convoy number ${i} crossed the strait.`))
  const indexer = new SearchIndexer(store)
  const early = await indexer.search('convoy')
  assert.equal(early.indexing, true)
  assert.ok(early.hits.length < 70, `${early.hits.length} hits before indexing`)
  await indexer.flush()
  const done = await indexer.search('convoy', 1000)
  assert.equal(done.indexing, undefined)
  assert.equal(new Set(done.hits.map((h) => h.documentId)).size, 70)
})

test('at a start the index waits for the app to be quiet, and for no longer than its latest', async (t) => {
  const { dir } = await folderWithCache()
  t.mock.timers.enable({ apis: ['setTimeout'] })
  const store = await Store.open(dir)
  const indexer = new SearchIndexer(store)
  indexer.start({ quietMs: 500, atMostMs: 5000 })
  // Calls every 400 ms: never quiet for 500 ms.
  for (let ms = 0; ms < 4800; ms += 400) {
    t.mock.timers.tick(400)
    indexer.heard()
    assert.equal(indexer.started, false, `${ms + 400} ms`)
  }
  t.mock.timers.tick(400)
  assert.equal(indexer.started, true, 'at the latest')
  const quiet = new SearchIndexer(store)
  quiet.start({ quietMs: 500, atMostMs: 5000 })
  t.mock.timers.tick(499)
  assert.equal(quiet.started, false)
  t.mock.timers.tick(1)
  assert.equal(quiet.started, true, 'once quiet')
  t.mock.timers.reset()
  assert.equal((await quiet.search('harbourmaster')).hits.length, 1)
})
