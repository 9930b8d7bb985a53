// Rebuilding the library index from the document files (the index lost, a
// first start on a folder of documents) and checking it against files that
// changed keep only what an entry needs of each document: at 10,000
// documents, holding every document read until the end took over 1 GB of
// the server's memory (docs/benchmarks.md). Counted here by weak references
// to the documents read, after a collection, on real files.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, utimes } from 'node:fs/promises'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { checkLibrary, rebuildLibrary, type ReadDocument } from '../../electron/store/library-index.ts'
import { documentStamp } from '../../electron/store/stamp.ts'
import type { DocumentFile } from '../../electron/store/files.ts'
import { writeSmallDocuments } from '../helpers/many-documents.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
const tempDir = tempDirs('library-rebuild-memory')
const COUNT = 120

// A reader of real files that counts, at its last read, how many of the
// documents it gave are still held by anyone.
function countingReader(total: number): { read: ReadDocument; heldAtEnd: () => number } {
  const given: WeakRef<DocumentFile>[] = []
  let held = -1
  const read: ReadDocument = async (_id, file) => {
    const data = JSON.parse(await readFile(file, 'utf8')) as DocumentFile
    given.push(new WeakRef(data))
    if (given.length === total) {
      // Out of the task that made the last ones, then collected.
      await new Promise((resolve) => setImmediate(resolve))
      gc()
      held = given.filter((ref) => ref.deref() !== undefined).length
    }
    return { data, stamp: await documentStamp(file) }
  }
  return { read, heldAtEnd: () => held }
}

test('the library rebuilt from the files holds the documents read only while reading them', async () => {
  const dir = await tempDir()
  await writeSmallDocuments(dir, COUNT)
  const { read, heldAtEnd } = countingReader(COUNT)
  const { library, found } = await rebuildLibrary(dir, read)
  assert.equal(found, COUNT)
  assert.equal(library.documents.length, COUNT)
  assert.ok(library.documents.every((e) => e.stamp && e.meta.title && typeof e.annotationCount === 'number'))
  // At most those being read at once (16) are alive, not all 120.
  assert.ok(heldAtEnd() >= 0 && heldAtEnd() <= 20, `${heldAtEnd()} of ${COUNT} documents still held`)
})

test('checking the library against files that all changed holds the documents read only while reading them', async () => {
  const dir = await tempDir()
  await writeSmallDocuments(dir, COUNT)
  const { library } = await rebuildLibrary(dir, countingReader(COUNT).read)
  // Every file written again (a new stamp): every entry is read again.
  const later = new Date(Date.now() + 60_000)
  for (const entry of library.documents) await utimes(join(dir, 'documents', `${entry.id}.json`), later, later)
  const { read, heldAtEnd } = countingReader(COUNT)
  const checked = await checkLibrary(dir, library, read)
  assert.ok(checked)
  assert.equal(checked.documents.length, COUNT)
  assert.ok(checked.documents.every((e, i) => e.id === library.documents[i]!.id && e.stamp !== library.documents[i]!.stamp))
  assert.ok(heldAtEnd() >= 0 && heldAtEnd() <= 20, `${heldAtEnd()} of ${COUNT} documents still held`)
})
