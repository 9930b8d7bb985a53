// A commit of the library index that changes nothing (the open's save when
// the index was true to the files) writes nothing and says so, without a
// pass over the entries; with something left to write it still writes it.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { readWrite } from '../../electron/store/access.ts'
import { openLibrary } from '../../electron/store/library-open.ts'
import { shardFile, shardOf } from '../../electron/store/library-shards.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('library-commit-unchanged')

async function opened(dir: string) {
  const noDocument = async () => null
  return openLibrary(dir, readWrite(undefined), { read: noDocument, check: noDocument, notices: [], checkLater: true })
}

test('a commit that changes nothing answers false and writes nothing; a change is still written', async () => {
  const dir = await tempDir()
  await openServices({ dataDir: dir, resourcesDir })
  const { index, save } = await opened(dir)
  await save()
  const file = shardFile(dir, shardOf(SAMPLE_ID))
  const before = await readFile(file, 'utf8')
  // Marked so that a write of the shard would show.
  await writeFile(file, before.replace('{"version"', '{ "version"'))
  assert.equal(await index.commit((library) => library), false)
  assert.equal(await readFile(file, 'utf8'), before.replace('{"version"', '{ "version"'))
  assert.equal(await index.commit((library) => library, { also: [shardOf(SAMPLE_ID)] }), true)
  assert.equal(await readFile(file, 'utf8'), before)
  const renamed = (library: typeof index.data) => ({ ...library, documents: library.documents.map((d) => ({ ...d, meta: { ...d.meta, title: 'Renamed' } })) })
  assert.equal(await index.commit(renamed), true)
  assert.match(await readFile(file, 'utf8'), /Renamed/)
})
