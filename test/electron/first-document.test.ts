// The startup document answered before the library's shards are read
// (store/first-document.ts, first-answers.ts): the page's first calls come
// back while another shard still holds the open (a FIFO no one has written
// yet: the open cannot finish until the test writes it), and what the whole
// open repairs (a damaged shard, the first document's shard or file) is
// still repaired and told.

import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Api } from '../../shared/api/contract.ts'
import { openServices, openShellServices, type ShellServices } from '../../electron/services.ts'
import { shardFile, shardOf } from '../../electron/store/library-shards.ts'
import { writeSmallDocuments } from '../helpers/many-documents.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { serve } from '../helpers/serve-child.ts'
import { EARLY_CALL_HEADER } from '../../shared/api/early-header.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('first-document')
const FIRST = 'doc-00007'

// A library of 40 small documents (and the sample), last left on FIRST.
async function library(): Promise<string> {
  const dir = await tempDir()
  await writeSmallDocuments(dir, 40)
  const api = await openServices({ dataDir: dir, resourcesDir })
  await api.getDocument({ documentId: FIRST })
  await api.saveReadingPosition({ documentId: FIRST, offset: 12, progress: 0.1 })
  return dir
}

// A shard other than FIRST's that holds entries.
function otherShard(): number {
  for (let i = 0; i < 40; i++) {
    const shard = shardOf(`doc-${String(i).padStart(5, '0')}`)
    if (shard !== shardOf(FIRST)) return shard
  }
  throw new Error('no other shard')
}

// The shard made a FIFO: its read waits until write() is called.
async function held(dir: string, shard: number): Promise<{ write: () => Promise<void> }> {
  const file = shardFile(dir, shard)
  const text = await readFile(file)
  await rm(file)
  execFileSync('mkfifo', [file])
  return { write: () => writeFile(file, text) }
}

function open(dir: string): { first: Promise<Api>; opening: Promise<ShellServices>; isOpen: () => boolean } {
  let open = false
  let told!: (api: Api) => void
  const first = new Promise<Api>((resolve) => { told = resolve })
  const opening = openShellServices({ dataDir: dir, resourcesDir, quickStart: true, first: told })
  void opening.then(() => { open = true }, () => {})
  return { first, opening, isOpen: () => open }
}

// Turns of the event loop, so that a call that could be answered is.
async function turns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve))
}

describe('the first document before the library', { timeout: 60_000 }, () => {
  test('the page\'s first calls are answered while a shard still holds the library\'s open; the rest wait for it', async () => {
    const dir = await library()
    const whole = await openServices({ dataDir: dir, resourcesDir })
    const expected = {
      document: await whole.getDocument({ documentId: FIRST }),
      annotations: await whole.listAnnotations({ documentId: FIRST }),
      sources: await whole.listSources({}),
      removed: await whole.listRemovedSources({}),
      settings: await whole.getSettings({}),
      positions: await whole.listReadingPositions({}),
      count: (await whole.listDocuments({})).length,
    }
    const shard = await held(dir, otherShard())
    const { first, opening, isOpen } = open(dir)
    const api = await first
    assert.deepEqual(await api.startupDocument({}), { documentId: FIRST })
    assert.deepEqual(await api.getDocument({ documentId: FIRST }), expected.document)
    assert.deepEqual(await api.listAnnotations({ documentId: FIRST }), expected.annotations)
    assert.deepEqual(await api.listSources({}), expected.sources)
    assert.deepEqual(await api.listRemovedSources({}), expected.removed)
    assert.deepEqual(await api.getSettings({}), expected.settings)
    assert.deepEqual(await api.listReadingPositions({}), expected.positions)
    assert.equal(isOpen(), false, 'answered while the library is still opening')
    // What needs the whole library waits for it.
    let listed = false
    const list = api.listDocuments({}).then((documents) => { listed = true; return documents })
    const other = api.getDocument({ documentId: 'doc-00001' })
    await turns()
    assert.equal(listed, false)
    await shard.write()
    const opened = await opening
    assert.equal((await list).length, expected.count)
    assert.equal((await other).id, 'doc-00001')
    assert.deepEqual(await opened.api.storageNotices({}), [])
    await opened.close()
  })

  test('a damaged shard is still repaired and told, after the first document was answered', async () => {
    const dir = await library()
    await writeFile(shardFile(dir, otherShard()), '{"version":4,"entries":[{"id":')
    const { first, opening } = open(dir)
    assert.deepEqual(await (await first).startupDocument({}), { documentId: FIRST })
    const opened = await opening
    const notices = await opened.api.storageNotices({})
    assert.equal(notices.length, 1)
    assert.match(notices[0]!, /repaired the library's list of documents/)
    assert.equal((await opened.api.listDocuments({})).length, 40)
    await opened.close()
  })

  for (const [what, damage] of [
    ['its shard', (dir: string) => writeFile(shardFile(dir, shardOf(FIRST)), 'not json')],
    ['its file', (dir: string) => writeFile(join(dir, 'documents', `${FIRST}.json`), '{"version":')],
  ] as const) {
    test(`the first document with ${what} damaged waits for the whole open, which repairs it and tells`, async () => {
      const dir = await library()
      await damage(dir)
      let told = false
      const opened = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true, first: () => { told = true } })
      assert.equal(told, false)
      await opened.api.listAnnotations({ documentId: FIRST }).catch(() => {})
      assert.equal((await opened.api.storageNotices({})).length, 1)
      await opened.close()
    })
  }

  test('a last document in the trash is not taken for the first: the open answers', async () => {
    const dir = await library()
    const api = await openServices({ dataDir: dir, resourcesDir })
    await api.deleteDocument({ documentId: FIRST })
    let told = false
    const opened = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true, first: () => { told = true } })
    assert.equal(told, false)
    assert.notEqual((await opened.api.startupDocument({})).documentId, FIRST)
    await opened.close()
  })

  test('a library that then fails to open answers nothing more from what was found first', async () => {
    const dir = await library()
    // A folder where a shard should be: unreadable, not damaged, so the open stops.
    const file = shardFile(dir, otherShard())
    await rm(file)
    await mkdir(file)
    const { first, opening } = open(dir)
    const api = await first
    await assert.rejects(opening)
    await assert.rejects(api.startupDocument({}))
  })

  test('browser mode answers the page\'s first script while a shard still holds the open', async () => {
    const dir = await library()
    const shard = await held(dir, otherShard())
    const server = await serve(dir)
    try {
      const early = { [EARLY_CALL_HEADER]: '1' }
      assert.deepEqual(await server.call('startupDocument', {}, early), { ok: true, value: { documentId: FIRST } })
      const document = await server.call('getDocument', { documentId: FIRST }, early)
      assert.equal((document.value as { id: string }).id, FIRST)
      // The store's notices need the whole library: answered once it is open.
      const notices = server.call('storageNotices', {}, early)
      await shard.write()
      assert.deepEqual(await notices, { ok: true, value: [] })
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })
})
