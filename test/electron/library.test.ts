// The library services on a real data directory: importing articles,
// duplicates, metadata edits, delete and undo, counts, and search.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { ApiError, type Api } from '../../shared/api/contract.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { encodeLegacy } from '../helpers/legacy-encode.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { indexBytes } from '../helpers/library-files.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const tempDir = tempDirs('library-test')
const open = (dir: string) => openServices({ dataDir: dir, resourcesDir: RESOURCES })
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

const BRIEFING = `---
title: Grain corridor talks resume
publisher: Harbour Wire
author: [Ana Ruiz, Li Wei]
date: 2025-11-12
url: https://example.org/grain
---

# Grain corridor talks resume

Negotiators met in *Istanbul* on Tuesday, according to **Tass**.

> The corridor stays open, a ministry spokesman said.

1. Shipping insurance
2. Port inspections
`

async function rejects(call: Promise<unknown>, code: string, pattern: RegExp) {
  await assert.rejects(call, (error: unknown) => {
    assert.ok(error instanceof ApiError, String(error))
    assert.equal(error.code, code)
    assert.match(error.message, pattern)
    return true
  })
}

test('a Markdown file becomes a document with its metadata, stored and listed after a restart', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const result = await api.importDocument({ fileName: 'briefing.md', contentBase64: base64(BRIEFING) })
  assert.equal(result.status, 'created')
  if (result.status !== 'created') return
  const { document: summary } = result
  assert.equal(summary.id, 'grain-corridor-talks-resume')
  assert.deepEqual(summary.meta, { title: 'Grain corridor talks resume', publisher: 'Harbour Wire', author: 'Ana Ruiz, Li Wei', published: '2025-11-12', url: 'https://example.org/grain' })
  assert.equal(summary.annotationCount, 0)

  const again = await open(dir)
  assert.deepEqual((await again.listDocuments({})).map((d) => d.id), [SAMPLE_ID, summary.id])
  const doc = await again.getDocument({ documentId: summary.id })
  assert.deepEqual(doc.blocks.map((b) => b.type), ['title', 'paragraph', 'quote', 'item', 'item'])
  assert.deepEqual(doc.blocks.filter((b) => b.type === 'item').map((b) => b.number), [1, 2])
  assert.ok((await readdir(join(dir, 'documents'))).includes(`${summary.id}.json`))
})

test('the same bytes again are reported as a duplicate and create nothing, unless kept', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const first = await api.importDocument({ fileName: 'briefing.md', contentBase64: base64(BRIEFING) })
  assert.equal(first.status, 'created')
  const second = await api.importDocument({ fileName: 'copy.md', contentBase64: base64(BRIEFING) })
  assert.equal(second.status, 'duplicate')
  assert.equal(second.status === 'duplicate' && second.existing.id, 'grain-corridor-talks-resume')
  assert.equal((await api.listDocuments({})).length, 2)
  const kept = await api.importDocument({ fileName: 'copy.md', contentBase64: base64(BRIEFING), duplicate: 'keep' })
  assert.equal(kept.status === 'created' && kept.document.id, 'grain-corridor-talks-resume-2')
  assert.equal((await api.listDocuments({})).length, 3)
})

test('imports arriving together each get their own id and file; the same bytes twice at once are one document', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const variants = [0, 1, 2, 3].map((n) => BRIEFING.replace('Negotiators met', `Negotiators (${n}) met`))
  const results = await Promise.all(variants.map((text, n) => api.importDocument({ fileName: `b${n}.md`, contentBase64: base64(text) })))
  const ids = results.map((r) => r.status === 'created' ? r.document.id : r.status)
  assert.equal(new Set(ids).size, 4, `ids: ${ids.join(', ')}`)
  const again = await open(dir)
  for (const [n, id] of ids.entries()) {
    const doc = await again.getDocument({ documentId: id })
    assert.match(canonicalText(doc.blocks), new RegExp(`Negotiators \\(${n}\\) met`), id)
  }
  const twice = await Promise.all([0, 1].map(() => api.importDocument({ fileName: 'same.md', contentBase64: base64(`${BRIEFING}\nOnce.\n`) })))
  assert.deepEqual(twice.map((r) => r.status).sort(), ['created', 'duplicate'])
})

