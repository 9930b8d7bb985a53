// A removed source is kept in sources.json as removed: its name outlives a
// restart (annotations show "Tass (removed)"), it is never offered for new
// tags, its id is never handed to a new source, and putting it back (undo)
// takes it off the removed list.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('removed-sources')

test('a removed source is remembered by name after a restart, and only until it is put back', async () => {
  const dataDir = await tempDir()
  const api = await openServices({ dataDir, resourcesDir: RESOURCES })
  await api.removeSource({ sourceId: 'tass' })

  const again = await openServices({ dataDir, resourcesDir: RESOURCES })
  assert.deepEqual(await again.listRemovedSources({}), [{ id: 'tass', name: 'Tass' }])
  assert.ok(!(await again.listSources({})).some((s) => s.id === 'tass'), 'a removed source is offered for tags')
  const onDisk = JSON.parse(await readFile(join(dataDir, 'sources.json'), 'utf8'))
  assert.deepEqual(onDisk.removed, [{ id: 'tass', name: 'Tass' }])

  // A new source named like it gets its own id: the old annotations stay the old source's.
  const fresh = await again.addSource({ name: 'Tass' })
  assert.notEqual(fresh.id, 'tass')
  await again.removeSource({ sourceId: fresh.id })

  // Put back with its id (undo): no longer removed.
  await again.addSource({ sourceId: 'tass', name: 'Tass', kind: 'news-agency' })
  const third = await openServices({ dataDir, resourcesDir: RESOURCES })
  assert.deepEqual(await third.listRemovedSources({}), [{ id: fresh.id, name: 'Tass' }])
})

test('a sources.json from before removed sources were kept opens with none removed', async () => {
  const dataDir = await tempDir()
  await openServices({ dataDir, resourcesDir: RESOURCES })
  const file = join(dataDir, 'sources.json')
  const data = JSON.parse(await readFile(file, 'utf8'))
  delete data.removed
  await (await import('node:fs/promises')).writeFile(file, JSON.stringify(data))
  const api = await openServices({ dataDir, resourcesDir: RESOURCES })
  assert.deepEqual(await api.listRemovedSources({}), [])
  assert.equal((await api.storageNotices({})).length, 0)
})
