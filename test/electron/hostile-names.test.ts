// Sources named like Object.prototype's members ("Constructor", "__proto__",
// "toString", ...) go through every service on real files: the library
// lists them, they survive a restart, and every export names them.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { sourceIdFor } from '../../shared/model/source.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { readLibrary } from '../helpers/library-files.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('hostile-names')
const NAMES = ['Constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'constructor-2']

test('the ids made from such names are plain slugs', () => {
  assert.deepEqual(NAMES.map((n) => sourceIdFor(n, new Set())), ['constructor', 'proto', 'tostring', 'hasownproperty', 'valueof', 'constructor-2'])
})

test('sources named like Object.prototype members: annotate, list, search, reopen, export', async () => {
  const dataDir = await tempDir()
  const api = await openServices({ dataDir, resourcesDir })
  const sources = []
  for (const name of NAMES) sources.push(await api.addSource({ name }))
  const ids = sources.map((s) => s.id)
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const at = text.indexOf('Tass reported')
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + 13), sources: ids })
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'highlight', target: describeRange(text, at, at + 4), sources: ['constructor'] })

  const expected = Object.fromEntries(ids.map((id) => [id, id === 'constructor' ? 2 : 1]))
  const check = async (label: string, listed: Awaited<ReturnType<typeof api.listDocuments>>) => {
    const entry = listed.find((d) => d.id === SAMPLE_ID)!
    assert.equal(entry.annotationCount, 2, label)
    assert.deepEqual({ ...entry.sourceCounts }, expected, label)
  }
  await check('listed', await api.listDocuments({}))
  const onDisk = await readLibrary(dataDir)
  assert.deepEqual({ ...onDisk.documents.find((d) => d.id === SAMPLE_ID)!.sourceCounts }, expected)

  const reopened = await openServices({ dataDir, resourcesDir })
  assert.deepEqual(await reopened.storageNotices({}), [])
  await check('reopened', await reopened.listDocuments({}))
  assert.deepEqual((await reopened.listSources({})).slice(-NAMES.length).map((s) => s.name), NAMES)
  const hits = await reopened.search({ query: 'toString' })
  assert.ok(hits.hits.some((h) => h.field === 'source' && h.match === 'toString'))

  for (const format of ['md', 'jsonld', 'csv', 'html'] as const) {
    const { content } = await reopened.exportDocument({ documentId: SAMPLE_ID, format })
    for (const name of NAMES) assert.ok(content.includes(name), `${format} export lacks ${name}`)
    assert.ok(!content.includes('native code'), `${format} export holds a function's text`)
  }
  for (const format of ['md', 'jsonld', 'csv'] as const) {
    const { content } = await reopened.exportLibrary({ format })
    assert.ok(content.includes('hasOwnProperty'), `${format} library export`)
  }
  await reopened.removeSource({ sourceId: 'constructor' })
  await check('after removing a source', await reopened.listDocuments({}))
})
