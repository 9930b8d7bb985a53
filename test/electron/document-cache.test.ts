// The documents kept in memory are bounded: the least recently used are
// dropped past the limit and read again from their files when needed; one
// with a write under way is never dropped, and no change is lost to a
// document read twice.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Store } from '../../electron/store/store.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('document-cache')
const limits = { documents: 3, bytes: 1024 * 1024 }

function article(i: number): ArticleDocument {
  return { id: `doc-${i}`, meta: { title: `Document ${i}` }, blocks: [{ type: 'paragraph', text: `Text of document ${i}.` }] }
}

const deleted = (store: Store, id: string) => store.changeDocument(id, (data) => ({ ...data, deleted: '2025-11-05T10:00:00.000Z' }))

test('at most the limit of documents stays in memory; a dropped one is read again from its file', async () => {
  const dir = await tempDir()
  const store = await Store.open(dir, { cache: limits })
  for (let i = 0; i < 8; i++) await store.addDocument(article(i))
  const cached = () => Array.from({ length: 8 }, (_, i) => `doc-${i}`).filter((id) => store.isCached(id))
  assert.deepEqual(cached(), ['doc-5', 'doc-6', 'doc-7'])
  // A use makes a document the most recent; the least recent goes.
  assert.equal((await store.document('doc-0')).data.document.meta.title, 'Document 0')
  assert.deepEqual(cached(), ['doc-0', 'doc-6', 'doc-7'])
  // doc-7 is now the least recent.
  await store.document('doc-6')
  await store.document('doc-1')
  assert.deepEqual(cached(), ['doc-0', 'doc-1', 'doc-6'])
  // Reopened, the rebuild-free open reads nothing more than it keeps.
  const reopened = await Store.open(dir, { cache: limits })
  assert.equal(Array.from({ length: 8 }, (_, i) => `doc-${i}`).filter((id) => reopened.isCached(id)).length <= 3, true)
})

test('a document with a write under way is never dropped, and both of two changes reach the file', async () => {
  const dir = await tempDir()
  let release!: () => void
  let blocked: Promise<void> | null = null
  const store = await Store.open(dir, { cache: limits, guard: () => blocked ?? Promise.resolve() })
  for (let i = 0; i < 4; i++) await store.addDocument(article(i))
  await store.document('doc-0')
  // doc-0's next write waits at the guard.
  blocked = new Promise((resolve) => { release = resolve })
  const first = store.changeDocument('doc-0', (data) => ({ ...data, rejectedSuggestions: ['sg-0123456789abcdef'] }))
  // Let the commit reach its write before using other documents.
  await new Promise((resolve) => setImmediate(resolve))
  blocked = null
  for (let i = 1; i < 4; i++) await store.document(`doc-${i}`)
  assert.equal(store.isCached('doc-0'), true, 'a document with a write under way was dropped')
  release()
  await first
  await deleted(store, 'doc-0')
  const reopened = await Store.open(dir, { cache: limits })
  const data = (await reopened.document('doc-0')).data
  assert.deepEqual([data.rejectedSuggestions, data.deleted], [['sg-0123456789abcdef'], '2025-11-05T10:00:00.000Z'])
})
