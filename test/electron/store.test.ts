import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ApiError, type Api, type Input } from '../../shared/api/contract.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { openServices } from '../../electron/services.ts'
import { DurableJSONFile } from '../../electron/store/durable-file.ts'
import { DocumentFile } from '../../electron/store/files.ts'
import { headFile, indexBytes, indexFolder, readLibrary, shardPath } from '../helpers/library-files.ts'
import { readDocumentOnDisk } from '../helpers/document-files.ts'
import { journalOf } from '../../electron/store/stamp.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const resourcesDir = join(repoRoot, 'resources')
const manifest = JSON.parse(readFileSync(join(resourcesDir, 'samples', 'xi-mishustin-2025-11-05.json'), 'utf8')) as { id: string; file: string }
const SAMPLE_ID = manifest.id
const sampleText = readFileSync(join(resourcesDir, 'samples', manifest.file), 'utf8').trim()

const tempDir = tempDirs('store-test')

const open = (dataDir: string): Promise<Api> => openServices({ dataDir, resourcesDir })
const documentPath = (dir: string, id = SAMPLE_ID) => join(dir, 'documents', `${id}.json`)

function claim(text: string, phrase: string, extra: Partial<Input<'createAnnotation'>> = {}): Input<'createAnnotation'> {
  const start = text.indexOf(phrase)
  assert.notEqual(start, -1)
  return { documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, start, start + phrase.length), ...extra }
}

// message is matched against "field: message" (the field where one is named).
async function rejectsWith(promise: Promise<unknown>, code: string, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ApiError, `expected an ApiError, got ${String(error)}`)
    assert.equal(error.code, code)
    if (message) assert.match(error.field ? `${error.field}: ${error.message}` : error.message, message)
    return true
  })
}

describe('services on a real data directory', () => {
  test('the first open seeds the sample: the library index and the document file exist and parse', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const library = await readLibrary(dir)
    assert.equal(library.sampleAdded, true)
    assert.deepEqual(library.documents.map((d) => d.id), [SAMPLE_ID])
    assert.equal(library.documents[0]!.annotationCount, 0)
    const file = DocumentFile.parse(JSON.parse(await readFile(documentPath(dir), 'utf8')))
    assert.equal(file.document.id, SAMPLE_ID)
    assert.deepEqual(file.annotations, [])
    assert.equal(canonicalText(file.document.blocks), sampleText)
    assert.deepEqual(await api.startupDocument({}), { documentId: SAMPLE_ID })
    assert.deepEqual((await api.listDocuments({})).map((d) => [d.id, d.annotationCount]), [[SAMPLE_ID, 0]])
    assert.deepEqual(await api.getDocument({ documentId: SAMPLE_ID }), file.document)
    // No temp files are left behind.
    assert.deepEqual((await readdir(dir)).filter((f) => f.endsWith('.tmp')), [])
    assert.deepEqual((await readdir(join(dir, 'documents'))).filter((f) => f.endsWith('.tmp')), [])
  })

  test('an annotation survives a restart, and so does its deletion', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
    const created = await api.createAnnotation(claim(text, 'Xinhua News Agency reported', { sources: ['xinhua'], note: 'Relayed' }))
    const kept = await api.createAnnotation(claim(text, 'Deepen cooperation', { kind: 'highlight' }))
    assert.equal(created.documentId, SAMPLE_ID)
    assert.equal(created.target.quote.exact, 'Xinhua News Agency reported')
    assert.deepEqual(created.sources, ['xinhua'])

    const restarted = await open(dir)
    assert.deepEqual(await restarted.listAnnotations({ documentId: SAMPLE_ID }), [created, kept])
    assert.equal((await restarted.listDocuments({}))[0]!.annotationCount, 2)
    const onDisk = await readDocumentOnDisk(dir, SAMPLE_ID)
    assert.deepEqual(onDisk.annotations.map((a) => a.id), [created.id, kept.id])

    assert.deepEqual(await restarted.deleteAnnotation({ documentId: SAMPLE_ID, annotationId: created.id }), { deleted: true })
    assert.deepEqual(await restarted.deleteAnnotation({ documentId: SAMPLE_ID, annotationId: created.id }), { deleted: false })

    const again = await open(dir)
    assert.deepEqual(await again.listAnnotations({ documentId: SAMPLE_ID }), [kept])
    assert.equal((await again.listDocuments({}))[0]!.annotationCount, 1)
  })

  test('the sample is not added again on a second open', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
    await api.createAnnotation(claim(text, 'Tass reported'))
    const before = await readFile(documentPath(dir))
    const restarted = await open(dir)
    assert.equal((await restarted.listDocuments({})).length, 1)
    const library = await readLibrary(dir)
    assert.deepEqual(library.documents.map((d) => d.id), [SAMPLE_ID])
    assert.deepEqual(await readFile(documentPath(dir)), before, 'the document file (with its annotation) was rewritten')
    assert.equal((await restarted.listAnnotations({ documentId: SAMPLE_ID })).length, 1)
  })

  test('the last opened document is the startup document after a restart', async () => {
    const dir = await tempDir()
    await (await open(dir)).getDocument({ documentId: SAMPLE_ID })
    const state = JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')) as { lastOpened: string }
    assert.equal(state.lastOpened, SAMPLE_ID)
    assert.deepEqual(await (await open(dir)).startupDocument({}), { documentId: SAMPLE_ID })
  })

  test('createAnnotation with a wrong quote or offsets past the end is refused and nothing is written', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
    const documentBefore = await readFile(documentPath(dir))
    const libraryBefore = await indexBytes(dir)

    const good = claim(text, 'Mishustin visited China')
    const wrongQuote = { ...good, target: { ...good.target, quote: { ...good.target.quote, exact: 'Mishustin visited Korea' } } }
    await rejectsWith(api.createAnnotation(wrongQuote), 'invalid-input', /target\.quote\.exact/)

    const past = { start: text.length - 2, end: text.length + 3 }
    await rejectsWith(api.createAnnotation({
      documentId: SAMPLE_ID, kind: 'claim',
      target: { position: past, quote: { exact: 'y.xyz', prefix: '', suffix: '' } },
    }), 'invalid-input', /target\.position\.end/)
    const far = { start: 10_000_000, end: 10_000_005 }
    await rejectsWith(api.createAnnotation({
      documentId: SAMPLE_ID, kind: 'claim',
      target: { position: far, quote: { exact: 'hello', prefix: '', suffix: '' } },
    }), 'invalid-input', /past the end/)

    assert.deepEqual(await readFile(documentPath(dir)), documentBefore)
    assert.equal(existsSync(journalOf(documentPath(dir))), false, 'a journal was written')
    assert.deepEqual(await indexBytes(dir), libraryBefore)
    assert.deepEqual(await api.listAnnotations({ documentId: SAMPLE_ID }), [])
  })

  test('an unknown document id is not-found', async () => {
    const dir = await tempDir()
    const api = await open(dir)
    const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
    await rejectsWith(api.getDocument({ documentId: 'no-such-doc' }), 'not-found', /no-such-doc/)
    await rejectsWith(api.listAnnotations({ documentId: 'no-such-doc' }), 'not-found')
    await rejectsWith(api.createAnnotation(claim(text, 'Tass reported', { documentId: 'no-such-doc' })), 'not-found')
    await rejectsWith(api.deleteAnnotation({ documentId: 'no-such-doc', annotationId: 'abcdefgh' }), 'not-found')
    assert.equal(existsSync(documentPath(dir, 'no-such-doc')), false)
  })
})

