// Annotation files and API calls nested millions of levels deep (10 MB of
// "["), written to disk and imported as a user would: refused in words
// before JSON.parse builds them, nothing written.

import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { startServer, type RunningServer } from '../../electron/http/server.ts'
import { jsonDeeperThan } from '../../shared/text/json-depth.ts'
import { callApi, signIn } from '../helpers/http-sign-in.ts'
import { REPO_ROOT, runCli } from '../helpers/run-cli.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { dataSnapshot } from '../helpers/data-snapshot.ts'

const tempDir = tempDirs('deep-json')
let dataDir: string
let root: string
let server: RunningServer
let cookie: string

const snapshot = () => dataSnapshot(dataDir)

before(async () => {
  root = await tempDir()
  dataDir = join(root, 'data')
  await openServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources') })
})
after(() => server?.close())

test('the depth is found past strings and escapes', () => {
  assert.equal(jsonDeeperThan('[[["[[[[\\"[[["]]]', 3), false)
  assert.equal(jsonDeeperThan('[[[[]]]]', 3), true)
  assert.equal(jsonDeeperThan('{"a":{"b":[{"c":1}]}}', 4), false)
})

test('sourcemark import-annotations refuses 5,000,000 nested lists in words; nothing is written', async () => {
  const file = join(root, 'deep.json')
  await writeFile(file, `${'['.repeat(5_000_000)}${']'.repeat(5_000_000)}`)
  const before = await snapshot()
  const run = runCli(['import-annotations', SAMPLE_ID, file, '--data-dir', dataDir])
  assert.equal(run.code, 1, run.err)
  assert.equal(run.err.trim(), `sourcemark: ${file} is not an annotation file Sourcemark can read: it nests lists or objects more than 100 levels deep`)
  assert.deepEqual(await snapshot(), before)
})

test('the browser-mode server refuses a call nested 1,000,000 deep in words; nothing is written', async () => {
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>')
  server = await startServer({ api: await openServices({ dataDir, resourcesDir: join(REPO_ROOT, 'resources') }), rendererDir })
  cookie = await signIn(server)
  const before = await snapshot()
  const answer = await fetch(`http://127.0.0.1:${server.port}/api/importAnnotations`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie },
    body: `{"documentId":"${SAMPLE_ID}","data":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`,
  })
  assert.equal(answer.status, 400)
  assert.match(((await answer.json()) as { error: { message: string } }).error.message, /^The request nests lists or objects more than 100 levels deep/)
  // An ordinary call still answers.
  assert.equal((await callApi(server, cookie, 'listDocuments', {})).status, 200)
  assert.deepEqual(await snapshot(), before)
})
