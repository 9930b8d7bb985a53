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

test('many files show progress (count, file, time left) and Cancel stops before the next file', async () => {
  const h = await harness()
  const files = Array.from({ length: 5 }, (_, i) => file(`article-${i}.txt`, `Article ${i}\nbody`))
  // Cancel is pressed once the second file is under way.
  h.onImportProgress = (line) => { if (line.startsWith('Importing 2 of 5')) h.importProgress!.cancel() }
  assert.equal(await h.runner.run('library.importArticles', { files }), true)
  const progress = h.importProgress!
  assert.deepEqual(progress.lines.map((line) => line.replace(/ \(about .+ left\)$/, '')), ['Importing 1 of 5: article-0.txt', 'Importing 2 of 5: article-1.txt'])
  assert.match(progress.lines[1]!, / \(about \d+ s left\)$/)
  assert.deepEqual(progress.counts, [0, 1])
  assert.equal(progress.open, false, 'the progress stays after the import')
  // The file in flight is finished; none after it is started.
  assert.deepEqual([...h.fake.documents.values()].map((d) => d.meta.title).filter((t) => t.startsWith('Article')), ['Article 0', 'Article 1'])
  assert.equal(h.statuses.at(-1), 'Imported “Article 0”. Imported “Article 1”. Import cancelled: 2 of 5 files were taken; the other 3 were not started.')
})

test('one file shows no progress', async () => {
  const h = await harness()
  await h.runner.run('library.importArticles', { files: [file('one.txt', 'First\nbody')] })
  assert.equal(h.importProgress, null)
})
