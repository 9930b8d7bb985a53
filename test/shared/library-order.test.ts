import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { DocumentSummary } from '../../shared/api/contract.ts'
import { filterLibrary, publishedTime, sortLibrary, type LibrarySort } from '../../shared/library/library-order.ts'

function doc(id: string, meta: Partial<DocumentSummary['meta']>, added: string, annotationCount = 0): DocumentSummary {
  return { id, meta: { title: id, ...meta }, added, annotationCount, claimCount: 0, sourceCounts: {}, viaCounts: {} }
}

const library = [
  doc('b', { title: 'Beta report', publisher: 'Xinhua', published: '2025-11-05' }, '2025-11-10T10:00:00.000Z', 3),
  doc('a', { title: 'alpha story', publisher: 'Tass', author: 'Ivan Petrov', published: 'Nov. 7, 2025' }, '2025-11-08T10:00:00.000Z', 7),
  doc('c', { title: 'Gamma', publisher: 'CNBC' }, '2025-11-12T10:00:00.000Z', 0),
  doc('d', { title: 'Delta 10', published: '2024' }, '2025-11-01T10:00:00.000Z', 3),
]
const ids = (docs: readonly DocumentSummary[]) => docs.map((d) => d.id)
const arrangeLibrary = (docs: readonly DocumentSummary[], sort: LibrarySort, filter = '') => sortLibrary(filterLibrary(docs, filter), sort)

test('by title: case-insensitive, alphabetical', () => {
  assert.deepEqual(ids(arrangeLibrary(library, 'title')), ['a', 'b', 'd', 'c'])
})

test('by date published: newest first, undated last', () => {
  assert.deepEqual(ids(arrangeLibrary(library, 'published')), ['a', 'b', 'd', 'c'])
})

test('by date added: newest first', () => {
  assert.deepEqual(ids(arrangeLibrary(library, 'added')), ['c', 'b', 'a', 'd'])
})

test('by annotations: most first, ties by title', () => {
  assert.deepEqual(ids(arrangeLibrary(library, 'annotations')), ['a', 'b', 'd', 'c'])
})

test('the filter matches title, publisher or author, ignoring case, and leaves the input alone', () => {
  assert.deepEqual(ids(arrangeLibrary(library, 'title', 'TASS')), ['a'])
  assert.deepEqual(ids(arrangeLibrary(library, 'title', 'petrov')), ['a'])
  assert.deepEqual(ids(arrangeLibrary(library, 'title', ' gam ')), ['c'])
  assert.deepEqual(ids(arrangeLibrary(library, 'title', 'nothing like it')), [])
  assert.deepEqual(ids(library), ['b', 'a', 'c', 'd'])
})

test('published dates read as days, whatever their form', () => {
  assert.equal(publishedTime('2025-11-05'), Date.UTC(2025, 10, 5))
  assert.equal(publishedTime('2025-11-05T08:00:00Z'), Date.UTC(2025, 10, 5))
  assert.equal(publishedTime('2025'), Date.UTC(2025, 0, 1))
  assert.ok(publishedTime('Nov. 7, 2025') > publishedTime('2025-11-05'))
  assert.ok(Number.isNaN(publishedTime('sometime')))
  assert.ok(Number.isNaN(publishedTime(undefined)))
})
