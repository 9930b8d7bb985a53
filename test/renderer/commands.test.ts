import { test } from 'node:test'
import assert from 'node:assert/strict'
import { harness, words } from './fake-context.ts'
import { summary } from './fake-api.ts'

const docB = summary('doc-b', 'B')

test('one history: undo and redo walk back through a document delete and an annotation change', async () => {
  const h = await harness()
  h.selected.target = words('the talks went well')
  await h.runner.run('annotation.markClaim')
  const [claim] = h.reader.session!.annotations
  await h.runner.run('annotation.tagSource', { sourceId: 'tass' })
  h.answers.push('delete')
  await h.runner.run('library.deleteDocument', { document: docB })
  assert.equal(h.fake.documents.has('doc-b'), false)
  assert.equal(h.statuses.at(-1), 'Deleted “B”.')

  await h.runner.run('history.undo')
  assert.equal(h.fake.documents.has('doc-b'), true)
  assert.equal(h.statuses.at(-1), 'Restored “B”.')
  await h.runner.run('history.undo')
  assert.deepEqual(h.fake.annotations.get(claim!.id)!.sources, [])
  assert.equal(h.statuses.at(-1), 'Undone.')
  await h.runner.run('history.undo')
  assert.equal(h.fake.annotations.size, 0)
  assert.equal(h.reader.session!.annotations.length, 0)
  await h.runner.run('history.undo')
  assert.equal(h.statuses.at(-1), 'Nothing to undo.')

  await h.runner.run('history.redo')
  await h.runner.run('history.redo')
  assert.deepEqual(h.reader.session!.annotations.map((a) => a.sources), [['tass']])
  await h.runner.run('history.redo')
  assert.equal(h.fake.documents.has('doc-b'), false)
  assert.equal(h.statuses.at(-1), 'Deleted “B”.')
  await h.runner.run('history.redo')
  assert.equal(h.statuses.at(-1), 'Nothing to redo.')
  assert.deepEqual(h.errors, [])
})

test('deleting the open document opens the next; the status line\'s Undo restores and reopens it', async () => {
  const h = await harness()
  h.selected.target = words('Tass said so too')
  await h.runner.run('annotation.markHighlight')
  h.answers.push('delete')
  await h.runner.run('library.deleteDocument', { document: summary('doc-a', 'A') })
  assert.equal(h.reader.documentId, 'doc-b')
  // The open document's steps went with its session; the delete stays.
  assert.equal(h.history.nextUndo?.documentId, undefined)

  assert.equal(h.statusAction?.label, 'Undo')
  h.statusAction.run()
  await h.runner.run('library.toggle') // waits its turn behind the undo
  assert.equal(h.reader.documentId, 'doc-a')
  assert.equal(h.reader.session!.annotations.length, 1)
  assert.equal(h.statuses.at(-1), 'Restored “A”.')
})

test('a cancelled delete changes nothing and records nothing', async () => {
  const h = await harness()
  h.answers.push('cancel')
  await h.runner.run('library.deleteDocument', { document: docB })
  assert.equal(h.fake.documents.has('doc-b'), true)
  assert.equal(h.history.nextUndo, undefined)
  assert.equal(h.fake.calls.some((c) => c.method === 'deleteDocument'), false)
})

test('a failed undo is reported and stays undoable', async () => {
  const h = await harness()
  h.answers.push('delete')
  await h.runner.run('library.deleteDocument', { document: docB })
  h.fake.failNext('restoreDocument', 'Could not save: disk full')
  await h.runner.run('history.undo')
  assert.deepEqual(h.errors, ['Could not save: disk full'])
  await h.runner.run('history.undo')
  assert.equal(h.fake.documents.has('doc-b'), true)
})