describe('corrupt files', () => {
  test('a corrupt index shard is moved aside intact, the backup restored, and the user told', async () => {
    const dir = await tempDir()
    const first = await open(dir)
    // Written twice, so a good .bak exists.
    await first.createAnnotation(claim(canonicalText((await first.getDocument({ documentId: SAMPLE_ID })).blocks), 'Tass reported'))
    const corrupt = Buffer.from('{"version":4,"entries":[{"id":"xi-mish')
    await writeFile(shardPath(dir, SAMPLE_ID), corrupt)
    const api = await open(dir)
    assert.deepEqual((await api.listDocuments({})).map((d) => d.id), [SAMPLE_ID])
    const notices = await api.storageNotices({})
    assert.equal(notices.length, 1)
    const moved = (await readdir(indexFolder(dir))).filter((f) => /^index-[0-9a-f]{2}\.corrupt-/.test(f))
    assert.equal(moved.length, 1, 'the bad file was not moved aside')
    assert.equal(notices[0], `Sourcemark repaired the library's list of documents in the data folder (${dir}): part of it was damaged or missing, and it was made again from your documents. Nothing was lost. The damaged file was kept in that folder.`)
    assert.deepEqual(await readFile(join(indexFolder(dir), moved[0]!)), corrupt)
  })

  test('a library index from a newer Sourcemark is refused, not moved', async () => {
    const dir = await tempDir()
    const wrong = Buffer.from(JSON.stringify({ version: 99, shards: 256, sampleAdded: true }))
    await mkdir(indexFolder(dir), { recursive: true })
    await writeFile(headFile(dir), wrong)
    await assert.rejects(open(dir), (error: Error) => {
      assert.ok(error.message.includes(headFile(dir)), error.message)
      return true
    })
    assert.deepEqual(await readFile(headFile(dir)), wrong)
    assert.equal(existsSync(documentPath(dir)), false, 'the sample was added despite the unreadable library')
  })

  test('a corrupt document file is moved aside intact and the open fails with a storage error naming it', async () => {
    const dir = await tempDir()
    const first = await open(dir)
    const text = canonicalText((await first.getDocument({ documentId: SAMPLE_ID })).blocks)
    await first.createAnnotation(claim(text, 'Tass reported'))
    // Both the file and its backup are bad: nothing good is left to restore.
    const corrupt = Buffer.from('\u0000\u0000garbage')
    await writeFile(documentPath(dir), corrupt)
    await writeFile(`${documentPath(dir)}.bak`, corrupt)
    const api = await open(dir)
    await assert.rejects(api.getDocument({ documentId: SAMPLE_ID }), (error: ApiError) => {
      assert.equal(error.code, 'storage')
      assert.match(error.message, /was damaged; Sourcemark went back to the copy saved before it|could not be read and has no usable backup/)
      return true
    })
    const moved = (await readdir(join(dir, 'documents'))).filter((f) => f.includes('.corrupt-'))
    assert.ok(moved.length >= 1, 'the bad file was not moved aside')
    assert.deepEqual(await readFile(join(dir, 'documents', moved[0]!)), corrupt)
    assert.ok((await api.storageNotices({})).some((n) => n.includes('the damaged file was kept in that folder')))
  })
})

