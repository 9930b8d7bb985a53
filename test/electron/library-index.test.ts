// library.json is an index of the document files: after a kill between a
// document's write and the library's, its counts are right on the next start;
// rebuilt from the documents it keeps user-added sources, the trash and the
// last opened document; reading a document never writes it; and a file
// too large to read is moved aside like any unreadable one.

import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { constants as bufferConstants } from 'node:buffer'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Api } from '../../shared/api/contract.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { openServices } from '../../electron/services.ts'
import { Store } from '../../electron/store/store.ts'
import { MAX_READ_BYTES } from '../../electron/store/recovery.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { assertNoInternalNames } from '../helpers/internal-names.ts'
import { indexBytes, indexFolder, readLibrary, shardPath } from '../helpers/library-files.ts'

const resourcesDir = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('library-index')
const open = (dataDir: string) => openServices({ dataDir, resourcesDir })
// The shard holding the sample's entry.
const libraryPath = (dir: string) => shardPath(dir, SAMPLE_ID)

async function annotate(api: Api, documentId: string, phrase: string, sources: string[] = []) {
  const text = canonicalText((await api.getDocument({ documentId })).blocks)
  const at = text.indexOf(phrase)
  assert.notEqual(at, -1)
  return api.createAnnotation({ documentId, kind: 'claim', target: describeRange(text, at, at + phrase.length), sources })
}

async function importArticle(api: Api, title: string): Promise<string> {
  const text = `${title}\n\nTass reported that talks went on. Xinhua said more.\n`
  const result = await api.importDocument({ fileName: `${title}.txt`, contentBase64: Buffer.from(text).toString('base64') })
  assert.equal(result.status, 'created')
  return result.document.id
}

// The whole index lost: the library is rebuilt.
async function loseLibrary(dir: string): Promise<void> {
  await rm(indexFolder(dir), { recursive: true })
}

describe('counts after a kill between the document write and the library write', () => {
  test('a document written with an annotation while library.json kept the old counts is counted again on start', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    await annotate(api, SAMPLE_ID, 'Tass reported', ['tass'])
    const stale = await readFile(libraryPath(dir))
    // The second annotation reaches the document file; then the "kill":
    // the sample's index shard goes back to what it was before.
    await annotate(api, SAMPLE_ID, 'Global Times', ['tass', 'xinhua'])
    await writeFile(libraryPath(dir), stale)
    const staleEntry = JSON.parse(stale.toString('utf8')).entries[0]
    assert.equal(staleEntry.annotationCount, 1)

    const reopened = await open(dir)
    const [entry] = await reopened.listDocuments({})
    assert.deepEqual([entry!.annotationCount, entry!.claimCount, { ...entry!.sourceCounts }], [2, 2, { tass: 2, xinhua: 1 }])
    assert.deepEqual(await reopened.storageNotices({}), [])
    // Written back, so the next start reads nothing again.
    const onDisk = (await readLibrary(dir)).documents[0]!
    assert.equal(onDisk.annotationCount, 2)
  })

  test('a read-only open counts again in memory and writes nothing', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const stale = await readFile(libraryPath(dir))
    await annotate(api, SAMPLE_ID, 'Tass reported')
    await writeFile(libraryPath(dir), stale)
    const before = await indexBytes(dir)
    const store = await Store.open(dir, { readOnly: true })
    assert.equal(store.library.data.documents[0]!.annotationCount, 1)
    assert.deepEqual(await indexBytes(dir), before)
  })

  test('a changed document file that cannot be read is left for its open to repair', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const other = await importArticle(api, 'Second article')
    await annotate(api, other, 'Xinhua said')
    // A changed file that cannot be read is left as it is, with no notice
    // at start, for the open that repairs it.
    await writeFile(join(dir, 'documents', `${other}.json`), '{"broken')
    const store = await Store.open(dir)
    assert.deepEqual(store.notices, [])
    assert.equal(store.library.data.documents.find((d) => d.id === other)!.annotationCount, 1)
  })
})

