// The library view's pages (renderer/library-pages.ts) against a listLibrary
// that answers when the test says: pages come in as the view reaches them,
// answers to an earlier sort or filter are dropped, and a page from a
// changed library (another stamp) drops the pages held.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Input } from '../../shared/api/contract.ts'
import type { LibraryPage } from '../../shared/api/library-page.ts'
import { toColumns } from '../../shared/api/summary-columns.ts'
import { LibraryPages } from '../../renderer/library-pages.ts'

const doc = (id: string) => ({ id, meta: { title: id }, added: '2026-01-01T00:00:00.000Z', annotationCount: 0, claimCount: 0, sourceCounts: {}, viaCounts: {} })

// A library of `count` documents named by `prefix`; each question waits
// until answer() is called for it.
function server(count: number) {
  // checking: the entries not yet checked against the files (an early question is answered at once).
  let library = { stamp: 's-1', ids: Array.from({ length: count }, (_, i) => `d${i}`), checking: false }
  const waiting: { query: Input<'listLibrary'>; reply: () => void }[] = []
  const api = {
    listLibrary: (query: Input<'listLibrary'>) => new Promise<LibraryPage>((resolve) => {
      const at = library
      waiting.push({
        query,
        reply: () => {
          const ids = at.ids.filter((id) => id.includes(query.filter ?? ''))
          const offset = query.offset ?? 0
          const early = query.early && at.checking ? { checking: true as const } : {}
          resolve({ stamp: at.stamp, total: ids.length, all: at.ids.length, offset, columns: toColumns(ids.slice(offset, offset + (query.limit ?? 1000)).map(doc)), ...early })
        },
      })
    }),
  }
  return {
    api,
    waiting,
    checking(now: boolean) { library = { ...library, checking: now } },
    change(ids: string[]) { library = { stamp: `s-${Number(library.stamp.slice(2)) + 1}`, ids, checking: library.checking } },
    async answer(index = 0) {
      waiting.splice(index, 1)[0]!.reply()
      await new Promise((r) => setTimeout(r, 0))
    },
  }
}

test('the first page first, then the pages the view reaches', async () => {
  const s = server(25)
  let changes = 0
  const pages = new LibraryPages(s.api, () => changes++, (e) => { throw e }, 10)
  const loaded = pages.reload()
  assert.deepEqual(s.waiting.map((w) => [w.query.offset, w.query.limit]), [[0, 10]])
  await s.answer()
  await loaded
  assert.equal(changes, 1)
  assert.equal(pages.total, 25)
  assert.equal(pages.all, 25)
  assert.equal(pages.at(9)?.id, 'd9')
  assert.equal(pages.at(10), undefined)
  // Rows 0-3 shown: within half a page of nothing unfetched.
  pages.want([0, 1, 2, 3])
  assert.equal(s.waiting.length, 0)
  // Rows 6-9: the next page is asked for, once.
  pages.want([6, 7, 8, 9])
  pages.want([6, 7, 8, 9])
  assert.deepEqual(s.waiting.map((w) => w.query.offset), [10])
  await s.answer()
  assert.equal(pages.at(19)?.id, 'd19')
  // The end of the list, far below.
  pages.want([24])
  assert.deepEqual(s.waiting.map((w) => w.query.offset), [20])
  await s.answer()
  assert.equal(pages.at(24)?.id, 'd24')
})

test('an answer to an earlier filter is dropped; the count follows the filter', async () => {
  const s = server(30)
  const pages = new LibraryPages(s.api, () => {}, (e) => { throw e }, 10)
  void pages.reload()
  pages.filter = 'd1'
  void pages.reload()
  assert.equal(s.waiting.length, 2)
  await s.answer(1)
  assert.equal(pages.total, 11)
  assert.equal(pages.all, 30)
  assert.equal(pages.at(1)?.id, 'd10')
  await s.answer(0)
  assert.equal(pages.total, 11, 'the answer without the filter came late and was dropped')
  assert.equal(pages.at(1)?.id, 'd10')
})

test('a page from a changed library drops the pages held, and the view fetches them again', async () => {
  const s = server(40)
  const pages = new LibraryPages(s.api, () => {}, (e) => { throw e }, 10)
  void pages.reload()
  await s.answer()
  pages.want([8, 9])
  pages.want([18, 19])
  assert.deepEqual(s.waiting.map((w) => w.query.offset), [10, 20])
  await s.answer(0)
  // The library changes: a document goes, all move up.
  s.change(Array.from({ length: 39 }, (_, i) => `d${i + 1}`))
  // The page asked before the change comes back after it, of the old library.
  await s.answer(0)
  assert.equal(pages.at(20)?.id, 'd20')
  // The next page is of the new library: what was held is dropped.
  pages.want([29])
  assert.deepEqual(s.waiting.map((w) => w.query.offset), [30])
  await s.answer(0)
  assert.equal(pages.total, 39)
  assert.equal(pages.all, 39)
  assert.equal(pages.at(30)?.id, 'd31')
  assert.equal(pages.at(0), undefined)
  assert.equal(pages.at(20), undefined)
  pages.want([0, 1])
  assert.deepEqual(s.waiting.map((w) => w.query.offset), [0])
  await s.answer()
  assert.equal(pages.at(0)?.id, 'd1')
})

test('the first page answered before the check is shown, then asked again; a library the check changed comes back whole', async () => {
  const s = server(25)
  s.checking(true)
  const changes: (number | null)[] = []
  const pages = new LibraryPages(s.api, (page) => changes.push(page?.offset ?? null), (e) => { throw e }, 10)
  const loaded = pages.reload()
  assert.equal(s.waiting[0]!.query.early, true)
  // The check finds a document gone; the early answer is of the entries as they were.
  s.checking(false)
  s.change(Array.from({ length: 24 }, (_, i) => `d${i + 1}`))
  await s.answer()
  await loaded
  assert.equal(pages.at(0)?.id, 'd0')
  assert.equal(pages.total, 25)
  // Asked again, without early: that question waits for the check.
  assert.deepEqual(s.waiting.map((w) => [w.query.offset, w.query.early]), [[0, undefined]])
  await s.answer()
  assert.equal(pages.total, 24)
  assert.equal(pages.at(0)?.id, 'd1')
  assert.deepEqual(changes, [null, null], 'both drawn whole')
  assert.equal(s.waiting.length, 0)
  // Checked: a reload asks early and is answered as any page, once.
  await Promise.all([pages.reload(), s.answer()])
  assert.equal(s.waiting.length, 0)
})
