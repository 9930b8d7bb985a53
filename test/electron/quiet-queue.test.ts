// Work put off until the calls pause (electron/quiet-queue.ts): it waits
// quietMs after the last call heard, again after each new one, and at once
// when nothing was heard. Times are checked as lower bounds only (a loaded
// machine runs timers late, never early).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { QuietQueue } from '../../electron/quiet-queue.ts'

const tick = () => new Promise((resolve) => setImmediate(resolve))

test('with no call heard, what waits for quiet goes at once', async () => {
  const queue = new QuietQueue(60_000)
  let done = false
  void queue.quiet().then(() => { done = true })
  await tick()
  assert.equal(done, true)
})

test('it waits quietMs after the last call, each call putting it off again', async () => {
  // Long enough that the second call comes before the first wait is over,
  // even on a loaded machine.
  const queue = new QuietQueue(600)
  queue.heard()
  let doneAt: number | null = null
  const both = Promise.all([queue.quiet(), queue.quiet()]).then(() => { doneAt = performance.now() })
  // The queue's timer holds no process open (a server has its socket).
  const alive = setInterval(() => {}, 1000)
  await new Promise((resolve) => setTimeout(resolve, 30))
  assert.equal(doneAt, null)
  queue.heard()
  const lastHeard = performance.now()
  await both
  clearInterval(alive)
  assert.ok(doneAt! - lastHeard >= 599, `went ${doneAt! - lastHeard} ms after the last call`)
})

test('a change under way holds the quiet back until it is answered, whatever quietMs', async () => {
  const queue = new QuietQueue(0)
  let answer!: () => void
  const save = queue.during(new Promise<void>((resolve) => { answer = resolve }))
  const went = queue.quiet()
  let gone = false
  void went.then(() => { gone = true })
  for (let i = 0; i < 20; i++) await tick()
  assert.equal(gone, false, 'went while a save was under way')
  answer()
  await save
  assert.equal((await went)(), false)
})

test('what quiet() gives says when the calls started again: a call heard, or a change under way', async () => {
  const queue = new QuietQueue(0)
  const first = await queue.quiet()
  assert.equal(first(), false)
  queue.heard()
  assert.equal(first(), true)
  const second = await queue.quiet()
  assert.equal(second(), false)
  let answer!: () => void
  const save = queue.during(new Promise<void>((resolve) => { answer = resolve }))
  assert.equal(second(), true)
  answer()
  await save
  assert.equal(second(), true, 'a call came in since, though it is over')
})
