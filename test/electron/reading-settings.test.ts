// Reading settings and positions: kept in state.json on disk, seen by the
// next start, refused whole when bad.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../../electron/dispatch.ts'
import { openServices } from '../../electron/services.ts'
import { defaultSettings, MAX_POSITIONS } from '../../shared/model/reading.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const DOC = 'xi-mishustin-2025-11-05'
const tempDir = tempDirs('reading-test')
const open = (dir: string) => openServices({ dataDir: dir, resourcesDir: RESOURCES })
const stateOf = async (dir: string) => JSON.parse(await readFile(join(dir, 'state.json'), 'utf8'))

test('settings start at the defaults, change one at a time, and are there after a restart', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  assert.deepEqual(await api.getSettings({}), defaultSettings)
  await api.updateSettings({ theme: 'sepia' })
  const changed = await api.updateSettings({ textSize: 5, typeface: 'legible' })
  assert.deepEqual(changed, { ...defaultSettings, theme: 'sepia', textSize: 5, typeface: 'legible' })
  assert.deepEqual((await stateOf(dir)).settings, changed)
  assert.deepEqual(await (await open(dir)).getSettings({}), changed)
})

test('a bad setting is refused with the field named, and nothing is written', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  await api.updateSettings({ measure: 'wide' })
  const before = await readFile(join(dir, 'state.json'), 'utf8')
  for (const bad of [{ textSize: 9 }, { theme: 'neon' }, { measure: 'wide', colour: 'red' }, { textSize: 2.5 }]) {
    const outcome = await dispatch(api, 'updateSettings', bad)
    assert.equal(outcome.ok, false, JSON.stringify(bad))
    // In the user's words, never the method's name.
    if (!outcome.ok) assert.doesNotMatch(outcome.error.message, /updateSettings/)
  }
  assert.match(JSON.stringify(await dispatch(api, 'updateSettings', { textSize: 9 })), /text size is 1 to 7/)
  assert.equal(await readFile(join(dir, 'state.json'), 'utf8'), before)
  assert.equal((await api.getSettings({})).measure, 'wide')
})

test('a state.json from before settings reads as the defaults and keeps its last opened document', async () => {
  const dir = await tempDir()
  await open(dir)
  await writeFile(join(dir, 'state.json'), JSON.stringify({ version: 1, lastOpened: DOC }))
  const api = await open(dir)
  assert.deepEqual(await api.getSettings({}), defaultSettings)
  assert.deepEqual(await api.listReadingPositions({}), [])
  assert.deepEqual(await api.startupDocument({}), { documentId: DOC })
})

test('reading positions: one per document, the newest first, kept across a restart, capped', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  await api.saveReadingPosition({ documentId: DOC, offset: 120, progress: 0.2 })
  await api.saveReadingPosition({ documentId: 'other', offset: 5, progress: 0.01 })
  await api.saveReadingPosition({ documentId: DOC, offset: 900, progress: 0.6 })
  const expected = [{ documentId: DOC, offset: 900, progress: 0.6 }, { documentId: 'other', offset: 5, progress: 0.01 }]
  assert.deepEqual(await api.listReadingPositions({}), expected)
  assert.deepEqual(await (await open(dir)).listReadingPositions({}), expected)
  assert.equal((await dispatch(api, 'saveReadingPosition', { documentId: DOC, offset: -1, progress: 0.5 })).ok, false)
  assert.equal((await dispatch(api, 'saveReadingPosition', { documentId: DOC, offset: 1, progress: 1.5 })).ok, false)
  assert.equal((await dispatch(api, 'saveReadingPosition', { documentId: '__proto__', offset: 1, progress: 0.5 })).ok, false)

  // A full list on disk (written directly: thousands of durable saves are slow), then two more.
  const full = Array.from({ length: MAX_POSITIONS }, (_, i) => ({ documentId: `d${i}`, offset: i, progress: 0 }))
  await writeFile(join(dir, 'state.json'), JSON.stringify({ ...(await stateOf(dir)), positions: full }))
  const reopened = await open(dir)
  await reopened.saveReadingPosition({ documentId: 'newer', offset: 1, progress: 0 })
  await reopened.saveReadingPosition({ documentId: 'newest', offset: 1, progress: 0 })
  const kept = await reopened.listReadingPositions({})
  assert.equal(kept.length, MAX_POSITIONS)
  assert.deepEqual(kept.slice(0, 3).map((p) => p.documentId), ['newest', 'newer', 'd0'])
  assert.equal(kept.at(-1)!.documentId, `d${MAX_POSITIONS - 3}`)
  assert.equal((await stateOf(dir)).positions.length, MAX_POSITIONS)
})

test('suggestions on or off are kept with the settings; a state.json from before reads them as on', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  assert.equal((await api.getSettings({})).suggestions, true)
  await api.updateSettings({ suggestions: false })
  assert.equal((await stateOf(dir)).settings.suggestions, false)
  assert.equal((await (await open(dir)).getSettings({})).suggestions, false)
  assert.match(JSON.stringify(await dispatch(api, 'updateSettings', { suggestions: 'off' })), /Suggestions are on \(true\) or off \(false\)/)

  const { suggestions: _, ...older } = defaultSettings
  await writeFile(join(dir, 'state.json'), JSON.stringify({ version: 1, lastOpened: null, settings: { ...older, theme: 'dark' }, positions: [] }))
  assert.deepEqual(await (await open(dir)).getSettings({}), { ...defaultSettings, theme: 'dark' })
})
