import { test } from 'node:test'
import assert from 'node:assert/strict'
import { harness } from './fake-context.ts'

const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' })

test('imports files in order, opens the last, and says what happened to each', async () => {
  const h = await harness()
  await h.library.show()
  const ok = await h.runner.run('library.importArticles', { files: [file('one.txt', 'First\nbody'), file('two.txt', 'Second\nbody')] })
  assert.equal(ok, true)
  assert.deepEqual(h.statuses, ['Imported “First”. Imported “Second”.'])
  assert.equal(h.reader.documentId, [...h.fake.documents.values()].find((d) => d.meta.title === 'Second')!.id)
  assert.equal(h.library.shown, false, 'opening a document goes back to reading')
})

test('the same file again asks: open the copy there, keep both, or cancel', async () => {
  const h = await harness()
  await h.runner.run('library.importArticles', { files: [file('one.txt', 'First\nbody')] })
  const first = h.reader.documentId
  await h.runner.run('library.open', { documentId: 'doc-a' }) // somewhere else meanwhile
  assert.notEqual(h.reader.documentId, first)
  h.answers.push('open', 'keep', 'cancel')
  const again = () => h.runner.run('library.importArticles', { files: [file('one.txt', 'First\nbody')] })
  await again()
  assert.equal(h.reader.documentId, first)
  assert.equal(h.statuses.at(-1), 'Opened “First”, already in the library.')
  await again()
  assert.notEqual(h.reader.documentId, first)
  assert.equal([...h.fake.documents.values()].filter((d) => d.meta.title === 'First').length, 2)
  await again()
  assert.equal(h.statuses.at(-1), 'one.txt not imported.')
  assert.deepEqual(h.errors, [])
})

test('files that fail are named together in one error, after the others were imported', async () => {
  const h = await harness()
  const ok = await h.runner.run('library.importArticles', { files: [file('empty.txt', ' '), file('good.txt', 'Good\nbody'), file('blank.txt', '')] })
  assert.equal(ok, false)
  assert.deepEqual(h.errors, ['empty.txt: The file is empty. blank.txt: The file is empty.'])
  assert.deepEqual(h.statuses, ['Imported “Good”.'])
})

test('many files go to the server in one batch, with progress (count, file, time left); Cancel reaches the server, which stops after the file being read', async () => {
  const h = await harness()
  const files = Array.from({ length: 5 }, (_, i) => file(`article-${i}.txt`, `Article ${i}\nbody`))
  // The batch waits on the server until Cancel was pressed.
  const held = h.fake.hold('importDocuments')
  h.onImportProgress = (line) => {
    if (!line.startsWith('Importing 1 of 5')) return
    h.importProgress!.cancel()
    held.release()
  }
  assert.equal(await h.runner.run('library.importArticles', { files }), true)
  const progress = h.importProgress!
  assert.equal(progress.lines[0], 'Importing 1 of 5: article-0.txt')
  assert.equal(progress.open, false, 'the progress is gone after the import')
  const calls = h.fake.calls.filter((c) => c.method === 'importDocuments')
  assert.equal(calls.length, 1, 'one batch')
  assert.equal((calls[0]!.input as { files: unknown[] }).files.length, 5)
  assert.ok(h.fake.calls.some((c) => c.method === 'cancelImport'))
  // The file being read is finished; none after it is started.
  assert.deepEqual([...h.fake.documents.values()].map((d) => d.meta.title).filter((t) => t.startsWith('Article')), ['Article 0'])
  assert.equal(h.statuses.at(-1), 'Imported “Article 0”. Import cancelled: 1 of 5 files were taken; the other 4 were not started.')
})

test('many files: one already in the library is skipped, not asked about', async () => {
  const h = await harness()
  await h.runner.run('library.importArticles', { files: [file('one.txt', 'First\nbody')] })
  const files = [file('one.txt', 'First\nbody'), ...Array.from({ length: 3 }, (_, i) => file(`article-${i}.txt`, `Article ${i}\nbody`))]
  assert.equal(await h.runner.run('library.importArticles', { files }), true)
  assert.deepEqual(h.asked, [])
  assert.equal(h.statuses.at(-1), 'Skipped “First”, already in the library. Imported “Article 0”. Imported “Article 1”. Imported “Article 2”.')
})

test('one file shows no progress', async () => {
  const h = await harness()
  await h.runner.run('library.importArticles', { files: [file('one.txt', 'First\nbody')] })
  assert.equal(h.importProgress, null)
})
