// The data folder removed, or taken over by another Sourcemark, while a
// writer runs: the writer notices before its next save and stops saving,
// saying why, instead of making the folder again; a second Sourcemark
// started in the folder made anew is then its only writer.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ApiError, type Api } from '../../shared/api/contract.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { openServices } from '../../electron/services.ts'
import { acquireLock } from '../../electron/store/lock.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { readDocumentOnDisk } from '../helpers/document-files.ts'

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url))
const tempDir = tempDirs('folder-lost')

async function writer(dataDir: string) {
  const lock = await acquireLock(dataDir)
  const api: Api = await openServices({ dataDir, resourcesDir, lock })
  const documentId = (await api.startupDocument({})).documentId!
  const text = canonicalText((await api.getDocument({ documentId })).blocks)
  const create = async (phrase: string) => {
    const start = text.indexOf(phrase)
    return (await api.createAnnotation({ documentId, kind: 'claim', target: describeRange(text, start, start + phrase.length) })).id
  }
  return { api, lock, documentId, create }
}

const lostMessage = (dir: string) => `Could not save: The data folder ${dir} was removed or taken over while Sourcemark was running; nothing more will be saved there. Restart Sourcemark to go on from what is on disk.`

async function onDisk(dir: string, documentId: string): Promise<string[]> {
  const file = await readDocumentOnDisk(dir, documentId)
  return file.annotations.map((a) => a.id)
}

test('a folder removed under a writer: the next save fails saying so, the folder is not made again; a second writer there is the only one', async () => {
  const dir = join(await tempDir(), 'data')
  const first = await writer(dir)
  await first.create('Tass reported')
  await rm(dir, { recursive: true })

  await assert.rejects(first.create('Mishustin'), (error: unknown) => {
    assert.ok(error instanceof ApiError)
    assert.equal(error.code, 'storage')
    assert.equal(error.message, lostMessage(dir))
    return true
  })
  assert.equal(existsSync(dir), false, 'the folder was made again')
  assert.ok((await first.api.storageNotices({})).some((notice) => lostMessage(dir).endsWith(notice)), 'the UI is not told')

  // A second Sourcemark starts in the folder made anew.
  const second = await writer(dir)
  const kept = await second.create('Xinhua News Agency reported')
  await assert.rejects(first.create('Deepen cooperation'), { message: lostMessage(dir) })
  assert.deepEqual(await onDisk(dir, second.documentId), [kept])
  assert.deepEqual((await readdir(dir)).sort(), ['documents', 'library', 'sourcemark.lock', 'sources.json', 'state.json'])
  await second.lock.release()
  await first.lock.release()
})

test('a lock taken over by another process (the lock file replaced): saving stops', async () => {
  const dir = await tempDir()
  const first = await writer(dir)
  const saved = await first.create('Tass reported')
  await rm(join(dir, 'sourcemark.lock'))
  const second = await writer(dir)
  await assert.rejects(first.create('Mishustin'), { message: lostMessage(dir) })
  assert.deepEqual(await onDisk(dir, first.documentId), [saved])
  await second.lock.release()
  await first.lock.release()
})
