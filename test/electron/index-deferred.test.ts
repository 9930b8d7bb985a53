// A save whose document file (or journal) was written but whose library
// index shard then could not be: the change is durable (the index is told
// again from the files), so the user is told it was saved, not "Could not
// save", and a retry has nothing to duplicate. The shards are blocked for
// real: a folder where each shard's temp file goes (EISDIR).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { openShellServices } from '../../electron/services.ts'
import { shardFile, SHARDS } from '../../electron/store/library-shards.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('index-deferred')
const resourcesDir = join(REPO_ROOT, 'resources')

async function blockShards(dir: string): Promise<void> {
  for (let shard = 0; shard < SHARDS; shard++) await mkdir(`${shardFile(dir, shard)}.tmp`)
}

async function unblockShards(dir: string): Promise<void> {
  for (let shard = 0; shard < SHARDS; shard++) await rm(`${shardFile(dir, shard)}.tmp`, { recursive: true, force: true })
}

const article = (title: string) => Buffer.from(`${title}\n\n${'The agency reported it on Tuesday. '.repeat(20)}`).toString('base64')

for (const quickStart of [false, true]) {
  test(`a save and an import whose index shard cannot be written are answered as saved, once, and kept (quickStart: ${quickStart})`, async () => {
    const dir = await tempDir()
    // The index is never written a moment later by a timer here: what the
    // first session leaves unwritten is what a kill would leave.
    const first = await openShellServices({ dataDir: dir, resourcesDir, quickStart, indexWriteAfterMs: 3_600_000 })
    const api = first.api
    const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
    const claim = (phrase: string) => {
      const at = text.indexOf(phrase)
      return api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + phrase.length) })
    }
    const before = await claim('Tass reported')

    await blockShards(dir)
    const during = await claim('Mishustin')
    const imported = await api.importDocument({ fileName: 'story.txt', contentBase64: article('A story told once') })
    assert.equal(imported.status, 'created')
    const batch = await api.importDocuments({ importId: crypto.randomUUID(), files: [{ fileName: 'batch.txt', contentBase64: article('A batch story') }] })
    assert.equal(batch.results.length, 1)
    assert.equal(batch.results[0]!.status, 'created', JSON.stringify(batch.results[0]))

    // Memory says what was answered, once.
    assert.deepEqual((await api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), [before.id, during.id])
    const titles = (await api.listDocuments({})).map((d) => d.meta.title).sort()
    assert.deepEqual(titles.filter((t) => t !== undefined && /story/.test(t)), ['A batch story', 'A story told once'])
    // The same file again is a duplicate, not a second copy.
    assert.equal((await api.importDocument({ fileName: 'story.txt', contentBase64: article('A story told once') })).status, 'duplicate')

    // As after a kill: the first session never writes its shards.
    await unblockShards(dir)
    const second = await openShellServices({ dataDir: dir, resourcesDir })
    assert.deepEqual((await second.api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), [before.id, during.id])
    const entries = await second.api.listDocuments({})
    assert.equal(entries.find((d) => d.id === SAMPLE_ID)!.annotationCount, 2)
    assert.deepEqual(entries.map((d) => d.meta.title).filter((t) => t !== undefined && /story/.test(t)).sort(), ['A batch story', 'A story told once'])
    await second.close()
    const library = await readLibrary(dir)
    assert.equal(library.documents.find((d) => d.id === SAMPLE_ID)!.annotationCount, 2)
    assert.equal(library.documents.length, 3)
  })
}

test('shards left unwritten by a failure are written by the next save, and by close', async () => {
  const dir = await tempDir()
  const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, indexWriteAfterMs: 3_600_000 })
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const at = text.indexOf('Tass reported')
  const target = describeRange(text, at, at + 'Tass reported'.length)
  await blockShards(dir)
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target })
  await unblockShards(dir)
  assert.equal((await readLibrary(dir)).documents[0]!.annotationCount, 0, 'the blocked shard was written after all')
  await close()
  assert.equal((await readLibrary(dir)).documents[0]!.annotationCount, 1)
})