test('annotation commands apply only to an article in view', async () => {
  const h = await harness()
  const enabled = (id: string, args?: unknown) => h.runner.enabled(id, args)
  assert.equal(enabled('annotation.markClaim'), true)
  assert.equal(enabled('annotation.tagSource', { index: 1 }), true)
  assert.equal(enabled('annotation.tagSource', { index: 2 }), false, 'there are two sources')
  assert.equal(enabled('annotation.delete'), false, 'nothing is current')
  assert.equal(enabled('annotation.editNote'), false)

  h.selected.target = words('the talks went well')
  await h.runner.run('annotation.markHighlight')
  assert.equal(enabled('annotation.delete'), true)
  assert.equal(enabled('annotation.editNote'), true)

  await h.library.show()
  for (const id of ['annotation.markClaim', 'annotation.markHighlight', 'annotation.delete', 'annotation.editNote']) {
    assert.equal(enabled(id), false, `${id} behind the library`)
  }
  assert.equal(enabled('annotation.tagSource', { index: 0 }), false)
  assert.equal(enabled('library.toggle'), true)

  // A disabled command does nothing at all.
  h.selected.target = words('Tass said so too')
  await h.runner.run('annotation.markClaim')
  assert.equal(h.reader.session!.annotations.length, 1)
  assert.notEqual(h.selected.target, null, 'the selection was not taken')

  h.library.hide()
  h.reader.showEmpty()
  assert.equal(enabled('annotation.markClaim'), false, 'no document open')
})

test('undo behind the library: a document\'s change waits, a document delete does not', async () => {
  const h = await harness()
  h.selected.target = words('the talks went well')
  await h.runner.run('annotation.markHighlight')
  await h.library.show()
  assert.equal(h.runner.enabled('history.undo'), false)
  await h.runner.run('history.undo')
  assert.equal(h.reader.session!.annotations.length, 1)

  h.answers.push('delete')
  await h.runner.run('library.deleteDocument', { document: docB })
  assert.equal(h.runner.enabled('history.undo'), true)
  assert.equal(h.runner.enabled('history.redo'), false)
  h.reader.showEmpty()
  h.library.hide()
  assert.equal(h.runner.enabled('history.undo'), true, 'with no document open too')
})

test('a source change reads the sources again, also when it failed; run answers whether it succeeded', async () => {
  const h = await harness()
  assert.equal(await h.runner.run('sources.add', { name: 'Sun Xiuwen', kind: 'person' }), true)
  assert.deepEqual(h.reader.session!.sources.map((s) => s.id), ['tass', 'xinhua', 'sun-xiuwen'])

  // Removed meanwhile by someone else; the failed call still shows the truth.
  h.fake.sources = h.fake.sources.filter((s) => s.id !== 'tass')
  h.fake.failNext('removeSource', 'Could not save: disk full')
  assert.equal(await h.runner.run('sources.remove', { sourceId: 'xinhua' }), false)
  assert.deepEqual(h.errors, ['Could not save: disk full'])
  assert.deepEqual(h.reader.session!.sources.map((s) => s.id), ['xinhua', 'sun-xiuwen'])
})

test('next and previous move through the annotations in reading order, revealing each', async () => {
  const h = await harness()
  for (const text of ['CNBC was not sure', 'Xinhua said', 'Tass said so too']) {
    h.selected.target = words(text)
    await h.runner.run('annotation.markHighlight')
  }
  const byText = (text: string) => h.reader.session!.annotations.find((a) => a.target.quote.exact === text)!.id
  h.reader.session!.select(null)
  await h.runner.run('annotation.next')
  assert.equal(h.reader.session!.current, byText('Xinhua said'))
  await h.runner.run('annotation.next')
  assert.equal(h.reader.session!.current, byText('Tass said so too'))
  await h.runner.run('annotation.next')
  await h.runner.run('annotation.next')
  assert.equal(h.reader.session!.current, byText('CNBC was not sure'))
  assert.equal(h.statuses.at(-1), 'That was the last annotation.')
  await h.runner.run('annotation.previous')
  assert.equal(h.reader.session!.current, byText('Tass said so too'))
  assert.deepEqual(h.reader.revealed.slice(-1), [byText('Tass said so too')])
  h.reader.session!.select(null)
  await h.runner.run('annotation.previous')
  assert.equal(h.reader.session!.current, byText('CNBC was not sure'), 'from nothing selected, back from the end')
  assert.deepEqual(h.errors, [])
})

