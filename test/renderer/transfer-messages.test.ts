import { test } from 'node:test'
import assert from 'node:assert/strict'
import { harness } from './fake-context.ts'

test('"Exported" names the file it wrote', async () => {
  const h = await harness()
  await h.runner.run('file.export', { scope: 'document', format: 'md' })
  assert.equal(h.statuses.at(-1), 'Exported “doc-a.md”.')
})

test('the menu\'s Export items open the Export dialog with their choice made; the file is written only once the reader chose', async () => {
  const h = await harness()
  // Cancelled: nothing is exported.
  assert.equal(await h.runner.run('file.exportDialog', { scope: 'document', format: 'html' }), true)
  assert.deepEqual(h.exportDialogs, [{ scope: 'document', format: 'html' }])
  assert.deepEqual(h.downloads, [])
  assert.equal(h.fake.calls.filter((c) => c.method === 'exportDocument').length, 0)
  // Chosen (another format than offered): that one is written.
  h.exportChoice = { scope: 'document', format: 'csv' }
  await h.runner.run('file.exportDialog', { scope: 'document', format: 'html' })
  assert.deepEqual(h.downloads, ['doc-a.csv'])
  assert.equal(h.statuses.at(-1), 'Exported “doc-a.csv”.')
})

test('a refused annotation file is named, with the reason in words and no method or field names', async () => {
  const h = await harness()
  const file = new File([JSON.stringify({ hello: 'world' })], 'hypothesis.json', { type: 'application/json' })
  await h.runner.run('file.importAnnotations', { file })
  assert.equal(h.errors.length, 1)
  assert.equal(h.errors[0], '“hypothesis.json” was not imported. This file is not an annotation file Sourcemark can read: it is neither W3C Web Annotations nor a Hypothesis export or API answer.')
  assert.doesNotMatch(h.errors[0], /importAnnotations|data:/)
})

test('annotations that could not be placed are named by their quote, not only counted', async () => {
  const { describeImport } = await import('../../renderer/commands/transfer.ts')
  const orphan = (quote: string) => ({ quote, reason: 'not in the text' })
  assert.equal(describeImport({ imported: 1, alreadyPresent: 0, orphans: [orphan('a sentence from another article')], unknownSources: [] }),
    'Imported 1 annotation. 1 could not be placed, its text is not in this article: “a sentence from another article”.')
  const long = 'x'.repeat(200)
  const message = describeImport({ imported: 0, alreadyPresent: 0, orphans: [orphan('one'), orphan(long), orphan(''), orphan('four'), orphan('five')], unknownSources: [] })
  assert.equal(message, `Imported 0 annotations. 5 could not be placed, their text is not in this article: “one”, “${'x'.repeat(59)}…”, one without a quote, and 2 more.`)
})
