// A document's journal (electron/store/journal.ts): every change a save
// makes is said as changes and replays to the same data; what a kill
// leaves (a torn last line, lines already in the snapshot) is ignored;
// damage is told and never spreads. Then the same on real files through
// the store.

import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { appendFile, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation } from '../../shared/model/annotation.ts'
import { DOCUMENT_FILE_VERSION, type DocumentFile } from '../../electron/store/files.ts'
import { diff, formatLine, readJournal } from '../../electron/store/journal.ts'
import { documentStamp, journalOf } from '../../electron/store/stamp.ts'
import { Store } from '../../electron/store/store.ts'
import { SearchIndexer } from '../../electron/search/indexer.ts'
import { readDocumentOnDisk } from '../helpers/document-files.ts'
import { sampleArticle } from '../helpers/annotate.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('journal')
const document = sampleArticle({ title: 'Talks' })

function annotation(n: number, note = `note ${n}`): Annotation {
  return {
    id: `annotation-${String(n).padStart(4, '0')}`, documentId: document.id, kind: 'claim',
    target: { position: { start: 0, end: 3 }, quote: { exact: document.blocks[0]!.text.slice(0, 3), prefix: '', suffix: '' } },
    sources: [], via: [], note, created: '2025-11-05T09:00:00.000Z', modified: '2025-11-05T09:00:00.000Z',
  }
}

const base = (annotations: Annotation[] = []): DocumentFile => ({ version: DOCUMENT_FILE_VERSION, document, annotations, rejectedSuggestions: [] })

describe('the journal format', () => {
  test('each kind of save is said as changes that replay to the same data', () => {
    const one = annotation(1)
    const two = annotation(2)
    const three = annotation(3)
    const steps: ((d: DocumentFile) => DocumentFile)[] = [
      (d) => ({ ...d, annotations: [...d.annotations, one] }),
      (d) => ({ ...d, annotations: [...d.annotations, two, three] }),
      (d) => ({ ...d, annotations: d.annotations.map((a) => (a.id === two.id ? { ...a, note: 'changed' } : a)) }),
      (d) => ({ ...d, annotations: d.annotations.filter((a) => a.id !== one.id) }),
      // An undone delete puts it back where it was.
      (d) => ({ ...d, annotations: [one, ...d.annotations] }),
      (d) => ({ ...d, deleted: '2025-11-06T10:00:00.000Z' }),
      (d) => ({ ...d, rejectedSuggestions: ['sg-0123456789abcdef'] }),
      ({ deleted: _, ...d }) => ({ ...d, annotations: [] }),
    ]
    let data = base()
    let text = ''
    for (const [i, step] of steps.entries()) {
      const next = step(data)
      const changes = diff(data, next)
      assert.ok(changes && changes.length > 0, `step ${i} was not said as changes`)
      text += formatLine(i + 1, changes)
      data = next
      const read = readJournal(base(), 0, text)
      assert.deepEqual(read.data, data, `step ${i} did not replay`)
      assert.equal(read.seq, i + 1)
      assert.equal(read.good, text.length)
    }
    assert.equal(text.split('\n').length, steps.length + 1, 'one line a save')
  })

  test('a change that cannot be said as changes asks for the whole file', () => {
    const data = base([annotation(1), annotation(2)])
    assert.equal(diff(data, { ...data, annotations: [data.annotations[1]!, data.annotations[0]!] }), null)
    assert.equal(diff(data, { ...data, document: { ...document, meta: { title: 'Renamed' } } }), null)
    assert.deepEqual(diff(data, { ...data }), [])
  })

  test('a torn last line is ignored; lines the snapshot holds are skipped; damage and gaps stop the journal and say so', () => {
    const data = base()
    const first = formatLine(1, [{ put: annotation(1) }])
    const second = formatLine(2, [{ put: annotation(2) }])
    const torn = readJournal(data, 0, first + second.slice(0, 40))
    assert.deepEqual(torn.data.annotations.map((a) => a.id), [annotation(1).id])
    assert.equal(torn.good, first.length)
    assert.equal(torn.problem, undefined)

    const compacted = readJournal(base([annotation(1)]), 1, first + second)
    assert.deepEqual(compacted.data.annotations.map((a) => a.id), [annotation(1).id, annotation(2).id])

    const damaged = readJournal(data, 0, first + '{"seq":2,"tim\n' + formatLine(3, [{ put: annotation(3) }]))
    assert.deepEqual(damaged.data.annotations.map((a) => a.id), [annotation(1).id])
    assert.match(damaged.problem!, /^line 2 could not be read/)
    assert.equal(damaged.good, first.length)

    const gap = readJournal(data, 0, first + formatLine(3, [{ put: annotation(3) }]))
    assert.deepEqual(gap.data.annotations.map((a) => a.id), [annotation(1).id])
    assert.match(gap.problem!, /^line 2 follows save 2, which the document file does not hold/)

    const invalid = readJournal(data, 0, formatLine(1, [{ put: { ...annotation(1), kind: 'rumour' } as unknown as Annotation }]))
    assert.deepEqual(invalid.data.annotations, [])
    assert.match(invalid.problem!, /^line 1 could not be read/)
  })
})