describe('the library rebuilt from the document files', () => {
  test('keeps a user-added source with its name and colour', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const source = await api.addSource({ name: 'Der Spiegel', colour: '#123456', kind: 'newspaper', aliases: ['Spiegel'] })
    await annotate(api, SAMPLE_ID, 'Tass reported', [source.id])
    await loseLibrary(dir)

    const reopened = await open(dir)
    const notices = await reopened.storageNotices({})
    assert.equal(notices.length, 1, notices.join('\n'))
    assert.match(notices[0]!, /made it again from the 1 document there\. Nothing was lost\./)
    assertNoInternalNames(notices[0]!.replace(dir, ''))
    assert.deepEqual((await reopened.listSources({})).find((s) => s.id === source.id), source)
    const [entry] = await reopened.listDocuments({})
    assert.deepEqual({ ...entry!.sourceCounts }, { [source.id]: 1 })
  })

  test('keeps deleted documents in the trash, and they can still be restored', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const other = await importArticle(api, 'Deleted article')
    await annotate(api, other, 'Xinhua said')
    assert.deepEqual(await api.deleteDocument({ documentId: other }), { deleted: true })
    await loseLibrary(dir)

    const reopened = await open(dir)
    assert.deepEqual((await reopened.listDocuments({})).map((d) => d.id), [SAMPLE_ID])
    const restored = await reopened.restoreDocument({ documentId: other })
    assert.equal(restored.annotationCount, 1)
    assert.deepEqual((await reopened.listDocuments({})).map((d) => d.id).sort(), [other, SAMPLE_ID].sort())
    // Restoring is written to the document file too: a second rebuild keeps it.
    await loseLibrary(dir)
    assert.deepEqual((await (await open(dir)).listDocuments({})).map((d) => d.id).sort(), [other, SAMPLE_ID].sort())
  })

  test('a document whose file cannot be read can still be deleted and restored', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const other = await importArticle(api, 'Broken article')
    await writeFile(join(dir, 'documents', `${other}.json`), '{"broken')
    assert.deepEqual(await api.deleteDocument({ documentId: other }), { deleted: true })
    assert.deepEqual((await api.listDocuments({})).map((d) => d.id), [SAMPLE_ID])
    assert.equal((await api.restoreDocument({ documentId: other })).id, other)
    assert.deepEqual((await api.listDocuments({})).map((d) => d.id).sort(), [other, SAMPLE_ID].sort())
  })

  test('keeps the last opened document', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const other = await importArticle(api, 'Read last')
    await api.getDocument({ documentId: other })
    await loseLibrary(dir)
    assert.deepEqual(await (await open(dir)).startupDocument({}), { documentId: other })
  })
})

describe('reading never writes the library', () => {
  test('getDocument leaves the library index as it is and records the last opened document in state.json', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const other = await importArticle(api, 'Opened')
    const before = await indexBytes(dir)
    const mtime = (await stat(shardPath(dir, other))).mtimeMs
    await api.getDocument({ documentId: other })
    assert.deepEqual(await indexBytes(dir), before)
    assert.equal((await stat(shardPath(dir, other))).mtimeMs, mtime)
    assert.equal(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')).lastOpened, other)
  })

  test('with the library index and state.json unwritable, opening a document still works and says nothing', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const other = await importArticle(api, 'Opened anyway')
    const proof = 'proof-that-library-writes-fail'
    // Folders where the files should be: no write to them can succeed,
    // even as root.
    for (const file of [shardPath(dir, other), shardPath(dir, proof), join(dir, 'state.json')]) {
      await rm(file, { force: true })
      await mkdir(file)
    }
    // Its file is written, so it is saved; its entry's shard cannot be.
    assert.equal(await importArticle(api, 'Proof that library writes fail'), proof)
    assert.ok((await stat(shardPath(dir, proof))).isDirectory())
    assert.equal((await api.getDocument({ documentId: other })).id, other)
    assert.deepEqual(await api.storageNotices({}), [])
    // Within this run the choice still holds.
    assert.deepEqual(await api.startupDocument({}), { documentId: other })
  })
})

describe('an index shard too large to read', () => {
  test('the limit is what a JavaScript string can hold', () => {
    assert.equal(MAX_READ_BYTES, bufferConstants.MAX_STRING_LENGTH)
    assert.ok(MAX_READ_BYTES >= 2 ** 28 && MAX_READ_BYTES < 2 ** 31)
  })

  test('is moved aside untouched and the library rebuilt from the documents, with a notice', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    await annotate(api, SAMPLE_ID, 'Tass reported')
    await rm(`${libraryPath(dir)}.bak`)
    const big = await readFile(libraryPath(dir))
    const limit = big.length - 1
    const store = await Store.open(dir, { maxLibraryBytes: limit })
    assert.equal(store.notices.length, 1, store.notices.join('\n'))
    assertNoInternalNames(store.notices[0]!.replace(dir, ''))
    assert.match(store.details[0]!, /^library\/index-[0-9a-f]{2}\.json could not be read \(the file is too large to read \(\d+ bytes; at most \d+ bytes\)\); it was moved to .+; there was no backup; rebuilt its entries from the document files\.$/)
    const aside = (await readdir(indexFolder(dir))).filter((name) => /^index-[0-9a-f]{2}\.corrupt-/.test(name))
    assert.equal(aside.length, 1)
    assert.deepEqual(await readFile(join(indexFolder(dir), aside[0]!)), big, 'the large file was changed')
    assert.equal(store.library.data.documents[0]!.annotationCount, 1)
    assert.ok(existsSync(libraryPath(dir)))
  })
})
