// Reading the data directory when a file is bad: nothing crashes, nothing is
// overwritten or deleted, the backup is used when it is good, and the user
// is told in one sentence what happened and where the bad file went. Also
// the migration of a v1 data directory (test/fixtures/v1).

import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Api, Input } from '../../shared/api/contract.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { openServices } from '../../electron/services.ts'
import { onStoreNotice } from '../../electron/store/notices.ts'
import { Store } from '../../electron/store/store.ts'
import { DocumentFile, documentSerializer, IndexShard, LIBRARY_VERSION, migrateDocument } from '../../electron/store/files.ts'
import { headFile, indexFolder, readLibrary, shardPath, writeV3Library } from '../helpers/library-files.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { fileTimestamp, readRecovering, recoveryNotice } from '../../electron/store/recovery.ts'
import { readDocumentOnDisk } from '../helpers/document-files.ts'
import { journalOf, stampOf } from '../../electron/store/stamp.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { assertNoInternalNames } from '../helpers/internal-names.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const resourcesDir = join(repoRoot, 'resources')
const v1Fixture = join(repoRoot, 'test', 'fixtures', 'v1')
const manifest = JSON.parse(readFileSync(join(resourcesDir, 'samples', 'xi-mishustin-2025-11-05.json'), 'utf8')) as { id: string }
const SAMPLE_ID = manifest.id

const tempDir = tempDirs('recovery-test')

const libraryPath = (dir: string) => join(dir, 'library.json')
const documentPath = (dir: string, id = SAMPLE_ID) => join(dir, 'documents', `${id}.json`)

// openServices, and the notices its store gave while opening.
async function open(dataDir: string): Promise<{ api: Api; notices: string[] }> {
  const notices: string[] = []
  // The detail (which file, where it went), the user's words checked to name none.
  const stop = onStoreNotice((notice, dir, detail) => {
    if (dir !== dataDir) return
    assertNoInternalNames(notice)
    notices.push(detail)
  })
  try {
    return { api: await openServices({ dataDir, resourcesDir }), notices }
  } finally {
    // Notices given later (a document opened) are caught by the caller's
    // own listener where needed.
    stop()
  }
}

async function listening<T>(dataDir: string, run: () => Promise<T>): Promise<{ value: T; notices: string[] }> {
  const notices: string[] = []
  // The detail (which file, where it went), the user's words checked to name none.
  const stop = onStoreNotice((notice, dir, detail) => {
    if (dir !== dataDir) return
    assertNoInternalNames(notice)
    notices.push(detail)
  })
  try {
    return { value: await run(), notices }
  } finally {
    stop()
  }
}

async function annotate(api: Api, phrase: string): Promise<string> {
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const start = text.indexOf(phrase)
  assert.notEqual(start, -1)
  const input: Input<'createAnnotation'> = { documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, start, start + phrase.length) }
  return (await api.createAnnotation(input)).id
}

// The file a notice says the bad file was moved to.
function movedTo(notice: string | undefined): string {
  const match = /it was moved to (\S+\.json);/.exec(notice ?? '')
  assert.ok(match, `no "moved to" in: ${notice}`)
  return match[1]!
}

async function importArticle(api: Api, title: string): Promise<string> {
  const text = `${title}\n\nTass reported that talks went on.\n`
  const result = await api.importDocument({ fileName: `${title}.txt`, contentBase64: Buffer.from(text).toString('base64') })
  assert.equal(result.status, 'created')
  return result.document.id
}

async function corruptFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.includes('.corrupt-')).sort()
}

