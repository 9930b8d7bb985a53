// Importing annotations again: those with ids are skipped by id, those
// without by what they mark and say (target, kind, note, sources), so a
// Hypothesis file imported twice adds nothing the second time. The
// Hypothesis API's own { total, rows } answer is read like the client's
// export.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('reimport')

const row = (exact: string, text: string, tags: string[]) => ({
  text, tags, target: [{ source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }],
})

test('a Hypothesis file without ids imported twice adds its annotations once; an edited one is new', async () => {
  const dataDir = await tempDir()
  const api = await openServices({ dataDir, resourcesDir: RESOURCES })
  const documentId = (await api.startupDocument({})).documentId!
  const file = { annotations: [row('Tass reported', 'per Tass', ['Tass']), row('Mishustin visited China', '', [])] }

  const first = await api.importAnnotations({ documentId, data: file })
  assert.equal(first.imported, 2)
  const second = await api.importAnnotations({ documentId, data: file })
  assert.deepEqual([second.imported, second.alreadyPresent], [0, 2])
  // The same twice within one file is one annotation too.
  const doubled = await api.importAnnotations({ documentId, data: { annotations: [row('Beijing', 'x', []), row('Beijing', 'x', [])] } })
  assert.deepEqual([doubled.imported, doubled.alreadyPresent], [1, 1])
  // Another note on the same words is another annotation.
  const edited = await api.importAnnotations({ documentId, data: { annotations: [row('Tass reported', 'per Tass, again', ['Tass'])] } })
  assert.equal(edited.imported, 1)
  assert.equal((await api.listAnnotations({ documentId })).length, 4)
})

test('the Hypothesis API answer { total, rows } imports like the client export', async () => {
  const dataDir = await tempDir()
  const api = await openServices({ dataDir, resourcesDir: RESOURCES })
  const documentId = (await api.startupDocument({})).documentId!
  const result = await api.importAnnotations({ documentId, data: { total: 1, rows: [{ id: 'hyp-row-000001', ...row('Tass reported', 'per Tass', ['TASS']) }] } })
  assert.equal(result.imported, 1)
  const [imported] = await api.listAnnotations({ documentId })
  assert.deepEqual(imported!.sources, ['tass'])
  assert.equal(imported!.id, 'hyp-row-000001')
})
