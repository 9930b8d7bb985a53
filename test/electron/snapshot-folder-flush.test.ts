// A document written whole (temp file, rename) whose folder then cannot be
// flushed (test/helpers/flush-fails.ts: fsync of a folder answers EIO).
// The new file is in place, and a kill or the next open finds it: told
// 'not saved', the store kept the old data in memory, the next save was
// journaled under a number the file already held, and an answered save
// vanished on the next open. What the user was told must be what the next
// open finds.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rm, writeFile } from 'node:fs/promises'
import type { Annotation } from '../../shared/model/annotation.ts'
import { Store } from '../../electron/store/store.ts'
import { sampleArticle } from '../helpers/annotate.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('snapshot-folder-flush')
const document = sampleArticle({ title: 'Talks' })

function annotation(n: number): Annotation {
  return {
    id: `annotation-${n}`, documentId: document.id, kind: 'claim',
    target: { position: { start: 0, end: 3 }, quote: { exact: document.blocks[0]!.text.slice(0, 3), prefix: '', suffix: '' } },
    sources: [], via: [], note: `note ${n}`, created: '2025-11-05T09:00:00.000Z', modified: '2025-11-05T09:00:00.000Z',
  }
}

test('a document written whole whose folder cannot be flushed: the answer and the next open agree, and the next save is kept', async () => {
  const dir = await tempDir()
  const flag = `${dir}-flush`
  process.env.SOURCEMARK_TEST_FLUSH_FAILS = flag
  process.env.SOURCEMARK_TEST_FLUSH_FAILS_ON = 'folders'
  await import('../helpers/flush-fails.ts')
  const store = await Store.open(dir)
  await store.addDocument(document)
  await store.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(1)] }))
  await store.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(2)] }))
  await writeFile(flag, '')
  // A new document object cannot be said as journal changes: written whole.
  let told: 'saved' | 'not saved'
  try {
    await store.changeDocument(document.id, (d) => ({ ...d, document: { ...d.document }, annotations: [...d.annotations, annotation(3)] }))
    told = 'saved'
  } catch {
    told = 'not saved'
  } finally {
    await rm(flag, { force: true })
  }
  await store.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(4)] }))
  await store.close()

  const again = await Store.open(dir)
  const ids = (await again.document(document.id)).data.annotations.map((a) => a.id)
  assert.ok(ids.includes('annotation-4'), `the save answered after the failed flush is lost: ${ids.join(', ')}`)
  assert.equal(ids.includes('annotation-3'), told === 'saved', `told ${told}, yet the next open ${ids.includes('annotation-3') ? 'has' : 'lacks'} it`)
  assert.deepEqual(ids.filter((id) => id !== 'annotation-3'), ['annotation-1', 'annotation-2', 'annotation-4'])
  await again.close()
})