test('removing a source in use asks first, naming how many annotations use it; undo puts it back for them', async () => {
  const h = await harness()
  for (const text of ['Tass said so too', 'the talks went well']) {
    h.selected.target = words(text)
    await h.runner.run('annotation.tagSource', { sourceId: 'tass' })
  }
  const tass = h.fake.sources.find((s) => s.id === 'tass')!

  h.answers.push('cancel')
  await h.runner.run('sources.remove', { sourceId: 'tass' })
  assert.match(h.asked.at(-1)!, /2 annotations/)
  assert.ok(h.fake.sources.some((s) => s.id === 'tass'), 'kept when the answer is no')

  h.answers.push('remove')
  await h.runner.run('sources.remove', { sourceId: 'tass' })
  assert.ok(!h.fake.sources.some((s) => s.id === 'tass'))
  assert.equal(h.statuses.at(-1), 'Removed “Tass”.')
  assert.equal(h.statusAction?.label, 'Undo')
  const session = h.reader.session!
  const claim = session.annotations.find((a) => a.target.quote.exact === 'Tass said so too')!
  assert.equal(session.sourceName('tass'), 'Tass (removed)', 'its name, never its id')
  assert.equal(session.knownSources(claim).length, 0, 'a claim left with no source is unattributed')

  await h.runner.run('history.undo')
  assert.deepEqual(h.fake.sources.find((s) => s.id === 'tass'), tass)
  assert.equal(h.statuses.at(-1), 'Put back “Tass”.')
  assert.deepEqual(h.reader.session!.sources.map((s) => s.id).sort(), ['tass', 'xinhua'])
  await h.runner.run('history.redo')
  assert.ok(!h.fake.sources.some((s) => s.id === 'tass'))
  assert.deepEqual(h.errors, [])
})

test('removing a source nothing uses does not ask', async () => {
  const h = await harness()
  await h.runner.run('sources.remove', { sourceId: 'xinhua' })
  assert.deepEqual(h.asked, [])
  assert.ok(!h.fake.sources.some((s) => s.id === 'xinhua'))
})

test('a mark whose save fails gives the text back as the selection, so the claim can be made again', async () => {
  const h = await harness()
  const target = words('the talks went well')
  h.selected.target = target
  h.fake.failNext('createAnnotation', 'Could not save: disk full')
  assert.equal(await h.runner.run('annotation.markClaim'), false)
  assert.match(String(h.errors.at(-1)), /disk full/)
  assert.deepEqual(h.reader.session!.annotations, [])
  assert.deepEqual(h.selected.target, target)
  await h.runner.run('annotation.markClaim')
  assert.equal(h.reader.session!.annotations.length, 1)
})

test('a sentence key with no sentence that way says so on the status line', async () => {
  const h = await harness()
  h.runner.context.ui.selectSentence = () => false
  assert.equal(await h.runner.run('selection.sentence', { move: 'next' }), true)
  assert.deepEqual(h.statuses, ['That was the last sentence.'])
})

test('deleting a document counts its annotations when asked, after a claim still being saved when Delete was pressed', async () => {
  const h = await harness()
  const listed = (await h.fake.api.listDocuments({}))[0]!
  const held = h.fake.hold('createAnnotation')
  h.selected.target = words('the talks went well')
  const claim = h.runner.run('annotation.markClaim')
  h.answers.push('cancel')
  const remove = h.runner.run('library.deleteDocument', { document: listed })
  held.release()
  await Promise.all([claim, remove])
  assert.equal(listed.annotationCount, 0)
  assert.match(h.asked[0]!, /and its 1 annotation will be removed/)
})
