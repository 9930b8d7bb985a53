// Files that cannot be read, for real (a folder where the file should be,
// a damaged file in a folder opened read-only): the user is told in words
// naming the data folder they chose and what to do; which of Sourcemark's
// own files it was goes to the log only.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ApiError } from '../../shared/api/contract.ts'
import { openServices } from '../../electron/services.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { headFile, shardPath } from '../helpers/library-files.ts'
import { assertNoInternalNames } from '../helpers/internal-names.ts'
import { REPO_ROOT, runCli } from '../helpers/run-cli.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('read-failure-words')
const resourcesDir = join(REPO_ROOT, 'resources')

// The message with the data folder taken out (its path is the user's own).
const userPart = (message: string, dir: string) => message.split(dir).join('<data folder>')

test('a document that cannot be read (a folder in its place) is told in words, the file named only in the log', async () => {
  const dir = await tempDir()
  await openServices({ dataDir: dir, resourcesDir })
  const file = join(dir, 'documents', `${SAMPLE_ID}.json`)
  const bytes = await readFile(file)
  await rm(file)
  await mkdir(file)
  const api = await openServices({ dataDir: dir, resourcesDir })
  await assert.rejects(api.getDocument({ documentId: SAMPLE_ID }), (error: unknown) => {
    assert.ok(error instanceof ApiError)
    assert.equal(error.code, 'storage')
    assert.match(error.message, /^The document "Xi Jinping meets .+" in the data folder \(.+\) cannot be read\. Check that Sourcemark may read that folder and the files in it; the details are in Sourcemark's log\.$/)
    assertNoInternalNames(userPart(error.message, dir))
    return true
  })
  const notices = await api.storageNotices({})
  assert.equal(notices.length, 1)
  assertNoInternalNames(userPart(notices[0]!, dir))
  // Put right as the words say, it opens without a restart.
  await rm(file, { recursive: true })
  await writeFile(file, bytes)
  assert.equal((await api.getDocument({ documentId: SAMPLE_ID })).id, SAMPLE_ID)
})

test('a library whose index cannot be read is refused at open in words, the file named in the log', async () => {
  const dir = await tempDir()
  await openServices({ dataDir: dir, resourcesDir })
  await rm(headFile(dir))
  await mkdir(headFile(dir))
  const run = runCli(['list', '--data-dir', dir])
  assert.equal(run.code, 1, run.err)
  const lines = run.err.trim().split('\n')
  assert.equal(lines.at(-1), `sourcemark: Sourcemark could not read the library in the data folder (${dir}). Check that Sourcemark may read that folder and the files in it; the details are in Sourcemark's log.`)
  assert.ok(lines.some((line) => /^sourcemark: could not open the library: .+head\.json could not be read: /.test(line)), run.err)
})

test('a damaged index read without its lock (read-only) is told in words, not by its file', async () => {
  const dir = await tempDir()
  await openServices({ dataDir: dir, resourcesDir })
  await writeFile(shardPath(dir, SAMPLE_ID), '{"version": 4, "entries": [')
  await assert.rejects(openServices({ dataDir: dir, resourcesDir, readOnly: true }), (error: Error) => {
    assert.equal(error.message, `The library in the data folder (${dir}) is damaged, and another Sourcemark is using that folder: close it, and it or the next Sourcemark to open the folder repairs it.`)
    assertNoInternalNames(userPart(error.message, dir))
    return true
  })
})

test('repairs while opening are told in words; the detail names the files', async () => {
  const dir = await tempDir()
  await openServices({ dataDir: dir, resourcesDir })
  await writeFile(join(dir, 'sources.json'), '{')
  await writeFile(shardPath(dir, SAMPLE_ID), '')
  const api = await openServices({ dataDir: dir, resourcesDir })
  const notices = await api.storageNotices({})
  assert.equal(notices.length, 2, notices.join('\n'))
  for (const notice of notices) assertNoInternalNames(userPart(notice, dir))
  assert.ok(notices.some((n) => n.startsWith(`Sourcemark repaired the library's list of documents in the data folder (${dir})`)), notices.join('\n'))
  assert.ok(notices.some((n) => n.startsWith(`Your list of sources in the data folder (${dir})`)), notices.join('\n'))
})
