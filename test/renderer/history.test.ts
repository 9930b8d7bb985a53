import { test } from 'node:test'
import assert from 'node:assert/strict'
import { History } from '../../renderer/history.ts'

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
  const history = new History()
  state.value = 3; history.record(step(3))
  state.value = 5; history.record(step(2))
  assert.equal(await history.undo(), true); assert.equal(state.value, 3)
  assert.equal(await history.undo(), true); assert.equal(state.value, 0)
  assert.equal(await history.undo(), false)
  assert.equal(await history.redo(), true); assert.equal(state.value, 3)
})

test('a new change clears what could be redone', async () => {
  const { state, step } = counter()
  const history = new History()
  state.value = 1; history.record(step(1))
  await history.undo()
  state.value = 10; history.record(step(10))
  assert.equal(await history.redo(), false)
  assert.equal(state.value, 10)
})

test('a failed undo stays undoable and nothing moves to redo', async () => {
  const { state, step } = counter()
  const history = new History()
  const fail = { now: true }
  state.value = 4; history.record(step(4, fail))
  await assert.rejects(history.undo(), /offline/)
  assert.equal(state.value, 4)
  assert.equal(await history.redo(), false)
  fail.now = false
  assert.equal(await history.undo(), true)
  assert.equal(state.value, 0)
})