describe('the journal on disk, through the store', () => {
  async function withAnnotations(dir: string, count: number): Promise<Store> {
    const store = await Store.open(dir)
    await store.addDocument(document)
    for (let i = 1; i <= count; i++) await store.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(i)] }))
    return store
  }

  test('a save appends one line and leaves the file alone; opening again folds the journal into the file', async () => {
    const dir = await tempDir()
    const store = await withAnnotations(dir, 3)
    const file = store.documentFile(document.id)
    const snapshot = await readFile(file, 'utf8')
    assert.equal((await readFile(journalOf(file), 'utf8')).split('\n').length, 4)
    await store.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(4)] }))
    assert.equal(await readFile(file, 'utf8'), snapshot, 'the file was rewritten')

    const again = await Store.open(dir)
    assert.equal((await again.document(document.id)).data.annotations.length, 4)
    assert.equal(existsSync(journalOf(file)), false, 'the journal was not folded in')
    assert.equal((await readFile(`${journalOf(file)}.bak`, 'utf8')).split('\n').length, 5)
    const folded = JSON.parse(await readFile(file, 'utf8')) as { seq: number; annotations: unknown[] }
    assert.deepEqual([folded.seq, folded.annotations.length], [4, 4])
    assert.deepEqual(again.notices, [])
  })

  test('a torn last line (a kill during an append) is ignored, and the next save cuts it off', async () => {
    const dir = await tempDir()
    const store = await withAnnotations(dir, 2)
    const journal = journalOf(store.documentFile(document.id))
    await appendFile(journal, formatLine(3, [{ put: annotation(3) }]).slice(0, 50))
    const reader = await Store.open(dir, { readOnly: true })
    assert.equal((await reader.document(document.id)).data.annotations.length, 2)
    // A writer that has not reopened it since appends after cutting the torn bytes.
    await store.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(5)] }))
    assert.deepEqual((await readDocumentOnDisk(dir, document.id)).annotations.map((a) => a.id), [1, 2, 5].map((n) => annotation(n).id))
    const again = await Store.open(dir)
    assert.equal((await again.document(document.id)).data.annotations.length, 3)
    assert.deepEqual(again.notices, [])
  })

  test('the journal or the file taken away or cut short while the document is open: the next save writes it whole, nothing lost', async () => {
    for (const harm of ['journal gone', 'journal cut', 'file gone', 'file emptied'] as const) {
      const dir = await tempDir()
      const store = await withAnnotations(dir, 3)
      const file = store.documentFile(document.id)
      if (harm === 'journal gone') await rm(journalOf(file))
      if (harm === 'journal cut') await truncate(journalOf(file), 10)
      if (harm === 'file gone') await rm(file)
      if (harm === 'file emptied') await writeFile(file, '')
      await store.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(4)] }))
      const written = JSON.parse(await readFile(file, 'utf8')) as { annotations: Annotation[] }
      assert.equal(written.annotations.length, 4, `${harm}: the file holds every save`)
      assert.equal(existsSync(journalOf(file)), false, `${harm}: no journal was started over`)
      const again = await Store.open(dir)
      assert.equal((await again.document(document.id)).data.annotations.length, 4, harm)
    }
  })

  test('the stamp a save gives the library is the one its files have', async () => {
    const dir = await tempDir()
    const store = await withAnnotations(dir, 3)
    const file = store.documentFile(document.id)
    const stamp = () => store.library.data.documents.find((d) => d.id === document.id)?.stamp
    assert.ok(existsSync(journalOf(file)))
    assert.equal(stamp(), await documentStamp(file))
    await store.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(4)] }))
    assert.equal(stamp(), await documentStamp(file))
  })

  test('a damaged line is told, the journal is copied aside whole, and the saves before it are kept', async () => {
    const dir = await tempDir()
    const store = await withAnnotations(dir, 3)
    const journal = journalOf(store.documentFile(document.id))
    const lines = (await readFile(journal, 'utf8')).split('\n')
    lines[1] = lines[1]!.replace('"seq":2', '"seq":"two"')
    const damaged = lines.join('\n')
    await writeFile(journal, damaged)
    const again = await Store.open(dir)
    assert.deepEqual((await again.document(document.id)).data.annotations.map((a) => a.id), [annotation(1).id])
    assert.equal(again.notices.length, 1)
    assert.match(again.notices[0]!, /^Part of the saves to the document .+ in the data folder \(.+\) was damaged; the saves before the damage were kept/)
    assert.match(again.details[0]!, /journal .+\.journal\.jsonl stopped at line 2 could not be read .+; the saves before it were kept and the whole journal was copied to .+\.journal\.corrupt-.+\.jsonl\.$/)
    const aside = (await readdir(join(dir, 'documents'))).find((name) => name.includes('.journal.corrupt-'))!
    assert.equal(await readFile(join(dir, 'documents', aside), 'utf8'), damaged)
  })

  test('a file from before journals is read as it is and written whole as v3 on its first save, the old one kept as .bak', async () => {
    const dir = await tempDir()
    const store = await withAnnotations(dir, 1)
    const file = store.documentFile(document.id)
    const v2 = JSON.stringify({ version: 2, document, annotations: [annotation(1)], rejectedSuggestions: [] })
    await writeFile(file, v2)
    await truncate(journalOf(file), 0)
    const again = await Store.open(dir)
    await again.changeDocument(document.id, (d) => ({ ...d, annotations: [...d.annotations, annotation(2)] }))
    const saved = JSON.parse(await readFile(file, 'utf8')) as { version: number; annotations: unknown[] }
    assert.deepEqual([saved.version, saved.annotations.length], [3, 2])
    assert.equal(await readFile(`${file}.bak`, 'utf8'), v2)
  })
})

test('the search index reads a document through the store: a note saved only in the journal is found', async () => {
  const dir = await tempDir()
  const store = await Store.open(dir)
  await store.addDocument(document)
  await store.changeDocument(document.id, (d) => ({ ...d, annotations: [annotation(1, 'Ask the lighthouse keeper')] }))
  assert.equal(JSON.parse(await readFile(store.documentFile(document.id), 'utf8')).annotations.length, 0, 'the note is in the file, not only the journal')
  // Another store on the folder, the document not yet read: the indexer reads it from disk.
  const reopened = await Store.open(dir)
  assert.equal(reopened.isCached(document.id), false)
  const { hits } = await new SearchIndexer(reopened).search('lighthouse')
  assert.deepEqual(hits.map((h) => [h.documentId, h.field]), [[document.id, 'note']])
})