test('a web page the extractor is unsure of is imported with the reason; wholePage imports all of it', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const comment = (i: number) => `<p>Reader comment ${i}: the council should have closed the bridge much earlier, and said so, and paid for the repairs.</p>`
  const page = `<html><body><nav><a href="/">Home</a></nav><div class="story"><h1>Bridge closed</h1><p>The bridge is closed until Friday for repairs.</p></div>
    <div class="comments">${Array.from({ length: 8 }, (_, i) => comment(i)).join('')}</div></body></html>`
  const found = await api.importDocument({ fileName: 'bridge.html', contentBase64: base64(page) })
  assert.equal(found.status, 'created')
  if (found.status !== 'created') return
  assert.equal(found.unsure, 'Sourcemark is not sure it found the article: it has very little text.')
  const short = canonicalText((await api.getDocument({ documentId: found.document.id })).blocks)
  assert.ok(!short.includes('Reader comment'))
  const whole = await api.importDocument({ fileName: 'bridge.html', contentBase64: base64(page), wholePage: true, duplicate: 'keep' })
  assert.equal(whole.status, 'created')
  if (whole.status !== 'created') return
  assert.equal(whole.unsure, undefined)
  const all = canonicalText((await api.getDocument({ documentId: whole.document.id })).blocks)
  assert.ok(all.includes('Reader comment 7') && all.includes('The bridge is closed'))
  const sure = await api.importDocument({ fileName: 'briefing.md', contentBase64: base64(BRIEFING) })
  assert.equal(sure.status === 'created' && 'unsure' in sure, false)
})

test('a file in an undeclared legacy encoding is imported, and the answer names the encoding assumed', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const text = 'Рынок зерна\n\nЭкспорт пшеницы из России в октябре вырос на пять процентов, сообщили в министерстве сельского хозяйства.\n'
  const result = await api.importDocument({ fileName: 'zerno.txt', contentBase64: Buffer.from(encodeLegacy(text, 'koi8-r')).toString('base64') })
  assert.equal(result.status === 'created' && result.assumedEncoding, 'KOI8-R (Russian)')
  if (result.status !== 'created') return
  assert.equal(canonicalText((await api.getDocument({ documentId: result.document.id })).blocks), text.trim())
})

test('bad files are refused with the importer\'s sentence and write nothing', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const libraryBefore = await indexBytes(dir)
  const filesBefore = await readdir(join(dir, 'documents'))
  await rejects(api.importDocument({ fileName: 'empty.txt', contentBase64: '' }), 'invalid-input', /^empty\.txt: The file is empty\.$/)
  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1').toString('base64')
  await rejects(api.importDocument({ fileName: 'paper.txt', contentBase64: pdf }), 'invalid-input', /^paper\.txt: .*PDF/)
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)).toString('base64')
  await rejects(api.importDocument({ fileName: 'noise.html', contentBase64: noise }), 'invalid-input', /^noise\.html: /)
  await rejects(api.importDocument({ fileName: 'cut.html', contentBase64: base64('<html><body><p>Hello <a hre') }), 'invalid-input', /truncated/)
  assert.deepEqual(await indexBytes(dir), libraryBefore)
  assert.deepEqual(await readdir(join(dir, 'documents')), filesBefore)
})

test('metadata edits change the document and the library; "" clears a field; a title cannot be cleared', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const edited = await api.updateDocumentMeta({ documentId: SAMPLE_ID, meta: { title: 'Xi and Mishustin', publisher: 'GlobeNewswire', url: '' } })
  assert.equal(edited.meta.title, 'Xi and Mishustin')
  assert.equal(edited.meta.publisher, 'GlobeNewswire')
  const reopened = await open(dir)
  assert.equal((await reopened.getDocument({ documentId: SAMPLE_ID })).meta.title, 'Xi and Mishustin')
  assert.equal((await reopened.listDocuments({}))[0]!.meta.publisher, 'GlobeNewswire')
  await reopened.updateDocumentMeta({ documentId: SAMPLE_ID, meta: { publisher: '' } })
  assert.equal((await reopened.listDocuments({}))[0]!.meta.publisher, undefined)
  await rejects(reopened.updateDocumentMeta({ documentId: 'no-such-doc', meta: { title: 'x' } }), 'not-found', /no-such-doc/)
})

