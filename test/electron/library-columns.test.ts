// listLibrary: the library's summaries in columns (shared/api/summary-columns.ts),
// through the real services and dispatcher on a data folder on disk. They
// must decode to exactly what listDocuments answers (in the order asked
// for), and columns that do not fit together are refused by the contract.
// Pages: library-pages.test.ts.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseOutput } from '../../shared/api/contract.ts'
import { fromColumns, toColumns } from '../../shared/api/summary-columns.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { throughDispatch } from '../../electron/dispatch.ts'
import { openServices } from '../../electron/services.ts'

const repoRoot = resolve(import.meta.dirname, '..', '..')

test('listLibrary decodes to what listDocuments answers, and follows a change', async (t) => {
  const root = await mkdtemp(join(tmpdir(), 'sourcemark-columns-'))
  t.after(() => rm(root, { recursive: true, force: true }))
  const api = throughDispatch(await openServices({ dataDir: join(root, 'data'), resourcesDir: join(repoRoot, 'resources') }))
  const bytes = (s: string) => Buffer.from(s).toString('base64')
  await api.importDocument({ fileName: 'a.md', contentBase64: bytes('---\ntitle: Gas talks\nauthor: A. Writer\nurl: https://example.org/a\n---\n\nThe pipeline talks resumed.') })
  const [sample] = await api.listDocuments({})
  const sources = await api.listSources({})
  const text = canonicalText((await api.getDocument({ documentId: sample!.id })).blocks)
  await api.createAnnotation({ documentId: sample!.id, kind: 'claim', target: describeRange(text, 0, 10), sources: [sources[0]!.id], via: [sources[1]!.id] })

  const listed = await api.listDocuments({})
  assert.equal(listed.length, 2)
  assert.ok(listed.some((d) => Object.keys(d.viaCounts).length > 0))
  const byId = (docs: { id: string }[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id))
  assert.deepEqual(byId(fromColumns((await api.listLibrary({})).columns)), byId(listed))

  await api.updateDocumentMeta({ documentId: listed[1]!.id, meta: { title: 'Gas talks, again' } })
  const after = fromColumns((await api.listLibrary({ sort: 'title' })).columns)
  assert.equal(after[0]!.meta.title, 'Gas talks, again')
  assert.deepEqual(byId(after), byId(await api.listDocuments({})))
})

test('columns of different lengths, or a count naming no source, are refused', () => {
  const columns = toColumns([
    { id: 'a', meta: { title: 'A' }, added: '2026-01-01T00:00:00.000Z', annotationCount: 2, claimCount: 1, sourceCounts: { tass: 2 }, viaCounts: {} },
  ])
  const page = (c: typeof columns) => ({ stamp: 's-1', total: 1, all: 1, offset: 0, columns: c })
  assert.doesNotThrow(() => parseOutput('listLibrary', page(columns)))
  assert.throws(() => parseOutput('listLibrary', page({ ...columns, titles: [] })), /do not fit together/)
  assert.throws(() => parseOutput('listLibrary', page({ ...columns, sourceCounts: [[1, 2]] })), /do not fit together/)
  assert.throws(() => parseOutput('listLibrary', page({ ...columns, sourceCounts: [[0]] })), /do not fit together/)
})
