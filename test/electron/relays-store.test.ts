// Relays on disk: a v1 document file (no via, no rejected suggestions)
// opens and is written back as v2; via goes through createAnnotation and
// updateAnnotation, is checked, counted in the library apart from sources,
// and survives a restart.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../../electron/dispatch.ts'
import { openServices } from '../../electron/services.ts'
import { DOCUMENT_FILE_VERSION, migrateDocument } from '../../electron/store/files.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import type { Api } from '../../shared/api/contract.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const V1 = join(__dirname, '..', 'fixtures', 'v1')
const DOC = 'xi-mishustin-2025-11-05'
const tempDir = tempDirs('relays-store')

async function call<T>(api: Api, method: string, payload: unknown): Promise<T> {
  const outcome = await dispatch(api, method, payload)
  if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code, field: outcome.error.field })
  return outcome.value as T
}

test('migrateDocument: v1 annotations get via [] and the file rejectedSuggestions []', () => {
  const v1 = { version: 1, document: { id: 'a' }, annotations: [{ id: 'x', sources: ['tass'] }, { id: 'y', sources: [], via: ['cnbc'] }] }
  assert.deepEqual(migrateDocument(v1), {
    version: 3, document: { id: 'a' }, rejectedSuggestions: [],
    annotations: [{ id: 'x', sources: ['tass'], via: [] }, { id: 'y', sources: [], via: ['cnbc'] }],
  })
  assert.equal(DOCUMENT_FILE_VERSION, 3)
})

test('a v1 data folder opens with via [] everywhere, and the first save writes the file whole as v3 with the v1 file as backup', async () => {
  const dir = await tempDir()
  await cp(V1, dir, { recursive: true })
  const api = await openServices({ dataDir: dir, resourcesDir: RESOURCES })
  const before = await call<{ via: string[] }[]>(api, 'listAnnotations', { documentId: DOC })
  assert.equal(before.length, 3)
  for (const a of before) assert.deepEqual(a.via, [])
  const text = canonicalText((await api.getDocument({ documentId: DOC })).blocks)
  const start = text.indexOf('Mishustin')
  await call(api, 'createAnnotation', { documentId: DOC, kind: 'claim', target: describeRange(text, start, start + 9), sources: ['tass'], via: ['xinhua'] })
  const file = join(dir, 'documents', `${DOC}.json`)
  const saved = JSON.parse(await readFile(file, 'utf8'))
  assert.equal(saved.version, 3)
  assert.deepEqual(saved.rejectedSuggestions, [])
  assert.deepEqual(saved.annotations.map((a: { via: string[] }) => a.via), [[], [], [], ['xinhua']])
  assert.equal(JSON.parse(await readFile(`${file}.bak`, 'utf8')).version, 1)
})

test('via through the contract: checked, stored, counted apart from sources, kept over a restart', async () => {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir: RESOURCES })
  const text = canonicalText((await api.getDocument({ documentId: DOC })).blocks)
  const phrase = 'maintaining, consolidating and advancing bilateral relations is a strategic choice for both sides'
  const start = text.indexOf(phrase)
  const target = describeRange(text, start, start + phrase.length)
  const xi = await call<{ id: string }>(api, 'addSource', { name: 'Xi Jinping', kind: 'person' })
  await assert.rejects(call(api, 'createAnnotation', { documentId: DOC, kind: 'claim', target, sources: [xi.id], via: ['no-such-outlet'] }),
    (e: Error & { code: string; field?: string }) => e.code === 'invalid-input' && e.field === 'via' && /There is no source with id no-such-outlet/.test(e.message))
  const created = await call<{ id: string; via: string[] }>(api, 'createAnnotation', { documentId: DOC, kind: 'claim', target, sources: [xi.id], via: ['xinhua', 'xinhua'] })
  assert.deepEqual(created.via, ['xinhua'])
  let [summary] = await call<{ sourceCounts: Record<string, number>; viaCounts: Record<string, number> }[]>(api, 'listDocuments', {})
  assert.deepEqual(summary!.sourceCounts, { [xi.id]: 1 })
  assert.deepEqual(summary!.viaCounts, { xinhua: 1 })
  const updated = await call<{ via: string[]; sources: string[] }>(api, 'updateAnnotation', { documentId: DOC, annotationId: created.id, via: ['tass'] })
  assert.deepEqual([updated.sources, updated.via], [[xi.id], ['tass']])
  const again = await openServices({ dataDir: dir, resourcesDir: RESOURCES })
  const [stored] = await call<{ via: string[] }[]>(again, 'listAnnotations', { documentId: DOC })
  assert.deepEqual(stored!.via, ['tass'])
  ;[summary] = await call<typeof summary[]>(again, 'listDocuments', {})
  assert.deepEqual(summary!.viaCounts, { tass: 1 })
})
