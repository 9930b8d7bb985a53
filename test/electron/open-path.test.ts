// Files opened with the app go through dispatch's importDocument: a new one
// is imported, one already in the library is opened, a bad one is refused
// in words and adds nothing.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { openPath } from '../../electron/shell/open-path.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('open-path')

test('a new file is imported; the same file again opens the document already there', async () => {
  const dir = await tempDir()
  const api = await openServices({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES })
  const file = join(dir, 'story.md')
  await writeFile(file, '# A story\n\nXinhua said the talks went well.\n')
  const first = await openPath(api, file)
  assert.ok(first.ok && first.created)
  const second = await openPath(api, file)
  assert.deepEqual(second, { ok: true, documentId: first.documentId, created: false })
  assert.equal((await api.listDocuments({})).filter((d) => d.id === first.documentId).length, 1)
})

test('a missing file, a folder, an empty file and an oversized one are refused with a message; nothing is added', async () => {
  const dir = await tempDir()
  const api = await openServices({ dataDir: join(dir, 'data'), resourcesDir: RESOURCES })
  const before = (await api.listDocuments({})).length
  await mkdir(join(dir, 'folder.md'))
  await writeFile(join(dir, 'empty.txt'), '')
  await writeFile(join(dir, 'big.txt'), Buffer.alloc(20 * 1024 * 1024 + 1, 'a'))
  const answers = await Promise.all(['gone.md', 'folder.md', 'empty.txt', 'big.txt'].map((name) => openPath(api, join(dir, name))))
  assert.deepEqual(answers.map((a) => a.ok), [false, false, false, false])
  for (const answer of answers) if (!answer.ok) assert.match(answer.message, /gone\.md|folder\.md|empty|big\.txt/)
  assert.equal((await api.listDocuments({})).length, before)
})