describe('a bad index shard', () => {
  test('is moved aside and the previous version is restored from its .bak, the counts brought in step', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    const id = await annotate(api, 'Tass reported')
    // The shard has been written more than once, so a good .bak exists.
    IndexShard.parse(JSON.parse(await readFile(`${shardPath(dir, SAMPLE_ID)}.bak`, 'utf8')))
    const corrupt = Buffer.from('{"version":4,"entries":[{"id":"xi-mish')
    await writeFile(shardPath(dir, SAMPLE_ID), corrupt)

    const reopened = await open(dir)
    assert.equal(reopened.notices.length, 1, reopened.notices.join('\n'))
    const notice = reopened.notices[0]!
    assert.match(notice, /^library\/index-[0-9a-f]{2}\.json could not be read \(not valid JSON: .+\); it was moved to .+; restored the previous version from .+index-[0-9a-f]{2}\.json\.bak\.$/)
    const aside = movedTo(notice)
    assert.match(aside, /[/\\]library[/\\]index-[0-9a-f]{2}\.corrupt-\d{4}-\d\d-\d\dT\d{6}\.\d{3}Z\.json$/)
    assert.deepEqual(await readFile(aside), corrupt, 'the bad file was changed')
    // The backup is from before the last save; its counts are brought in
    // step with the document file, on disk too.
    const restored = await readLibrary(dir)
    assert.deepEqual(restored.documents.map((d) => [d.id, d.annotationCount]), [[SAMPLE_ID, 1]])
    assert.deepEqual((await reopened.api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), [id])
  })

  test('without a backup, its entries are rebuilt from the document files; the other shards keep their order; nothing is lost', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    const ids = [await annotate(api, 'Tass reported'), await annotate(api, 'Deepen cooperation')]
    const others = [await importArticle(api, 'First'), await importArticle(api, 'Second')]
    const documentBefore = await readFile(documentPath(dir))
    await rm(`${shardPath(dir, SAMPLE_ID)}.bak`, { force: true })
    await writeFile(shardPath(dir, SAMPLE_ID), '')

    const reopened = await open(dir)
    assert.equal(reopened.notices.length, 1, reopened.notices.join('\n'))
    assert.match(reopened.notices[0]!, /^library\/index-[0-9a-f]{2}\.json could not be read \(the file is empty\); it was moved to .+; there was no backup; rebuilt its entries from the document files\.$/)
    assert.deepEqual(await readFile(movedTo(reopened.notices[0])), Buffer.alloc(0))
    assert.deepEqual((await reopened.api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), ids)
    // The rebuilt entry comes after those whose shards were kept.
    assert.deepEqual((await reopened.api.listDocuments({})).map((d) => [d.id, d.annotationCount]), [[others[0], 0], [others[1], 0], [SAMPLE_ID, 2]])
    assert.deepEqual(await readFile(documentPath(dir)), documentBefore, 'the document file was rewritten')
    assert.deepEqual((await readLibrary(dir)).documents.map((d) => d.id), [...others, SAMPLE_ID])
    // A third start has nothing to report.
    assert.deepEqual((await open(dir)).notices, [])
  })

  test('a shard missing with its backup is rebuilt; a missing head is written again; the sample is not re-added', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    const id = await annotate(api, 'Tass reported')
    await rm(shardPath(dir, SAMPLE_ID))
    await rm(`${shardPath(dir, SAMPLE_ID)}.bak`)
    await rm(headFile(dir))
    await rm(`${headFile(dir)}.bak`, { force: true })
    const reopened = await open(dir)
    assert.match(reopened.notices.join('\n'), /library\/index-[0-9a-f]{2}\.json was missing; rebuilt its entries from the document files/)
    assert.deepEqual((await reopened.api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), [id])
    assert.deepEqual((await reopened.api.listDocuments({})).map((d) => d.id), [SAMPLE_ID])
    assert.equal((await readLibrary(dir)).sampleAdded, true)
  })

  test('a shard from a newer Sourcemark is refused, not moved, not replaced', async () => {
    const dir = await tempDir()
    await open(dir)
    const newer = Buffer.from(JSON.stringify({ version: LIBRARY_VERSION + 1, entries: [], future: true }))
    await writeFile(shardPath(dir, SAMPLE_ID), newer)
    await assert.rejects(open(dir), /newer version of Sourcemark/)
    assert.deepEqual(await readFile(shardPath(dir, SAMPLE_ID)), newer)
    assert.deepEqual(await corruptFiles(indexFolder(dir)), [])
  })

  test('the whole index missing while documents exist: rebuilt, the documents are kept', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    const id = await annotate(api, 'Tass reported')
    await rm(indexFolder(dir), { recursive: true })
    const reopened = await open(dir)
    assert.match(reopened.notices[0] ?? '', /^The library index \(.+library\) was missing; rebuilt the library from the 1 document file/)
    assert.deepEqual((await reopened.api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), [id])
    assert.deepEqual((await readLibrary(dir)).documents.map((d) => [d.id, d.annotationCount]), [[SAMPLE_ID, 1]])
  })
})

