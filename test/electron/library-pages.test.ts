// listLibrary answers the library a page at a time, arranged by the
// services in the view's order and filter (shared/library/library-order.ts),
// with the counts the view shows and a stamp that changes with the library,
// through the real services and dispatcher on a data folder on disk.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Api } from '../../shared/api/contract.ts'
import { fromColumns } from '../../shared/api/summary-columns.ts'
import { filterLibrary, sortLibrary } from '../../shared/library/library-order.ts'
import { throughDispatch } from '../../electron/dispatch.ts'
import { openServices } from '../../electron/services.ts'

const repoRoot = resolve(import.meta.dirname, '..', '..')
const bytes = (s: string) => Buffer.from(s).toString('base64')

async function library(t: { after(run: () => Promise<void>): void }, count: number): Promise<Api> {
  const root = await mkdtemp(join(tmpdir(), 'sourcemark-pages-'))
  t.after(() => rm(root, { recursive: true, force: true }))
  const api = throughDispatch(await openServices({ dataDir: join(root, 'data'), resourcesDir: join(repoRoot, 'resources') }))
  const files = Array.from({ length: count }, (_, i) => ({
    fileName: `n${i}.md`,
    contentBase64: bytes(`---\ntitle: Note ${(i * 7) % count} on ${i % 3 === 0 ? 'gas' : 'grain'}\npublisher: ${i % 2 === 0 ? 'Tass' : 'Xinhua'}\npublished: 2025-0${1 + (i % 9)}-1${i % 10}\n---\n\nParagraph ${i} of the notes.`),
  }))
  await api.importDocuments({ importId: 'aaaaaaaa-0001', files })
  return api
}

test('pages follow the order and the filter asked for, with the counts and one stamp', async (t) => {
  const api = await library(t, 25)
  const everything = await api.listDocuments({})
  assert.equal(everything.length, 26)
  for (const sort of ['title', 'published', 'added', 'annotations'] as const) {
    for (const filter of ['', 'gas', 'xinhua', 'nothing like it']) {
      const expected = sortLibrary(filterLibrary(everything, filter), sort)
      const pages = []
      let stamp: string | undefined
      for (let offset = 0; offset < Math.max(1, expected.length); offset += 10) {
        const page = await api.listLibrary({ sort, filter, offset, limit: 10 })
        assert.equal(page.offset, offset)
        assert.equal(page.total, expected.length, `${sort} "${filter}": total`)
        assert.equal(page.all, 26)
        stamp ??= page.stamp
        assert.equal(page.stamp, stamp, 'an unchanged library keeps its stamp')
        pages.push(...fromColumns(page.columns))
      }
      assert.deepEqual(pages.map((d) => d.id), expected.map((d) => d.id), `${sort} "${filter}"`)
      assert.deepEqual(pages, expected)
    }
  }
})

test('a page past the end is empty; without a limit a page is at most the largest one', async (t) => {
  const api = await library(t, 3)
  const past = await api.listLibrary({ offset: 50, limit: 10 })
  assert.equal(past.total, 4)
  assert.deepEqual(past.columns.ids, [])
  const first = await api.listLibrary({})
  assert.equal(first.offset, 0)
  assert.equal(first.columns.ids.length, 4)
  await assert.rejects(api.listLibrary({ limit: 0 }))
  await assert.rejects(api.listLibrary({ limit: 100_000 }))
  await assert.rejects(api.listLibrary({ offset: -1 }))
})

test('the stamp changes when the library does, and the pages show the change', async (t) => {
  const api = await library(t, 5)
  const before = await api.listLibrary({ sort: 'title', limit: 3 })
  const [first] = fromColumns(before.columns)
  await api.updateDocumentMeta({ documentId: first!.id, meta: { title: 'Zz last of all' } })
  const after = await api.listLibrary({ sort: 'title', offset: 3, limit: 3 })
  assert.notEqual(after.stamp, before.stamp)
  assert.equal(fromColumns(after.columns).at(-1)!.meta.title, 'Zz last of all')
  await api.deleteDocument({ documentId: first!.id })
  const deleted = await api.listLibrary({ sort: 'title' })
  assert.notEqual(deleted.stamp, after.stamp)
  assert.equal(deleted.all, 5)
  assert.ok(!deleted.columns.ids.includes(first!.id))
})
