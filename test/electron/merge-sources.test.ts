// Merging two sources moves every annotation over (sources and relays, in
// every document, the trash's too), keeps the old name as an alias, and
// removes the old source; ordering sources is saved. Real files on disk.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { ApiError, type Api } from '../../shared/api/contract.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('merge-sources')
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

async function claim(api: Api, documentId: string, words: string, sources: string[], via: string[] = []) {
  const text = canonicalText((await api.getDocument({ documentId })).blocks)
  const start = text.indexOf(words)
  assert.ok(start >= 0, words)
  return api.createAnnotation({ documentId, kind: 'claim', target: describeRange(text, start, start + words.length), sources, via })
}

test('merging moves every annotation in every document, the trash too, and survives a restart', async () => {
  const dataDir = await tempDir()
  const api = await openServices({ dataDir, resourcesDir: RESOURCES })
  const sample = (await api.startupDocument({})).documentId!
  const other = await api.importDocument({ fileName: 'other.md', contentBase64: base64('# Other\n\nTass said the port opened. Xinhua agreed.') })
  assert.equal(other.status, 'created')
  const otherId = other.document.id

  const both = await claim(api, sample, 'Tass reported', ['tass', 'xinhua'])
  const relayed = await claim(api, sample, 'Mishustin', ['cnbc'], ['tass'])
  const untouched = await claim(api, sample, 'Beijing', ['global-times'])
  const trashed = await claim(api, otherId, 'the port opened', ['tass'])
  await api.deleteDocument({ documentId: otherId })

  const answer = await api.mergeSources({ from: 'tass', into: 'xinhua' })
  assert.equal(answer.annotations, 3)
  assert.equal(answer.documents, 2)
  assert.deepEqual(answer.source.aliases, ['Xinhua News Agency', 'Tass'])

  const again = await openServices({ dataDir, resourcesDir: RESOURCES })
  assert.deepEqual((await again.listSources({})).map((s) => s.id), ['xinhua', 'global-times', 'cnbc'])
  const byId = new Map((await again.listAnnotations({ documentId: sample })).map((a) => [a.id, a]))
  assert.deepEqual(byId.get(both.id)!.sources, ['xinhua'])
  assert.deepEqual(byId.get(relayed.id)!.via, ['xinhua'])
  assert.deepEqual(byId.get(relayed.id)!.sources, ['cnbc'])
  assert.deepEqual(byId.get(untouched.id)!.sources, ['global-times'])
  assert.equal(byId.get(untouched.id)!.modified, untouched.modified)
  await again.restoreDocument({ documentId: otherId })
  const restored = (await again.listAnnotations({ documentId: otherId })).find((a) => a.id === trashed.id)!
  assert.deepEqual(restored.sources, ['xinhua'])
  const counts = (await again.listDocuments({})).find((d) => d.id === sample)!
  assert.equal(counts.sourceCounts.tass, undefined)
  assert.equal(counts.sourceCounts.xinhua, 1)
})

test('merging into itself or an unknown source is refused in words and changes nothing', async () => {
  const dataDir = await tempDir()
  const api = await openServices({ dataDir, resourcesDir: RESOURCES })
  const refused = async (input: { from: string; into: string }, message: RegExp, field: string) => {
    await assert.rejects(api.mergeSources(input), (error: unknown) => {
      assert.ok(error instanceof ApiError)
      assert.match(error.message, message)
      assert.equal(error.field, field)
      return true
    })
  }
  await refused({ from: 'tass', into: 'tass' }, /cannot be merged into itself/, 'into')
  await refused({ from: 'nobody', into: 'tass' }, /not in the list/, 'from')
  await refused({ from: 'tass', into: 'nobody' }, /not in the list/, 'into')
  assert.equal((await api.listSources({})).length, 4)
})

test('sources are put in the order asked, which is kept; an order that does not match the list is refused', async () => {
  const dataDir = await tempDir()
  const api = await openServices({ dataDir, resourcesDir: RESOURCES })
  await api.orderSources({ order: ['cnbc', 'xinhua', 'tass', 'global-times'] })
  const again = await openServices({ dataDir, resourcesDir: RESOURCES })
  assert.deepEqual((await again.listSources({})).map((s) => s.id), ['cnbc', 'xinhua', 'tass', 'global-times'])
  for (const order of [['cnbc', 'xinhua', 'tass'], ['cnbc', 'xinhua', 'tass', 'tass'], ['cnbc', 'xinhua', 'tass', 'bbc']]) {
    await assert.rejects(again.orderSources({ order }), /The sources have changed/)
  }
  assert.deepEqual((await again.listSources({})).map((s) => s.id), ['cnbc', 'xinhua', 'tass', 'global-times'])
})