describe('a bad library.json of v3 (before the index was split)', () => {
  test('is moved aside and the previous version is restored from library.json.bak, then migrated', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    const stale = await readLibrary(dir)
    const id = await annotate(api, 'Tass reported')
    await writeV3Library(dir, stale, `${libraryPath(dir)}.bak`)
    const corrupt = Buffer.from('{"version":3,"documents":[{"id":"xi-mish')
    await writeFile(libraryPath(dir), corrupt)

    const reopened = await open(dir)
    assert.equal(reopened.notices.length, 1, reopened.notices.join('\n'))
    const notice = reopened.notices[0]!
    assert.match(notice, /^library\.json could not be read \(not valid JSON: .+\); it was moved to .+; restored the previous version from .+library\.json\.bak\.$/)
    const aside = movedTo(notice)
    assert.match(aside, /[/\\]library\.corrupt-\d{4}-\d\d-\d\dT\d{6}\.\d{3}Z\.json$/)
    assert.deepEqual(await readFile(aside), corrupt, 'the bad file was changed')
    // The backup is from before the last save; its counts are brought in
    // step with the document file.
    const restored = await readLibrary(dir)
    assert.deepEqual(restored.documents.map((d) => [d.id, d.annotationCount]), [[SAMPLE_ID, 1]])
    assert.deepEqual((await reopened.api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), [id])
    assert.equal(existsSync(libraryPath(dir)), false)
    assert.equal(existsSync(join(dir, 'library.v3.json')), true)
  })

  test('without a backup, the library is rebuilt from the document files; no annotation is lost, the sample is not re-added', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    const ids = [await annotate(api, 'Tass reported'), await annotate(api, 'Deepen cooperation')]
    const documentBefore = await readFile(documentPath(dir))
    await writeV3Library(dir)
    await writeFile(libraryPath(dir), '')

    const reopened = await open(dir)
    assert.equal(reopened.notices.length, 1, reopened.notices.join('\n'))
    assert.match(reopened.notices[0]!, /^library\.json could not be read \(the file is empty\); it was moved to .+; there was no backup; rebuilt the library from the 1 document file in .+documents/)
    assert.deepEqual(await readFile(movedTo(reopened.notices[0])), Buffer.alloc(0))
    assert.deepEqual((await reopened.api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), ids)
    assert.deepEqual((await reopened.api.listDocuments({})).map((d) => [d.id, d.annotationCount]), [[SAMPLE_ID, 2]])
    assert.deepEqual(await readFile(documentPath(dir)), documentBefore, 'the document file was rewritten')
    // The rebuilt library is on disk at once and valid.
    assert.equal((await readLibrary(dir)).sampleAdded, true)
    // A third start has nothing to report.
    assert.deepEqual((await open(dir)).notices, [])
  })

  test('a bad backup is moved aside too, and with no documents the library starts empty (with the sample)', async () => {
    const dir = await tempDir()
    await writeFile(libraryPath(dir), JSON.stringify({ version: 3, documents: 'none' }))
    await writeFile(`${libraryPath(dir)}.bak`, '[1, 2')

    const { api, notices } = await open(dir)
    assert.equal(notices.length, 1, notices.join('\n'))
    assert.match(notices[0]!, /^library\.json could not be read \(not a valid Sourcemark file: documents: .+\); it was moved to .+; its backup .+library\.json\.bak could not be read either \(not valid JSON: .+\) and was moved to .+library\.backup\.corrupt-.+\.json; started with an empty library\.$/)
    const aside = await corruptFiles(dir)
    assert.equal(aside.length, 2)
    assert.deepEqual(aside.map((name) => readFileSync(join(dir, name), 'utf8')).sort(), ['[1, 2', JSON.stringify({ version: 3, documents: 'none' })])
    assert.deepEqual((await api.listDocuments({})).map((d) => d.id), [SAMPLE_ID])
  })

  test('a library.json from a newer Sourcemark is refused, not moved, not replaced', async () => {
    const dir = await tempDir()
    const newer = Buffer.from(JSON.stringify({ version: LIBRARY_VERSION + 1, documents: [], future: true }))
    await writeFile(libraryPath(dir), newer)
    await assert.rejects(open(dir), /newer version of Sourcemark/)
    assert.deepEqual(await readFile(libraryPath(dir)), newer)
    assert.deepEqual(await corruptFiles(dir), [])
    assert.equal(existsSync(documentPath(dir)), false)
  })

  test('a library.json missing beside a good backup (a crash between moving aside and restoring) is restored', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    await annotate(api, 'Tass reported')
    await writeV3Library(dir, undefined, `${libraryPath(dir)}.bak`)
    const reopened = await open(dir)
    assert.equal(reopened.notices.length, 1)
    assert.match(reopened.notices[0]!, /^library\.json was missing; restored the previous version from .+library\.json\.bak\.$/)
    assert.equal((await reopened.api.listAnnotations({ documentId: SAMPLE_ID })).length, 1)
  })
})

