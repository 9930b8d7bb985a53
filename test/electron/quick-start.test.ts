// quickStart (the app and browser mode): the store serves from its index at
// once and checks the entries against the document files in the background;
// an entry a save changed is written a moment later. Nothing is lost: a
// document changed while the app was closed is counted again, and an entry
// whose shard was never written (a kill) is counted again on the next start.

import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Api } from '../../shared/api/contract.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { openServices, openShellServices } from '../../electron/services.ts'
import { Store } from '../../electron/store/store.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { readLibrary, shardPath } from '../helpers/library-files.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('quick-start')

async function annotate(api: Api, phrase: string, sources: string[] = []) {
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const at = text.indexOf(phrase)
  assert.notEqual(at, -1)
  return api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + phrase.length), sources })
}

// A library whose sample has one annotation in its file and none in its
// entry: edited on disk while the app was closed (here: its index shard
// put back as it was before the save).
async function editedWhileClosed(): Promise<string> {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir })
  const before = await readFile(shardPath(dir, SAMPLE_ID))
  await annotate(api, 'Tass reported', ['tass'])
  await writeFile(shardPath(dir, SAMPLE_ID), before)
  return dir
}

describe('quick start', () => {
  test('opens without waiting for the check; the document changed on disk is counted again moments later', async () => {
    const dir = await editedWhileClosed()
    const store = await Store.open(dir, { quickStart: true })
    // Served from the index as it was: the check has not run yet.
    assert.equal(store.library.data.documents[0]!.annotationCount, 0)
    await store.verified
    assert.equal(store.library.data.documents[0]!.annotationCount, 1)
    await store.close()
    assert.equal((await readLibrary(dir)).documents[0]!.annotationCount, 1)
  })

  test('the check waits until asked for: showing the first document does not start it (10,000 stamps on the start path)', async () => {
    const dir = await editedWhileClosed()
    const store = await Store.open(dir, { quickStart: true })
    const { data } = await store.document(SAMPLE_ID)
    assert.equal(data.annotations.length, 1)
    assert.equal(store.checkStarted, false)
    await store.verified
    assert.equal(store.checkStarted, true)
    assert.equal(store.library.data.documents[0]!.annotationCount, 1)
    await store.close()
  })

  test('the app checks the entries by itself once it has been quiet a moment, with no call that reads them', async () => {
    const dir = await editedWhileClosed()
    const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true, indexWriteAfterMs: 0 })
    assert.equal((await api.listAnnotations({ documentId: SAMPLE_ID })).length, 1)
    // The corrected entry reaches its shard once checked: waited for on disk.
    while ((await readLibrary(dir)).documents[0]!.annotationCount !== 1) await new Promise((resolve) => setImmediate(resolve))
    await close()
  })

  test('the library list waits for the check; the document itself is read from its file at once', async () => {
    const dir = await editedWhileClosed()
    const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true })
    assert.equal((await api.listAnnotations({ documentId: SAMPLE_ID })).length, 1)
    const [entry] = await api.listDocuments({})
    assert.deepEqual([entry!.annotationCount, { ...entry!.sourceCounts }], [1, { tass: 1 }])
    const listed = await api.listLibrary({})
    assert.equal(JSON.stringify(listed).includes('"tass"'), true)
    assert.deepEqual(await api.storageNotices({}), [])
    await close()
  })

  test('the library view\'s first page asked early is answered from the entries as they are while they are checked, and says so; asked again it waits for the check', async () => {
    const dir = await editedWhileClosed()
    const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true })
    const early = await api.listLibrary({ early: true })
    assert.equal(early.checking, true)
    assert.equal(JSON.stringify(early.columns).includes('"tass"'), false)
    const checked = await api.listLibrary({})
    assert.equal(checked.checking, undefined)
    assert.equal(JSON.stringify(checked.columns).includes('"tass"'), true)
    // The library changed under the early answer: the view drops what it held.
    assert.notEqual(checked.stamp, early.stamp)
    // Once checked, early is answered as any other.
    assert.equal((await api.listLibrary({ early: true })).checking, undefined)
    await close()
  })

  test('a save writes its journal line at once and the index shard a moment later (close() writes it now)', async () => {
    const dir = await tempDir()
    await (await openServices({ dataDir: dir, resourcesDir })).listDocuments({})
    const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true, indexWriteAfterMs: 3_600_000 })
    await api.listDocuments({})
    const shard = shardPath(dir, SAMPLE_ID)
    const before = await stat(shard)
    await annotate(api, 'Tass reported', ['tass'])
    const [entry] = await api.listDocuments({})
    assert.equal(entry!.annotationCount, 1)
    // Not rewritten yet: the same file.
    assert.equal((await stat(shard)).ino, before.ino)
    await close()
    assert.notEqual((await stat(shard)).ino, before.ino)
    assert.equal((await readLibrary(dir)).documents[0]!.annotationCount, 1)
  })

  test('a shard never written (the app killed before it was) is counted again on the next start, quick or not', async () => {
    const dir = await tempDir()
    await (await openServices({ dataDir: dir, resourcesDir })).listDocuments({})
    // Its timer would write the shard an hour later: as if killed before.
    const { api } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true, indexWriteAfterMs: 3_600_000 })
    await annotate(api, 'Tass reported', ['tass'])
    await annotate(api, 'Global Times', ['xinhua'])
    assert.equal((await readLibrary(dir)).documents[0]!.annotationCount, 0)
    const quick = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true })
    const [entry] = await quick.api.listDocuments({})
    assert.deepEqual([entry!.annotationCount, { ...entry!.sourceCounts }], [2, { tass: 1, xinhua: 1 }])
    await quick.close()
    const plain = await openServices({ dataDir: dir, resourcesDir })
    assert.equal((await plain.listDocuments({}))[0]!.annotationCount, 2)
  })

  test('a note edited is found by the next search, though the index catches up with saves only once quiet', async () => {
    const dir = await tempDir()
    const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true })
    const annotation = await annotate(api, 'Tass reported')
    assert.deepEqual((await api.search({ query: 'harbourmaster' })).hits, [])
    // A note edit leaves the library's entry as it was: only the call says what changed.
    await api.updateAnnotation({ documentId: SAMPLE_ID, annotationId: annotation.id, note: 'The harbourmaster said so.' })
    const { hits } = await api.search({ query: 'harbourmaster' })
    assert.deepEqual(hits.map((h) => [h.documentId, h.field]), [[SAMPLE_ID, 'note']])
    await close()
  })

  test('an index shard damaged under a running app is not written over later: the next start repairs it and says so', async () => {
    const dir = await tempDir()
    await (await openServices({ dataDir: dir, resourcesDir })).listDocuments({})
    const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true, indexWriteAfterMs: 3_600_000 })
    await annotate(api, 'Tass reported', ['tass'])
    await writeFile(shardPath(dir, SAMPLE_ID), '{"version": 4, "entries": [')
    await close()
    assert.equal(await readFile(shardPath(dir, SAMPLE_ID), 'utf8'), '{"version": 4, "entries": [')
    const again = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true })
    const notices = await again.api.storageNotices({})
    assert.equal(notices.some((n) => /repaired the library's list of documents .+ The damaged file was kept in that folder\./.test(n)), true, JSON.stringify(notices))
    assert.equal((await again.api.listDocuments({}))[0]!.annotationCount, 1)
    await again.close()
  })

  test('a save during the check is not undone by it', async () => {
    const dir = await editedWhileClosed()
    const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true })
    // Straight away, while the check may still be reading the file.
    await annotate(api, 'Global Times', ['xinhua'])
    const [entry] = await api.listDocuments({})
    assert.deepEqual([entry!.annotationCount, { ...entry!.sourceCounts }], [2, { tass: 1, xinhua: 1 }])
    await close()
    assert.equal((await readLibrary(dir)).documents[0]!.annotationCount, 2)
  })
})
