// A document's first save in a session: what it needs beyond its own
// annotation (all the annotations counted, for the library's entry) is
// made when the reader lists them, after that answer, not in the save's.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { countsKept } from '../../shared/library/counts.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const DOC = 'xi-mishustin-2025-11-05'
const tempDir = tempDirs('first-save')

test('listing a document\'s annotations has them counted once the answer has gone', async () => {
  const api = await openServices({ dataDir: await tempDir(), resourcesDir: RESOURCES })
  const listed = await api.listAnnotations({ documentId: DOC })
  assert.equal(countsKept(listed), false, 'not before the answer')
  await new Promise((resolve) => setImmediate(resolve))
  assert.equal(countsKept(listed), true)
})