describe('a bad document file', () => {
  test('is moved aside and restored from its backup when the document is opened; the journals bring back every save', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    const first = await annotate(api, 'Tass reported')
    await annotate(api, 'Deepen cooperation')
    // Opened again, its journal is folded into its file: the file written
    // at import is now <id>.json.bak and the journal <id>.journal.jsonl.bak.
    const { api: again } = await open(dir)
    await again.listAnnotations({ documentId: SAMPLE_ID })
    assert.ok(existsSync(`${documentPath(dir)}.bak`) && existsSync(`${journalOf(documentPath(dir))}.bak`))
    const third = await annotate(again, 'Mishustin visited China')
    const corrupt = Buffer.from('\u0000\u0000garbage')
    await writeFile(documentPath(dir), corrupt)

    const store = await Store.open(dir)
    assert.deepEqual(store.notices, [], 'documents are checked when opened, not at start')
    const db = await store.document(SAMPLE_ID)
    // The backup is the version before the last compaction; the two journals hold every save since.
    assert.equal(db.data.annotations.length, 3)
    assert.deepEqual([db.data.annotations[0]!.id, db.data.annotations[2]!.id], [first, third])
    assert.equal(store.notices.length, 1)
    assert.match(store.details[0]!, /^The document "Xi Jinping meets .+" \(.+\.json\) could not be read \(not valid JSON: .+\); it was moved to .+; restored the previous version from .+\.json\.bak\.$/)
    const aside = movedTo(store.details[0])
    assert.match(aside, new RegExp(`[/\\\\]${SAMPLE_ID}\\.corrupt-.+\\.json$`))
    assert.deepEqual(await readFile(aside), corrupt)
    assert.equal((await readDocumentOnDisk(dir, SAMPLE_ID)).annotations.length, 3)
  })

  test('without a backup the library still opens and the document gives a clear error, every time', async () => {
    const dir = await tempDir()
    await open(dir)
    const corrupt = Buffer.from('{"version":1,"document":')
    await writeFile(documentPath(dir), corrupt)
    assert.equal(existsSync(`${documentPath(dir)}.bak`), false)

    const { value: api, notices } = await listening(dir, () => openServices({ dataDir: dir, resourcesDir }))
    assert.deepEqual((await api.listDocuments({})).map((d) => d.id), [SAMPLE_ID])
    const { notices: later } = await listening(dir, async () => {
      for (let i = 0; i < 2; i++) {
        await assert.rejects(api.getDocument({ documentId: SAMPLE_ID }), (error: Error) => {
          assert.equal(error.message, `The document "Xi Jinping meets Russian Prime Minister Mikhail Mishustin in Beijing" in the data folder (${dir}) could not be read and has no usable backup, so it cannot be opened; the damaged file was kept in that folder.`)
          assertNoInternalNames(error.message.replace(dir, ''))
          return true
        })
      }
    })
    assert.deepEqual(notices, [])
    assert.equal(later.length, 1, 'the notice is given once')
    assert.deepEqual(await readFile(movedTo(later[0])), corrupt)
    assert.equal(existsSync(documentPath(dir)), false)
  })

  test('a document file holding another document is not used', async () => {
    const dir = await tempDir()
    await open(dir)
    const file = DocumentFile.parse(JSON.parse(await readFile(documentPath(dir), 'utf8')))
    file.document.id = 'someone-else'
    await writeFile(documentPath(dir), JSON.stringify(file))
    const store = await Store.open(dir)
    await assert.rejects(store.document(SAMPLE_ID), /could not be read and has no usable backup/)
    assert.match(store.details[0]!, /it holds the document someone-else/)
  })
})

