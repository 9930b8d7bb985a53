// The search index's cache when the app stops before the library has been
// quiet (cache-writes.ts): a rebuild is written as the app closes (a real
// `sourcemark serve` stopped with SIGTERM), and a long rebuild is written
// now and then as it goes, so that a start after a stop or a kill goes on
// from there. Real files. (A kill during a write leaves the file as it was:
// search-index.test.ts and bench/scale/kill.ts.)

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { readIndexFile } from '../../electron/search/index-file.ts'
import { SEARCH_INDEX_FILE, SearchIndexer } from '../../electron/search/indexer.ts'
import { Store } from '../../electron/store/store.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import { serve } from '../helpers/serve-child.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('search-cache-close')
const exists = (file: string) => stat(file).then(() => true, () => false)

function article(i: number): ArticleDocument {
  return { id: `wire-${i}`, meta: { title: `Wire ${i}` }, blocks: [{ type: 'paragraph', text: `Convoy number ${i} crossed the strait at dawn.` }] }
}

async function library(documents: number): Promise<{ dir: string; store: Store }> {
  const dir = await tempDir()
  const store = await Store.open(dir)
  await store.addDocuments(Array.from({ length: documents }, (_, i) => ({ document: article(i) })))
  return { dir, store }
}

test('a rebuild not yet written is written when the server stops (SIGTERM) before the library was quiet, and read at the next start', async () => {
  // 200 documents: the smallest library whose cache is kept (indexer-options.ts).
  const { dir, store } = await library(200)
  await store.close()
  const file = join(dir, SEARCH_INDEX_FILE)
  const server = await serve(dir)
  try {
    // Searched until the rebuild is done; then stopped at once (the cache
    // is otherwise written after 3 s of quiet).
    for (;;) {
      const answer = await server.call('search', { query: 'convoy', limit: 1000 })
      assert.ok(answer.ok, answer.error?.message)
      if (!(answer.value as { indexing?: boolean }).indexing) break
    }
    assert.equal(await exists(file), false, 'not written yet')
  } finally {
    server.child.kill('SIGTERM')
  }
  assert.equal(await server.exited, 0)
  const index = await readIndexFile(file)
  // The sample is added to a new library too.
  assert.equal(index.size, 201)
  const written = (await stat(file, { bigint: true })).mtimeNs
  // Read at the next start: nothing to index again, nothing written at its stop.
  const again = await serve(dir)
  try {
    const answer = await again.call('search', { query: 'convoy', limit: 1000 })
    assert.equal((answer.value as { indexing?: boolean }).indexing, undefined)
    assert.equal(new Set((answer.value as { hits: { documentId: string }[] }).hits.map((h) => h.documentId)).size, 200)
  } finally {
    again.child.kill('SIGTERM')
  }
  assert.equal(await again.exited, 0)
  assert.equal((await stat(file, { bigint: true })).mtimeNs, written)
})

test('closing writes nothing when the cache read is up to date, when the library is small, or read-only', async () => {
  const { dir, store } = await library(3)
  const file = join(dir, SEARCH_INDEX_FILE)
  const first = new SearchIndexer(store, { minDocumentsToSave: 1, saveDelayMs: 60_000 })
  await first.search('convoy')
  await first.close(5000)
  const written = (await stat(file, { bigint: true })).mtimeNs
  const reread = new SearchIndexer(store, { minDocumentsToSave: 1, saveDelayMs: 60_000 })
  assert.equal((await reread.search('convoy')).hits.length, 3)
  await reread.close(5000)
  assert.equal((await stat(file, { bigint: true })).mtimeNs, written, 'read, in step: not written again')

  await rm(file)
  const small = new SearchIndexer(store, { saveDelayMs: 60_000 })
  await small.search('convoy')
  await small.close(5000)
  assert.equal(await exists(file), false, 'a small library is quicker indexed than read')

  const readOnly = new SearchIndexer(await Store.open(dir, { readOnly: true }), { minDocumentsToSave: 1, saveDelayMs: 60_000 })
  await readOnly.search('convoy')
  await readOnly.close(5000)
  assert.equal(await exists(file), false)
})

test('a long rebuild is written as it goes; a start after a stop goes on from what was written', async () => {
  const { dir, store } = await library(12)
  const file = join(dir, SEARCH_INDEX_FILE)
  // A write after every 5 documents indexed; none once caught up (60 s of quiet).
  const building = new SearchIndexer(store, { minDocumentsToSave: 1, changesToSave: 5, checkpointMs: 0, saveDelayMs: 60_000 })
  assert.equal(new Set((await building.search('convoy', 1000)).hits.map((h) => h.documentId)).size, 12)
  const kept = await readIndexFile(file)
  assert.equal(kept.size, 10, 'written at 5 and at 10 documents')
  const keptBytes = await readFile(file)
  // Stopped with no close (a kill): the next start reads what was written
  // and indexes the two it lacks.
  const next = new SearchIndexer(store, { minDocumentsToSave: 1, changesToSave: 5, checkpointMs: 0, saveDelayMs: 60_000 })
  assert.equal(new Set((await next.search('convoy', 1000)).hits.map((h) => h.documentId)).size, 12)
  assert.deepEqual(await readFile(file), keptBytes, 'two indexed again: fewer than a checkpoint, not written')
  await next.close(5000)
  assert.equal((await readIndexFile(file)).size, 12, 'written whole as it closed')
})

test('documents made stale one at a time by a reader\'s changes are not written as they go, only once quiet', async () => {
  const { dir, store } = await library(3)
  const file = join(dir, SEARCH_INDEX_FILE)
  const indexer = new SearchIndexer(store, { minDocumentsToSave: 1, changesToSave: 2, checkpointMs: 0, saveDelayMs: 60_000 })
  await indexer.search('convoy')
  await indexer.flush()
  const written = (await stat(file, { bigint: true })).mtimeNs
  for (const [i, title] of ['Ferry', 'Barge', 'Tanker'].entries()) {
    await store.changeDocument(`wire-${i}`, (data) => ({ ...data, document: { ...data.document, meta: { title } } }))
    indexer.changed([`wire-${i}`])
    assert.deepEqual((await indexer.search(title)).hits.map((h) => h.documentId), [`wire-${i}`])
  }
  assert.equal((await stat(file, { bigint: true })).mtimeNs, written, 'three indexed again, one a pass: no checkpoint')
  await indexer.close(5000)
  assert.notEqual((await stat(file, { bigint: true })).mtimeNs, written, 'written as it closed')
})
