// The window's place is kept in state.json, on disk, beside the last opened
// document; a bad one is forgotten without losing the rest.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openShellServices } from '../../electron/services.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('window-state')

test('the window state is written to state.json and read back on the next start', async () => {
  const dataDir = await tempDir()
  const first = await openShellServices({ dataDir, resourcesDir: RESOURCES })
  assert.equal(first.shellState.window(), null)
  const saved = { bounds: { x: 10, y: 20, width: 900, height: 700 }, maximized: true }
  await first.shellState.saveWindow(saved)
  const onDisk = JSON.parse(await readFile(join(dataDir, 'state.json'), 'utf8'))
  assert.deepEqual(onDisk.window, saved)
  const second = await openShellServices({ dataDir, resourcesDir: RESOURCES })
  assert.deepEqual(second.shellState.window(), saved)
})

test('a window state that fails its check is dropped; the last opened document stays', async () => {
  const dataDir = await tempDir()
  const { api } = await openShellServices({ dataDir, resourcesDir: RESOURCES })
  const [doc] = await api.listDocuments({})
  await api.getDocument({ documentId: doc!.id })
  const file = join(dataDir, 'state.json')
  const state = JSON.parse(await readFile(file, 'utf8'))
  assert.equal(state.lastOpened, doc!.id)
  await writeFile(file, JSON.stringify({ ...state, window: { bounds: { x: 'a' }, maximized: 1 } }))
  const again = await openShellServices({ dataDir, resourcesDir: RESOURCES })
  assert.equal(again.shellState.window(), null)
  assert.equal((await again.api.startupDocument({})).documentId, doc!.id)
})