describe('readRecovering', () => {
  test('never replaces an existing file when moving aside', async () => {
    const dir = await tempDir()
    const file = join(dir, 'data.json')
    const check = (raw: unknown) => { if (typeof raw !== 'number') throw new Error('not a number'); return raw }
    const results = []
    for (let i = 0; i < 3; i++) {
      await writeFile(file, `bad ${i}`)
      results.push(await readRecovering(file, check))
    }
    const aside = await corruptFiles(dir)
    assert.equal(aside.length, 3)
    assert.deepEqual(aside.map((name) => readFileSync(join(dir, name), 'utf8')).sort(), ['bad 0', 'bad 1', 'bad 2'])
    assert.equal(results[0]!.status, 'unrecoverable')
    assert.match(recoveryNotice('data.json', results[0]!, 'fell back') ?? '', /there was no backup; fell back\.$/)
  })

  test('a good file is read as is, with its stamp from the one read; a missing one with no backup is just missing', async () => {
    const dir = await tempDir()
    const file = join(dir, 'data.json')
    assert.deepEqual(await readRecovering(file, (raw) => raw), { status: 'missing' })
    await writeFile(file, '\ufeff{"a":1}')
    assert.deepEqual(await readRecovering(file, (raw) => raw), { status: 'ok', data: { a: 1 }, stamp: await stampOf(file) })
  })

  test('file timestamps carry no colons', () => {
    assert.equal(fileTimestamp(new Date('2025-11-05T09:03:07.123Z')), '2025-11-05T090307.123Z')
  })
})

