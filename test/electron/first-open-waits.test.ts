// The library's whole open waits for the page's first calls (first-answers.ts,
// store-open.ts): its shards are read only once what the store was told
// first has been answered, or a call needs the whole library, or a page
// that never asks has been waited for long enough; then it repairs and
// tells as ever.

import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { closeSync, constants, openSync, writeSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { firstAnswers } from '../../electron/first-answers.ts'
import { Store } from '../../electron/store/store.ts'
import { AppState } from '../../electron/store/state.ts'
import type { FirstParts } from '../../electron/store/store-options.ts'
import type { Api } from '../../shared/api/contract.ts'
import { shardFile, shardOf } from '../../electron/store/library-shards.ts'
import { writeSmallDocuments } from '../helpers/many-documents.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('first-open-waits')
const FIRST = 'doc-00007'

async function library(): Promise<string> {
  const dir = await tempDir()
  await writeSmallDocuments(dir, 40)
  const api = await openServices({ dataDir: dir, resourcesDir })
  await api.getDocument({ documentId: FIRST })
  await api.saveReadingPosition({ documentId: FIRST, offset: 12, progress: 0.1 })
  return dir
}

function otherShard(): number {
  for (let i = 0; i < 40; i++) {
    const shard = shardOf(`doc-${String(i).padStart(5, '0')}`)
    if (shard !== shardOf(FIRST)) return shard
  }
  throw new Error('no other shard')
}

// The FIFO opened to write, when someone has it open to read it (a
// writer's open without waiting fails with ENXIO when no one does).
function reader(file: string): number | null {
  try {
    return openSync(file, constants.O_WRONLY | constants.O_NONBLOCK)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') return null
    throw error
  }
}

async function turns(n = 20): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve))
}

// The first answers over a real state.json, with a library that never opens.
async function answers(atMostMs = 60_000): Promise<{ api: Api; isServed: () => boolean; served: Promise<void> }> {
  const dir = await tempDir()
  const state = await AppState.open(dir, { writable: true, fallback: null })
  const parts = { id: FIRST, data: { document: { id: FIRST }, annotations: [] }, sources: { version: 1, sources: [], removed: [] }, state } as unknown as FirstParts
  const { api, served } = firstAnswers(parts, new Promise<Api>(() => {}), { atMostMs })
  let done = false
  void served.then(() => { done = true })
  return { api, served, isServed: () => done }
}

describe('the whole open waits for the page\'s first calls', { timeout: 60_000 }, () => {
  test('served once every first call has been answered, not before', async () => {
    const { api, isServed } = await answers()
    await api.startupDocument({})
    await api.getDocument({ documentId: FIRST })
    await api.listAnnotations({ documentId: FIRST })
    await api.listSources({})
    await api.listRemovedSources({})
    await api.getSettings({})
    // Asked twice: still one call to go.
    await api.getSettings({})
    await turns()
    assert.equal(isServed(), false)
    await api.listReadingPositions({})
    await turns()
    assert.equal(isServed(), true)
  })

  for (const [what, ask] of [
    ['a call that needs the whole library', (api: Api) => api.storageNotices({})],
    ['another document', (api: Api) => api.getDocument({ documentId: 'doc-00001' })],
  ] as const) {
    test(`served at once by ${what}`, async () => {
      const { api, isServed } = await answers()
      void ask(api)
      await turns()
      assert.equal(isServed(), true)
    })
  }

  test('served after a while when no page asks', async () => {
    const { served } = await answers(0)
    await served
  })

  test('the shards are read only once what the store was told first has settled; a damaged one is still repaired and told', async () => {
    const dir = await library()
    const held = shardFile(dir, otherShard())
    const text = await readFile(held)
    await rm(held)
    execFileSync('mkfifo', [held])
    let awaited = false
    let readEarly: number | null = null
    let go!: () => void
    let told!: () => void
    const found = new Promise<void>((resolve) => { told = resolve })
    const gate = new Promise<void>((resolve) => { go = resolve })
    const opening = Store.open(dir, {
      quickStart: true,
      first: () => (told(), {
        then: (resolve: () => void) => {
          awaited = true
          readEarly = reader(held)
          void gate.then(resolve)
        },
      }) as unknown as Promise<void>,
    })
    // Damaged after the first document was found: the open reads it so.
    const other = shardFile(dir, [0, 1, 2].find((n) => n !== shardOf(FIRST) && n !== otherShard())!)
    await found
    await turns()
    assert.equal(awaited, true, 'the open waits for the first answers')
    assert.equal(readEarly, null, 'no shard read before')
    await writeFile(other, '{"version":4,"entries":[{"id":')
    go()
    // The FIFO is read once the gate opened.
    let fd = reader(held)
    while (fd === null) {
      await turns(1)
      fd = reader(held)
    }
    writeSync(fd, text)
    closeSync(fd)
    const store = await opening
    assert.ok(store.notices.some((n) => /repaired the library's list of documents/.test(n)), store.notices.join('\n'))
    assert.equal(store.library.data.documents.length, 40)
    await store.close()
  })
})