test('a deleted document keeps its file and annotations, and restoring brings both back', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const at = text.indexOf('Tass reported')
  const note = await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + 13), sources: ['tass'], note: 'check the readout' })
  assert.deepEqual(await api.deleteDocument({ documentId: SAMPLE_ID }), { deleted: true })
  assert.deepEqual(await api.listDocuments({}), [])
  assert.deepEqual(await api.startupDocument({}), { documentId: null })
  await rejects(api.getDocument({ documentId: SAMPLE_ID }), 'not-found', /no document/)
  assert.ok((await readdir(join(dir, 'documents'))).includes(`${SAMPLE_ID}.json`), 'the file stays')
  assert.deepEqual(await api.deleteDocument({ documentId: SAMPLE_ID }), { deleted: false })

  const afterRestart = await open(dir)
  assert.deepEqual(await afterRestart.listDocuments({}), [], 'a deleted sample is not added again')
  const restored = await afterRestart.restoreDocument({ documentId: SAMPLE_ID })
  assert.equal(restored.annotationCount, 1)
  assert.deepEqual(await afterRestart.listAnnotations({ documentId: SAMPLE_ID }), [note])
  await rejects(afterRestart.restoreDocument({ documentId: 'never-was' }), 'not-found', /never-was/)
})

test('the library counts claims and annotations per source as they change', async () => {
  const dir = await tempDir()
  const api = await open(dir)
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const target = (words: string) => { const at = text.indexOf(words); return describeRange(text, at, at + words.length) }
  await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: target('Tass reported'), sources: ['tass', 'xinhua'] })
  const second = await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'highlight', target: target('Global Times'), sources: ['tass'] })
  const [entry] = await api.listDocuments({})
  assert.deepEqual([entry!.annotationCount, entry!.claimCount, { ...entry!.sourceCounts }], [2, 1, { tass: 2, xinhua: 1 }])
  await api.updateAnnotation({ documentId: SAMPLE_ID, annotationId: second.id, kind: 'claim', sources: ['global-times'] })
  const [changed] = await (await open(dir)).listDocuments({})
  assert.deepEqual([changed!.claimCount, { ...changed!.sourceCounts }], [2, { tass: 1, xinhua: 1, 'global-times': 1 }])
})

test('search finds a note in one document and text in another, but nothing in deleted ones', async () => {
  const dir = await tempDir()
  const api: Api = await open(dir)
  await api.importDocument({ fileName: 'briefing.md', contentBase64: base64(BRIEFING) })
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const at = text.indexOf('Tass reported')
  const made = await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + 13), note: 'Compare the Istanbul readout' })
  const { hits } = await api.search({ query: 'istanbul' })
  // Ranked: the short briefing, where the word is in the text, before the long sample's note.
  assert.deepEqual(hits.map((h) => [h.documentId, h.field]), [['grain-corridor-talks-resume', 'text'], [SAMPLE_ID, 'note']])
  assert.equal(hits[1]!.annotationId, made.id)
  await api.deleteDocument({ documentId: 'grain-corridor-talks-resume' })
  assert.deepEqual((await api.search({ query: 'istanbul' })).hits.map((h) => h.documentId), [SAMPLE_ID])
})

test('a read-only open reads the library but refuses every change, and writes nothing', async () => {
  const dir = await tempDir()
  await (await open(dir)).importDocument({ fileName: 'briefing.md', contentBase64: base64(BRIEFING) })
  const library = await indexBytes(dir)
  const files = await readdir(join(dir, 'documents'))
  const api = await openServices({ dataDir: dir, resourcesDir: RESOURCES, readOnly: true })
  assert.deepEqual((await api.listDocuments({})).map((d) => d.id), [SAMPLE_ID, 'grain-corridor-talks-resume'])
  assert.equal((await api.search({ query: 'istanbul' })).hits.length, 1)
  await rejects(api.importDocument({ fileName: 'other.md', contentBase64: base64('# Other\n\nText.') }), 'storage', /read-only/)
  await rejects(api.updateDocumentMeta({ documentId: SAMPLE_ID, meta: { title: 'Renamed' } }), 'storage', /read-only/)
  await rejects(api.deleteDocument({ documentId: SAMPLE_ID }), 'storage', /read-only/)
  assert.deepEqual(await indexBytes(dir), library)
  assert.deepEqual(await readdir(join(dir, 'documents')), files)
  assert.deepEqual((await api.listDocuments({})).map((d) => d.meta.title)[0], (await (await open(dir)).listDocuments({}))[0]!.meta.title)
})
