import { test } from 'node:test'
import assert from 'node:assert/strict'
import { UndoHistory } from '../../renderer/history.ts'
import { rememberRemoved } from '../../renderer/removed-sources.ts'
import { Session } from '../../renderer/session.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { fakeApi } from './fake-api.ts'

const text = 'Xinhua said the talks went well. Tass said so too.'
const target = (words: string) => describeRange(text, text.indexOf(words), text.indexOf(words) + words.length)

async function open(fake = fakeApi()) {
  const history = new UndoHistory()
  const session = new Session(fake.api, history, 'doc-a', [], await fake.api.listSources({}))
  let changes = 0
  session.onChange(() => changes++)
  return { fake, history, session, changes: () => changes }
}

test('create keeps the answer, makes it current, tells listeners, and can be undone and redone', async () => {
  const { fake, history, session, changes } = await open()
  const created = await session.create('claim', target('the talks went well'), ['xinhua'])
  assert.deepEqual(session.annotations.map((a) => a.id), [created.id])
  assert.equal(session.current, created.id)
  assert.equal(session.currentAnnotation()?.sources[0], 'xinhua')
  assert.ok(changes() >= 1)
  assert.equal(history.nextUndo?.documentId, 'doc-a')

  await history.undo()
  assert.equal(session.annotations.length, 0)
  assert.equal(session.current, null)
  assert.equal(fake.annotations.size, 0)
  await history.redo()
  assert.deepEqual(session.annotations.map((a) => a.id), [created.id])
  assert.ok(fake.annotations.has(created.id))
})

test('create shows the annotation, current, before the save answers; the answer takes its place', async () => {
  const { fake, history, session } = await open()
  const held = fake.hold('createAnnotation')
  const seen: string[] = []
  session.onChange(() => seen.push(`${session.annotations.map((a) => `${a.id}:${session.pending(a.id)}`).join()} current ${session.current}`))
  const saving = session.create('claim', target('the talks went well'), ['xinhua'])
  assert.equal(session.annotations.length, 1, 'listed before the answer')
  const shown = session.annotations[0]!
  assert.equal(session.current, shown.id)
  assert.equal(session.pending(shown.id), true)
  assert.deepEqual(shown.sources, ['xinhua'])
  assert.equal(history.nextUndo === undefined, true, 'nothing to undo before it is saved')
  held.release()
  const created = await saving
  assert.deepEqual(session.annotations.map((a) => a.id), [created.id])
  assert.equal(session.pending(created.id), false)
  assert.equal(session.current, created.id)
  assert.equal(seen.length, 2)
  assert.equal(history.nextUndo?.documentId, 'doc-a')
  // A click on the card while it was being saved selects the stored one.
  session.select(null)
  session.select(shown.id)
  assert.equal(session.current, created.id)
  assert.equal(session.idOf(shown.id), created.id)
})

test('a create the API refuses is taken off the screen and the error is thrown', async () => {
  const { fake, history, session } = await open()
  fake.failNext('createAnnotation', 'Could not save: disk full')
  const saving = session.create('highlight', target('Tass said so too'))
  assert.equal(session.annotations.length, 1)
  await assert.rejects(saving, /disk full/)
  assert.deepEqual(session.annotations, [])
  assert.equal(session.current, null)
  assert.equal(history.nextUndo, undefined)
})

test('update and toggleSource change what is given; undo puts back only that', async () => {
  const { history, session } = await open()
  const { id } = await session.create('highlight', target('Tass said so too'))
  await session.update(id, { note: 'first' })
  await session.toggleSource(id, 'tass')
  await session.update(id, { kind: 'claim' })
  assert.deepEqual(session.annotations[0]!, { ...session.annotations[0]!, kind: 'claim', sources: ['tass'], note: 'first' })

  await history.undo()
  assert.equal(session.annotations[0].kind, 'highlight')
  assert.deepEqual(session.annotations[0].sources, ['tass'])
  await history.undo()
  assert.deepEqual(session.annotations[0].sources, [])
  assert.equal(session.annotations[0].note, 'first')
  await history.redo()
  assert.deepEqual(session.annotations[0].sources, ['tass'])
  await session.toggleSource(id, 'tass')
  assert.deepEqual(session.annotations[0].sources, [])
  assert.equal(history.nextRedo, undefined, 'a new change clears redo')
})

test('remove forgets the annotation and its selection; undo restores it exactly', async () => {
  const { fake, history, session } = await open()
  const created = await session.create('claim', target('the talks went well'))
  await session.update(created.id, { note: 'kept' })
  await session.remove(created.id)
  assert.equal(session.annotations.length, 0)
  assert.equal(session.current, null)
  await history.undo()
  assert.equal(session.annotations[0]!.note, 'kept')
  assert.equal(fake.annotations.get(created.id)!.note, 'kept')
})

