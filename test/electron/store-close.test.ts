// Store.close() before quitting: what is under way is finished and what
// the index left to write a moment later is written, with real files, so
// that a quit right after a save loses nothing; a change asked for after
// it is refused in words and writes nothing.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { openServices, openShellServices } from '../../electron/services.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('store-close')

test('close() right after saves were asked for (not yet answered) waits for them: their journal lines and the shard are on disk', async () => {
  const dir = await tempDir()
  await (await openServices({ dataDir: dir, resourcesDir })).listDocuments({})
  const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true, indexWriteAfterMs: 3_600_000 })
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const saves = ['Tass reported', 'Global Times'].map((phrase) => {
    const at = text.indexOf(phrase)
    return api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + phrase.length), sources: ['tass'] })
  })
  // Asked for, not awaited: the quit comes in between.
  await close()
  const saved = await Promise.all(saves)
  assert.equal((await readLibrary(dir)).documents[0]!.annotationCount, 2)
  const again = await openServices({ dataDir: dir, resourcesDir })
  const ids = (await again.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id)
  assert.deepEqual(ids.filter((id) => saved.some((s) => s.id === id)).length, 2)
})

test('a change asked for once closing has begun is refused in words and writes nothing', async () => {
  const dir = await tempDir()
  const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true })
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const file = join(dir, 'documents', `${SAMPLE_ID}.json`)
  const before = await readFile(file, 'utf8')
  await close()
  const at = text.indexOf('Tass reported')
  await assert.rejects(
    api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + 13), sources: [] }),
    /Sourcemark is closing/)
  assert.equal(await readFile(file, 'utf8'), before)
  assert.equal((await readLibrary(dir)).documents[0]!.annotationCount, 0)
})
