// The desktop app's quit: held back until the library is closed, then let
// through; never twice, never forever.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { QuitFlush } from '../../electron/shell/quit-flush.ts'

function quitEvent() {
  const event = { prevented: false, preventDefault() { event.prevented = true } }
  return event
}

function setUp(close: () => Promise<void>, limitMs?: number) {
  const log: string[] = []
  const flush = new QuitFlush({
    close: async () => { log.push('close'); await close(); log.push('closed') },
    quit: () => log.push('quit'),
    warn: (message) => log.push(`warn: ${message}`),
    ...(limitMs === undefined ? {} : { limitMs }),
  })
  return { flush, log }
}

test('the first will-quit is held back until the library is closed, then the quit is asked for again and goes through', async () => {
  let finish!: () => void
  const { flush, log } = setUp(() => new Promise((resolve) => { finish = resolve }))
  const first = quitEvent()
  const closing = flush.willQuit(first)
  assert.equal(first.prevented, true)
  assert.equal(flush.stage, 'closing')
  // Not quit while the library is still writing.
  assert.deepEqual(log, ['close'])
  finish()
  await closing
  assert.deepEqual(log, ['close', 'closed', 'quit'])
  const second = quitEvent()
  await flush.willQuit(second)
  assert.equal(second.prevented, false)
  assert.deepEqual(log, ['close', 'closed', 'quit'])
})

test('a quit asked for again while closing is held back too, and the library is closed once', async () => {
  let finish!: () => void
  const { flush, log } = setUp(() => new Promise((resolve) => { finish = resolve }))
  const closing = flush.willQuit(quitEvent())
  const again = quitEvent()
  const same = flush.willQuit(again)
  assert.equal(again.prevented, true)
  finish()
  await Promise.all([closing, same])
  assert.deepEqual(log, ['close', 'closed', 'quit'])
})

test('a library that cannot be closed is told and the app quits all the same', async () => {
  const { flush, log } = setUp(() => Promise.reject(new Error('the disk is full')))
  await flush.willQuit(quitEvent())
  assert.equal(log.length, 3)
  assert.match(log[1]!, /^warn: Sourcemark could not finish writing the library before quitting: the disk is full; /)
  assert.equal(log[2], 'quit')
})

test('a close that never ends does not keep the app from quitting', async () => {
  const { flush, log } = setUp(() => new Promise(() => {}), 20)
  await flush.willQuit(quitEvent())
  assert.match(log[1]!, /^warn: Sourcemark quit before the library finished writing/)
  assert.equal(log.at(-1), 'quit')
  assert.equal(flush.stage, 'closed')
})

test('a will-quit without an event (nothing to prevent) still closes the library', async () => {
  const { flush, log } = setUp(() => Promise.resolve())
  await flush.willQuit()
  assert.deepEqual(log, ['close', 'closed', 'quit'])
})
