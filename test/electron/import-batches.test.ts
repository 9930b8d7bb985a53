// importDocuments on a real data folder: a batch of files is read, then
// written with one write of each index shard it touches (not one per
// file); its progress can be asked while it runs; cancelled part way, it
// stops after the file being read, and what is on disk is whole documents,
// each listed, and nothing else.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { openServices } from '../../electron/services.ts'
import { dispatch } from '../../electron/dispatch.ts'
import { Store } from '../../electron/store/store.ts'
import { DocumentFile } from '../../electron/store/files.ts'
import { shardOf } from '../../electron/store/library-shards.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(import.meta.dirname, '..', '..', 'resources')
const tempDir = tempDirs('import-batches')

const files = (count: number, from = 0) => Array.from({ length: count }, (_, i) => ({
  fileName: `report-${String(from + i).padStart(3, '0')}.txt`,
  contentBase64: Buffer.from(`Grain report ${from + i}\n\nTass reported that exports rose by ${from + i} percent.\n`).toString('base64'),
}))

const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

// The library on disk: the document files there, each whole, and the index's list.
async function onDisk(dir: string): Promise<{ files: string[]; listed: string[] }> {
  const names = await readdir(join(dir, 'documents'))
  assert.deepEqual(names.filter((name) => !name.endsWith('.json')), [], 'no temporary or partial file')
  for (const name of names) DocumentFile.parse(JSON.parse(await readFile(join(dir, 'documents', name), 'utf8')))
  return { files: names.map((name) => name.replace(/\.json$/, '')).sort(), listed: (await readLibrary(dir)).documents.map((d) => d.id) }
}

test('a batch of 12 files: each imported in order, written with one write of each index shard, progress asked after', async () => {
  const dir = await tempDir()
  let writes = 0
  const api = await openServices({ dataDir: dir, resourcesDir: RESOURCES, lock: { check: async () => { writes++ } } })
  writes = 0
  const importId = randomUUID()
  const { results, cancelled } = await api.importDocuments({ importId, files: [...files(11), files(1)[0]!] })
  assert.equal(cancelled, false)
  assert.deepEqual(results.map((r) => r.status), [...Array(11).fill('created'), 'failed'])
  assert.match((results[11] as { error: string }).error, /report-000\.txt is the same file as one before it/)
  const ids = results.flatMap((r) => (r.status === 'created' ? [r.document.id] : []))
  assert.deepEqual(ids, Array.from({ length: 11 }, (_, i) => `grain-report-${i}`))
  assert.equal(writes, 11 + new Set(ids.map((id) => shardOf(id))).size, 'each document file, and each shard once')
  assert.deepEqual(await api.importProgress({ importId }), { done: 12, current: null, cancelled: false })
  const disk = await onDisk(dir)
  assert.deepEqual(disk.listed, [SAMPLE_ID, ...ids])
  assert.deepEqual(disk.files, [...disk.listed].sort())

  // Again: every one is a duplicate now, and nothing is written.
  writes = 0
  const again = await api.importDocuments({ importId: randomUUID(), files: files(3) })
  assert.deepEqual(again.results.map((r) => r.status), ['duplicate', 'duplicate', 'duplicate'])
  assert.equal(writes, 0)
})

test('cancelled part way: the batch stops after the file being read; the library on disk is whole documents, each listed', async () => {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir: RESOURCES })
  const importId = randomUUID()
  const first = await api.importDocuments({ importId, files: files(4) })
  assert.equal(first.results.length, 4)
  // The third file of this batch is long, so that there is a moment when it
  // is being read however fast or loaded the machine is (a tiny file can be
  // read between two questions).
  const batchFiles = files(20, 4)
  batchFiles[2] = { ...batchFiles[2]!, contentBase64: Buffer.from(`Grain report 6\n\n${'Tass reported that exports rose. '.repeat(12_000)}\n`).toString('base64') }
  const batch = api.importDocuments({ importId, files: batchFiles })
  // Cancelled once two files of this batch are handled (a state, not a time).
  let progress = await api.importProgress({ importId })
  // Between two files nothing is being read, so wait for a moment when one is.
  while ((progress.done < 6 || progress.current === null) && progress.done < 24) {
    await yieldTurn()
    progress = await api.importProgress({ importId })
  }
  assert.match(progress.current ?? '', /^report-0\d\d\.txt$/)
  assert.deepEqual(await api.cancelImport({ importId }), { cancelled: true })
  const { results, cancelled } = await batch
  assert.equal(cancelled, true)
  assert.ok(results.length >= 2 && results.length < 20, String(results.length))
  assert.ok(results.every((r) => r.status === 'created'))
  const ids = results.map((r) => (r.status === 'created' ? r.document.id : ''))
  assert.deepEqual(ids, Array.from({ length: results.length }, (_, i) => `grain-report-${4 + i}`))

  const disk = await onDisk(dir)
  const all = [SAMPLE_ID, ...Array.from({ length: 4 }, (_, i) => `grain-report-${i}`), ...ids]
  assert.deepEqual(disk.listed, all)
  assert.deepEqual(disk.files, [...all].sort())
  // A batch of a cancelled import is refused at once; the library opens as it is.
  const late = await api.importDocuments({ importId, files: files(5, 100) })
  assert.deepEqual(late, { results: [], cancelled: true })
  assert.deepEqual((await onDisk(dir)).listed, all)
  const reopened = await Store.open(dir)
  assert.deepEqual(reopened.notices, [])
  assert.deepEqual(reopened.library.data.documents.map((d) => d.id), all)
})

test('a cancel that comes before the first batch: nothing is read or written', async () => {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir: RESOURCES })
  const importId = randomUUID()
  assert.deepEqual(await api.cancelImport({ importId }), { cancelled: true })
  assert.deepEqual(await api.cancelImport({ importId }), { cancelled: false })
  assert.deepEqual(await api.importDocuments({ importId, files: files(4) }), { results: [], cancelled: true })
  assert.deepEqual((await onDisk(dir)).listed, [SAMPLE_ID])
})

test('a batch larger than one file may be is refused in words, and nothing is written', async () => {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir: RESOURCES })
  const big = Buffer.alloc(11 * 1024 * 1024, 'Grain report. ').toString('base64')
  const outcome = await dispatch(api, 'importDocuments', { importId: randomUUID(), files: [{ fileName: 'a.txt', contentBase64: big }, { fileName: 'b.txt', contentBase64: big }] })
  assert.deepEqual(outcome, { ok: false, error: { code: 'invalid-input', message: 'A batch of files is at most 20 MB; send fewer at a time.', field: 'files' } })
  assert.deepEqual((await onDisk(dir)).listed, [SAMPLE_ID])
})