describe('DurableJSONFile', () => {
  test('write then read round-trips; a missing file reads as null', async () => {
    const dir = await tempDir()
    const file = new DurableJSONFile<{ n: number; s: string }>(join(dir, 'data.json'))
    assert.equal(await file.read(), null)
    await file.write({ n: 1, s: 'é 𝄞 中文' })
    assert.deepEqual(await file.read(), { n: 1, s: 'é 𝄞 中文' })
    assert.deepEqual(JSON.parse(await readFile(join(dir, 'data.json'), 'utf8')), { n: 1, s: 'é 𝄞 中文' })
  })

  test('keeps the previous version in <file>.bak and leaves no .tmp file', async () => {
    const dir = await tempDir()
    const path = join(dir, 'data.json')
    const file = new DurableJSONFile<{ v: number }>(path)
    await file.write({ v: 1 })
    assert.equal(existsSync(`${path}.bak`), false)
    await file.write({ v: 2 })
    assert.deepEqual(JSON.parse(await readFile(`${path}.bak`, 'utf8')), { v: 1 })
    await file.write({ v: 3 })
    assert.deepEqual(JSON.parse(await readFile(`${path}.bak`, 'utf8')), { v: 2 })
    assert.deepEqual(JSON.parse(await readFile(path, 'utf8')), { v: 3 })
    assert.equal(existsSync(`${path}.tmp`), false)
    assert.deepEqual((await readdir(dir)).sort(), ['data.json', 'data.json.bak'])
  })

  test('50 concurrent writes leave the last value, parseable', async () => {
    const dir = await tempDir()
    const path = join(dir, 'data.json')
    const file = new DurableJSONFile<{ i: number; pad: string }>(path)
    await Promise.all(Array.from({ length: 50 }, (_, i) => file.write({ i, pad: 'x'.repeat(1000 * (50 - i)) })))
    assert.deepEqual(JSON.parse(await readFile(path, 'utf8')), { i: 49, pad: 'x'.repeat(1000) })
    assert.deepEqual(JSON.parse(await readFile(`${path}.bak`, 'utf8')).i, 48)
    assert.equal(existsSync(`${path}.tmp`), false)
  })

  test('a failed write rejects and the next write still succeeds', async () => {
    const dir = await tempDir()
    const path = join(dir, 'sub', 'data.json')
    const file = new DurableJSONFile<{ v: number }>(path)
    await assert.rejects(file.write({ v: 1 }), /ENOENT/)
    await mkdir(join(dir, 'sub'))
    await file.write({ v: 2 })
    assert.deepEqual(await file.read(), { v: 2 })
  })

  test('reading a corrupt file names it', async () => {
    const dir = await tempDir()
    const path = join(dir, 'data.json')
    await writeFile(path, '{"v":')
    await assert.rejects(new DurableJSONFile(path).read(), (error: Error) => {
      assert.ok(error.message.includes(path), error.message)
      return true
    })
  })
})

describe('folders in the way', () => {
  test('a documents path that is a file: start fails saying what is wrong and where, not with a bare EEXIST', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'documents'), 'not a folder')
    await assert.rejects(open(dir), {
      message: `Sourcemark needs a folder at ${join(dir, 'documents')}, but ${join(dir, 'documents')} is a file. Move that file away, or choose another --data-dir.`,
    })
    assert.equal(await readFile(join(dir, 'documents'), 'utf8'), 'not a folder')
  })

  test('a data folder below a file: the file in the way is named', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'file'), '')
    const dataDir = join(dir, 'file', 'data')
    await assert.rejects(open(dataDir), { message: `Sourcemark needs a folder at ${join(dataDir, 'documents')}, but ${join(dir, 'file')} is a file. Move that file away, or choose another --data-dir.` })
  })
})
