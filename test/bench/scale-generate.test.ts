// The scale benchmark's library: the same seed makes the same files, the
// sizes are those asked for, and every file is one the store accepts.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { canonicalText } from '../../shared/model/document.ts'
import { DocumentFile, migrateDocument } from '../../electron/store/files.ts'
import { openServices } from '../../electron/services.ts'
import { BIG_ID, BIG_TITLE, documentId, generateDocumentFile, generateLibrary } from '../../bench/scale/generate.ts'

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources')

async function withDir(run: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-scale-test-'))
  try {
    await run(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const name of (await readdir(join(dir, 'documents'))).sort()) out.set(name, await readFile(join(dir, 'documents', name), 'utf8'))
  return out
}

test('the same seed writes the same library, byte for byte; another seed another', async () => {
  await withDir(async (a) => {
    await withDir(async (b) => {
      await withDir(async (c) => {
        const spec = { documents: 12, big: { bytes: 50_000, annotations: 300 } }
        await generateLibrary(a, spec)
        await generateLibrary(b, spec)
        await generateLibrary(c, { ...spec, seed: 7 })
        const first = await filesOf(a)
        assert.equal(first.size, 12)
        assert.deepEqual(await filesOf(b), first)
        const other = await filesOf(c)
        assert.deepEqual([...other.keys()], [...first.keys()])
        assert.notEqual(other.get(`${documentId(3)}.json`), first.get(`${documentId(3)}.json`))
      })
    })
  })
})

test('articles of about 10 KB with 100 annotations, one of 1 MB with 10,000, every file valid', () => {
  const article = generateDocumentFile(5, { documents: 10 })
  const text = canonicalText(article.document.blocks)
  assert.ok(text.length >= 10_000 && text.length < 11_000, `article text is ${text.length} characters`)
  assert.equal(article.annotations.length, 100)
  assert.ok(article.annotations.some((a) => a.sources.length > 0) && article.annotations.some((a) => a.via.length > 0) &&
    article.annotations.some((a) => a.note !== '') && article.annotations.some((a) => a.kind === 'highlight'))
  for (const a of article.annotations) assert.equal(text.slice(a.target.position.start, a.target.position.end), a.target.quote.exact)

  const big = generateDocumentFile(0, { documents: 10 })
  assert.equal(big.document.id, BIG_ID)
  assert.equal(big.document.meta.title, BIG_TITLE)
  const bigText = canonicalText(big.document.blocks)
  assert.ok(bigText.length >= 1_000_000 && bigText.length < 1_010_000, `big text is ${bigText.length} characters`)
  assert.equal(big.annotations.length, 10_000)
  assert.equal(new Set(big.annotations.map((a) => a.id)).size, 10_000)
  for (const file of [article, big]) DocumentFile.parse(migrateDocument(JSON.parse(JSON.stringify(file))))
})

test('the store builds its library from the generated files alone', async () => {
  await withDir(async (dir) => {
    const made = await generateLibrary(dir, { documents: 5, big: { bytes: 20_000, annotations: 200 } })
    assert.equal(made.annotations, 4 * 100 + 200)
    const api = await openServices({ dataDir: dir, resourcesDir })
    const listed = await api.listDocuments({})
    assert.deepEqual(listed.map((d) => d.id).sort(), [BIG_ID, ...[1, 2, 3, 4].map(documentId)].sort())
    assert.equal(listed.reduce((n, d) => n + d.annotationCount, 0), 600)
  })
})