describe('migrations', () => {
  test('the v1 fixture data directory opens: annotations kept, library upgraded with the built-in sources', async () => {
    const dir = await tempDir()
    await cp(v1Fixture, dir, { recursive: true })
    const v1Library = JSON.parse(await readFile(libraryPath(dir), 'utf8')) as { version: number; sources?: unknown }
    assert.equal(v1Library.version, 1)
    assert.equal(v1Library.sources, undefined)

    const store = await Store.open(dir)
    assert.deepEqual(store.notices, [])
    assert.equal(store.library.data.version, LIBRARY_VERSION)
    // Opening moved the sources to sources.json and the last opened
    // document to state.json, and wrote the index as shards (v4); the v1
    // file is kept as library.v3.json.
    assert.deepEqual(JSON.parse(await readFile(join(dir, 'sources.json'), 'utf8')).sources, builtInSources)
    assert.equal(JSON.parse(await readFile(join(dir, 'state.json'), 'utf8')).lastOpened, SAMPLE_ID)
    const upgraded = await readLibrary(dir)
    assert.equal(upgraded.version, LIBRARY_VERSION)
    assert.deepEqual(upgraded.documents.map((d) => [d.id, d.annotationCount]), [[SAMPLE_ID, 3]])
    assert.equal(existsSync(libraryPath(dir)), false)
    assert.equal(JSON.parse(await readFile(join(dir, 'library.v3.json'), 'utf8')).version, 1)
    assert.deepEqual(store.sources, builtInSources)
    assert.equal(store.state.data.lastOpened, SAMPLE_ID)

    const { api, notices } = await open(dir)
    assert.deepEqual(notices, [])
    assert.deepEqual(await api.startupDocument({}), { documentId: SAMPLE_ID })
    const annotations = await api.listAnnotations({ documentId: SAMPLE_ID })
    assert.deepEqual(annotations.map((a) => a.id), ['v1-ann-0001', 'v1-ann-0002', 'v1-ann-0003'])
    assert.deepEqual(annotations[0]!.sources, ['xinhua'])
    assert.equal(annotations[0]!.note, 'Relayed by Xinhua')
    const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
    for (const a of annotations) assert.equal(text.slice(a.target.position.start, a.target.position.end), a.target.quote.exact)

    await annotate(api, 'Mishustin')
    const library = await readLibrary(dir)
    assert.equal(library.version, LIBRARY_VERSION)
    assert.equal(library.documents[0]!.annotationCount, 4)
  })

  test('a v3 library.json (one file, as Sourcemark v3 wrote it) is split into shards once: order, trash, counts and hashes kept', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    const ids = [await importArticle(api, 'Zeta'), await importArticle(api, 'Alpha'), await importArticle(api, 'Mid')]
    await annotate(api, 'Tass reported')
    await api.deleteDocument({ documentId: ids[1]! })
    const v3 = await readLibrary(dir)
    await writeV3Library(dir, v3)
    const written = await readFile(libraryPath(dir))

    const reopened = await open(dir)
    assert.deepEqual(reopened.notices, [])
    assert.deepEqual((await reopened.api.listDocuments({})).map((d) => d.id), [SAMPLE_ID, ids[0], ids[2]])
    const migrated = await readLibrary(dir)
    assert.deepEqual(migrated.documents, v3.documents)
    assert.deepEqual(migrated.trash, v3.trash)
    assert.equal(migrated.documents[1]!.contentHash?.length, 64)
    assert.equal(existsSync(libraryPath(dir)), false)
    assert.deepEqual(await readFile(join(dir, 'library.v3.json')), written)
    // Restored from the trash, the document goes to the end, as before.
    await reopened.api.restoreDocument({ documentId: ids[1]! })
    assert.deepEqual((await (await open(dir)).api.listDocuments({})).map((d) => d.id), [SAMPLE_ID, ids[0], ids[2], ids[1]])
  })

  test('a v1 backup is migrated when it is what recovery restores', async () => {
    const dir = await tempDir()
    await cp(v1Fixture, dir, { recursive: true })
    await cp(libraryPath(dir), `${libraryPath(dir)}.bak`)
    await writeFile(libraryPath(dir), '{')
    const store = await Store.open(dir)
    assert.equal(store.notices.length, 1)
    assert.match(store.details[0]!, /restored the previous version/)
    assert.equal(store.library.data.version, LIBRARY_VERSION)
    assert.equal(store.library.data.documents[0]!.annotationCount, 3)
  })
})

describe('the document file format', () => {
  test('one annotation a line; what is written always parses back to the data, through appends, replacements and deletions', async () => {
    const dir = await tempDir()
    const { api } = await open(dir)
    await annotate(api, 'Tass reported')
    const base = await readDocumentOnDisk(dir, SAMPLE_ID)
    const serialize = documentSerializer()
    const make = (n: number): Annotation => ({ ...base.annotations[0]!, id: `annotation-${n}`, note: `note ${n} "quoted" \u2028 é` })
    let annotations: Annotation[] = []
    const check = () => {
      const data: DocumentFile = { ...base, annotations }
      const text = serialize(data)
      assert.deepEqual(DocumentFile.parse(JSON.parse(text)), data)
      return text
    }
    assert.match(check(), /"annotations":\[\]\}\n$/)
    annotations = [make(1)]
    check()
    annotations = [...annotations, make(2), make(3)]
    assert.equal(check().split('\n').filter((l) => l.startsWith('{"id":"annotation-')).length, 3)
    annotations = annotations.map((a) => (a.id === 'annotation-2' ? { ...a, note: 'changed' } : a))
    check()
    annotations = annotations.filter((a) => a.id !== 'annotation-1')
    check()
    annotations = [...annotations, make(4)]
    check()
    annotations = []
    check()
  })

  test('an annotation once saved cannot be changed in place (that would save stale text)', () => {
    const serialize = documentSerializer()
    const text = readFileSync(join(v1Fixture, 'documents', `${SAMPLE_ID}.json`), 'utf8')
    const data = DocumentFile.parse(migrateDocument(JSON.parse(text)))
    serialize(data)
    assert.throws(() => { (data.annotations[0] as { note: string }).note = 'edited' }, TypeError)
    assert.throws(() => { data.annotations[0]!.sources.push('tass') }, TypeError)
  })
})
