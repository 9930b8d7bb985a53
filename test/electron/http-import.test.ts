// Importing hostile files through the real browser-mode server (issue 10,
// item 1): the import runs in a worker, so the server keeps answering while
// it works and after it fails, and a refused file writes nothing.

import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openServices } from '../../electron/services.ts'
import { startServer, type RunningServer } from '../../electron/http/server.ts'
import { callApi, signIn } from '../helpers/http-sign-in.ts'
import { WorkMeter } from '../../shared/import/work-meter.ts'
import { nestedMarksPage, reopenedMarksPage } from '../helpers/hostile-html.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

let root: string
let dataDir: string
let server: RunningServer
let cookie: string

const api = (method: string, payload: unknown) => callApi(server, cookie, method, payload)

const importPayload = (fileName: string, text: string) => ({ fileName, contentBase64: Buffer.from(text).toString('base64') })

// Every file under the data directory with its bytes.
async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dataDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath ?? entry.path, entry.name)
    files.set(path, (await readFile(path)).toString('base64'))
  }
  return files
}

// Asks for the library PROBES times in a row right after `pending` was
// sent; how many answers came while it was still pending. An import on the
// server's own thread would block all but the first one or two (sent while
// the upload was still arriving). A few, not a flood: a flood would only
// compete with the import for the machine's two cores.
const PROBES = 20

async function answeredDuring(pending: Promise<{ status: number; body: string }>): Promise<number> {
  let done = false
  void pending.finally(() => { done = true })
  let answered = 0
  for (let probe = 0; probe < PROBES && !done; probe++) {
    const reply = await api('listDocuments', {})
    assert.equal(reply.status, 200)
    if (!done) answered++
  }
  await pending
  return answered
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'sourcemark-http-import-'))
  dataDir = join(root, 'data')
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>')
  const services = await openServices({ dataDir, resourcesDir: join(repoRoot, 'resources') })
  server = await startServer({ api: services, rendererDir })
  cookie = await signIn(server)
})

after(async () => {
  await server?.close()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('importing hostile HTML through the HTTP server', () => {
  test('250 KB of 300 nested inline elements imports, with its marks, while the server keeps answering', async () => {
    const page = nestedMarksPage({ triples: 100, textNodes: 49_000 })
    assert.ok(page.length > 245_000)
    const metersBefore = WorkMeter.started
    const pending = api('importDocument', importPayload('nested.html', page))
    assert.equal(await answeredDuring(pending), PROBES, 'requests waited for the import')
    const reply = await pending
    assert.equal(WorkMeter.started, metersBefore, 'the importer ran on the server\'s thread')
    assert.equal(reply.status, 200, reply.body)
    const { status, document } = (JSON.parse(reply.body) as { value: { status: string; document: { id: string } } }).value
    assert.equal(status, 'created')
    const stored = (JSON.parse((await api('getDocument', { documentId: document.id })).body) as { value: { blocks: { marks?: unknown[] }[] } }).value
    assert.equal(stored.blocks.length, 1)
    assert.equal(stored.blocks[0]!.marks?.length, 3)
  })

  test('250 KB that the parser would blow up to millions of elements is refused in a sentence, writes nothing, and the server goes on', async () => {
    const before = await snapshot()
    const page = reopenedMarksPage({ triples: 100, textNodes: 63_000 })
    assert.ok(page.length > 250_000)
    const metersBefore = WorkMeter.started
    const pending = api('importDocument', importPayload('tangled.html', page))
    assert.equal(await answeredDuring(pending), PROBES, 'requests waited for the import')
    const reply = await pending
    assert.equal(WorkMeter.started, metersBefore, 'the importer ran on the server\'s thread')
    assert.equal(reply.status, 400, reply.body)
    const { error } = JSON.parse(reply.body) as { error: { code: string; message: string } }
    assert.equal(error.code, 'invalid-input')
    assert.match(error.message, /^tangled\.html: This page is too tangled to import safely/)
    assert.deepEqual(await snapshot(), before)
    assert.equal((await api('listDocuments', {})).status, 200)
  })
})
