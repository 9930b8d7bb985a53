// Store.addDocuments, for a large import or a benchmark's library: every
// file written, then the index once (each touched shard written once, not
// once per document); in the order given; stopped part way, what was
// written is whole and indexed and nothing else is on disk.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Store } from '../../electron/store/store.ts'
import { shardOf } from '../../electron/store/library-shards.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('bulk-add')

const article = (i: number): { document: ArticleDocument } => ({
  document: { id: `report-${i}`, meta: { title: `Report ${i}` }, blocks: [{ type: 'paragraph', text: `Tass reported figure ${i}.` }] },
})

test('300 documents: 300 document writes and one write of each shard they fall in, in the order given', async () => {
  const dir = await tempDir()
  let writes = 0
  const store = await Store.open(dir, { guard: async () => { writes++ } })
  writes = 0
  const documents = Array.from({ length: 300 }, (_, i) => article(i))
  const added = await store.addDocuments(documents)
  assert.equal(added.length, 300)
  const shards = new Set(documents.map(({ document }) => shardOf(document.id)))
  assert.equal(writes, 300 + shards.size)
  const ids = documents.map(({ document }) => document.id)
  assert.deepEqual(store.library.data.documents.map((d) => d.id), ids)
  assert.deepEqual((await readLibrary(dir)).documents.map((d) => d.id), ids)
  await assert.rejects(store.addDocuments([article(7)]), /already has a document with id report-7/)
})

test('aborted part way: the documents written are whole and indexed, no other file is on disk', async () => {
  const dir = await tempDir()
  const store = await Store.open(dir)
  const stop = new AbortController()
  const added = await store.addDocuments(Array.from({ length: 200 }, (_, i) => article(i)), {
    signal: stop.signal,
    progress: (done) => { if (done === 20) stop.abort() },
  })
  assert.ok(added.length >= 20 && added.length < 200, String(added.length))
  const files = (await readdir(join(dir, 'documents'))).filter((name) => name.endsWith('.json')).sort()
  assert.deepEqual(files, added.map((e) => `${e.id}.json`).sort())
  assert.deepEqual((await readdir(join(dir, 'documents'))).filter((name) => name.endsWith('.tmp')), [])
  const reopened = await Store.open(dir)
  assert.deepEqual(reopened.notices, [])
  assert.deepEqual(reopened.library.data.documents.map((d) => d.id), added.map((e) => e.id))
})

// A kill after the files of an import were written and before their
// entries were (serve-kill.test.ts, 60 of 60): the next open adds the
// files to the library from the files alone. Each keeps the hash of the
// file it was imported from, so importing that file again finds it rather
// than making a second copy under "<id>-2".
test('documents written but not yet indexed keep their imported file hash when the library is made from the files', async () => {
  const dir = await tempDir()
  const store = await Store.open(dir)
  const hashes = Array.from({ length: 3 }, (_, i) => String(i).repeat(64))
  const added = await store.addDocuments(hashes.map((contentHash, i) => ({ ...article(i), contentHash })))
  await store.close()
  // As if the kill came before the index was written.
  await rm(join(dir, 'library'), { recursive: true })
  const reopened = await Store.open(dir)
  // (By id: documents written in the same instant are made again in either order; the hash is what is checked.)
  const byId = (pairs: (string | undefined)[][]) => pairs.sort((a, b) => String(a[0]).localeCompare(String(b[0])))
  assert.deepEqual(byId(reopened.library.data.documents.map((d) => [d.id, d.contentHash])), byId(added.map((e, i) => [e.id, hashes[i]])))
})
