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
