// The attribution engine takes seconds on a 1 MB text; it must not hold up
// the app's other requests meanwhile: a save that arrives while the
// suggestions are being found is answered first. And a second question for
// the same text is answered from the cache, without a second run.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { BIG_DOCUMENT_ID, generateBigDocument, writeBigDocument } from '../helpers/big-document.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('suggestions-off-thread')

test('saves are answered while a 1 MB document\'s suggestions are being found', async () => {
  const dir = await tempDir()
  // A smaller document than the benchmark's keeps the test short; the engine still takes a while.
  const big = generateBigDocument({ size: 300_000, annotations: 200 })
  await writeBigDocument(dir, big)
  const api = await openServices({ dataDir: dir, resourcesDir: RESOURCES })
  const text = canonicalText((await api.getDocument({ documentId: BIG_DOCUMENT_ID })).blocks)
  // The engine loaded (a small article), so the big run starts at once.
  await api.suggestAttributions({ fileName: 'small.txt', contentBase64: Buffer.from('The talks went well, Xinhua said.').toString('base64') })

  let settled = false
  const suggesting = api.suggestAttributions({ documentId: BIG_DOCUMENT_ID }).finally(() => { settled = true })
  let savedBefore = 0
  for (let i = 0; !settled && i < 1000; i++) {
    const at = 1000 + i * 50
    await api.createAnnotation({ documentId: BIG_DOCUMENT_ID, kind: 'claim', target: describeRange(text, at, at + 10) })
    if (!settled) savedBefore++
  }
  const { suggestions } = await suggesting
  assert.ok(suggestions.length > 0)
  assert.ok(savedBefore >= 1, 'no save was answered while the suggestions were being found')

  // The same text again: from the cache, at once.
  const t = performance.now()
  await api.suggestAttributions({ documentId: BIG_DOCUMENT_ID, covered: true })
  assert.ok(performance.now() - t < 2000, `a cached answer took ${(performance.now() - t).toFixed(0)} ms`)
})
