import { test } from 'node:test'
import assert from 'node:assert/strict'
import { UndoHistory } from '../../renderer/history.ts'

function counter() {
  const state = { value: 0 }
  const step = (by: number, fail?: { now: boolean }) => ({
    undo: async () => { if (fail?.now) throw new Error('offline'); state.value -= by },
    redo: async () => { if (fail?.now) throw new Error('offline'); state.value += by },
  })
  return { state, step }
}

test('undo and redo walk the recorded steps in order', async () => {
  const { state, step } = counter()
  const history = new UndoHistory()
  state.value = 3; history.record(step(3))
  state.value = 5; history.record(step(2))
  assert.deepEqual(await history.undo(), {}); assert.equal(state.value, 3)
  assert.deepEqual(await history.undo(), {}); assert.equal(state.value, 0)
  assert.equal(await history.undo(), null)
  assert.deepEqual(await history.redo(), {}); assert.equal(state.value, 3)
})

test('a new change clears what could be redone', async () => {
  const { state, step } = counter()
  const history = new UndoHistory()
  state.value = 1; history.record(step(1))
  await history.undo()
  state.value = 10; history.record(step(10))
  assert.equal(await history.redo(), null)
  assert.equal(state.value, 10)
})

test('a failed undo stays undoable and nothing moves to redo', async () => {
  const { state, step } = counter()
  const history = new UndoHistory()
  const fail = { now: true }
  state.value = 4; history.record(step(4, fail))
  await assert.rejects(history.undo(), /offline/)
  assert.equal(state.value, 4)
  assert.equal(await history.redo(), null)
  fail.now = false
  assert.deepEqual(await history.undo(), {})
  assert.equal(state.value, 0)
})

test('a step may say what it did', async () => {
  const history = new UndoHistory()
  history.record({ undo: async () => 'Restored “A”.', redo: async () => {} })
  assert.deepEqual(await history.undo(), { message: 'Restored “A”.' })
  assert.deepEqual(await history.redo(), {})
})

test('opening a document forgets the steps of the one before, and keeps the others', async () => {
  const { state, step } = counter()
  const history = new UndoHistory()
  state.value = 1; history.record(step(1))
  state.value = 3; history.record({ ...step(2), documentId: 'doc-a' })
  state.value = 7; history.record({ ...step(4), documentId: 'doc-a' })
  await history.undo()
  history.forgetDocumentSteps()
  assert.equal(history.nextRedo, undefined)
  // Only the step without a document is left: 7 - 4 (undone before) - 1.
  assert.deepEqual(await history.undo(), {})
  assert.equal(state.value, 2)
  assert.equal(history.nextUndo, undefined)
})