test('a refused change leaves the state and the history as they were', async () => {
  const { fake, history, session, changes } = await open()
  const { id } = await session.create('claim', target('the talks went well'))
  const before = structuredClone(session.annotations)
  const seen = changes()
  const undoable = history.nextUndo

  fake.failNext('updateAnnotation', 'Could not save: disk full')
  await assert.rejects(session.update(id, { note: 'lost' }), /disk full/)
  fake.failNext('deleteAnnotation', 'Could not save: disk full')
  await assert.rejects(session.remove(id), /disk full/)
  assert.equal(changes(), seen)
  session.select(id)
  // A new annotation is shown before its save answers, then taken off.
  fake.failNext('createAnnotation', 'Could not save: disk full')
  await assert.rejects(session.create('highlight', target('Tass said so too')), /disk full/)

  assert.deepEqual(session.annotations, before)
  assert.equal(session.current, id, 'the annotation current before is current again')
  assert.equal(history.nextUndo, undoable)
})

test('changes to an annotation that is not there do nothing and call nothing', async () => {
  const { fake, history, session } = await open()
  const calls = fake.calls.length
  await session.update('missing-1', { note: 'x' })
  await session.toggleSource('missing-1', 'tass')
  await session.remove('missing-1')
  assert.equal(fake.calls.length, calls)
  assert.equal(history.nextUndo, undefined)
})

test('reloads take what the services have now; sourceName names removed sources', async () => {
  const { fake, session } = await open()
  const outside = await fake.api.createAnnotation({ documentId: 'doc-a', kind: 'claim', target: target('Tass said so too'), sources: ['cnbc'] })
  await session.reloadAnnotations()
  assert.deepEqual(session.annotations.map((a) => a.id), [outside.id])
  fake.sources = fake.sources.filter((s) => s.id !== 'tass')
  await session.reloadSources()
  assert.deepEqual(session.sources.map((s) => s.id), ['xinhua'])
  assert.equal(session.sourceName('xinhua'), 'Xinhua')
  // Removed elsewhere (or before a restart): never its id.
  assert.equal(session.sourceName('tass'), 'a removed source')
  rememberRemoved('tass', 'Tass')
  assert.equal(session.sourceName('tass'), 'Tass (removed)')
})

test('create sends the save before the listeners paint and list it (their work on a long document waits for nothing)', async () => {
  const { fake, session } = await open()
  const sentWhenPainted: boolean[] = []
  session.onChange(() => sentWhenPainted.push(fake.calls.some((c) => c.method === 'createAnnotation')))
  await session.create('claim', target('the talks went well'), ['xinhua'])
  assert.deepEqual(sentWhenPainted, [true, true])
})

test('create tells the listeners what changed: one added, then the same one saved under its stored id', async () => {
  const { session } = await open()
  const changes: unknown[] = []
  session.onChange((change) => changes.push(change && 'annotation' in change ? { ...change, annotation: change.annotation.id } : change))
  const created = await session.create('claim', target('the talks went well'), ['xinhua'])
  const local = (changes[0] as { annotation: string }).annotation
  assert.deepEqual(changes, [
    { kind: 'added', annotation: local, previous: null },
    { kind: 'saved', annotation: created.id, localId: local },
  ])
  await session.update(created.id, { note: 'checked' })
  assert.deepEqual(changes.at(-1), undefined, 'any other change says nothing: listeners draw it all')
})

test('select tells the listeners which annotation was current before, so that they repaint two rather than all', async () => {
  const { session } = await open()
  const changes: unknown[] = []
  const first = await session.create('claim', target('the talks went well'), ['xinhua'])
  const second = await session.create('claim', target('Tass said so'), ['tass'])
  session.onChange((change) => changes.push(change))
  session.select(null)
  session.select(first.id)
  session.select(second.id)
  assert.deepEqual(changes, [
    { kind: 'current', previous: second.id },
    { kind: 'current', previous: null },
    { kind: 'current', previous: first.id },
  ])
  assert.equal(session.current, second.id)
})

test('the tally of annotations per source follows a claim added and saved without counting them all again, and any other change is counted anew', async () => {
  const { session } = await open()
  const counts = () => ({ tass: session.tally.counts.get('tass'), xinhua: session.tally.counts.get('xinhua'), none: session.tally.unattributed })
  await session.create('claim', target('Tass said so'), ['tass'])
  const tally = session.tally
  assert.deepEqual(counts(), { tass: 1, xinhua: 0, none: 0 })
  const seen: unknown[] = []
  session.onChange(() => seen.push(counts()))
  const created = await session.create('claim', target('the talks went well'), ['xinhua', 'xinhua'])
  assert.deepEqual(seen, [{ tass: 1, xinhua: 1, none: 0 }, { tass: 1, xinhua: 1, none: 0 }], 'a source named twice counts once, shown and saved')
  assert.equal(session.tally, tally, 'followed, not counted again')
  await session.create('claim', target('Xinhua said'))
  assert.deepEqual(counts(), { tass: 1, xinhua: 1, none: 1 })
  assert.equal(session.tally, tally)
  await session.update(created.id, { sources: ['tass'] })
  assert.deepEqual(counts(), { tass: 2, xinhua: 0, none: 1 })
  assert.notEqual(session.tally, tally, 'another change: counted anew')
})
