// The decision whether a lock is stale, on made-up facts: identity, not only
// liveness (host, boot, start time, zombie, command line), and liveness alone
// where the OS tells nothing more.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { judgeLock, parseLockRecord, parseProcStat, type LockRecord, type ProcessFacts } from '../../electron/store/lock-identity.ts'

const record: LockRecord = { app: 'sourcemark', pid: 4242, host: 'desk', bootId: 'boot-a', startTime: '1000' }
const facts = (over: Partial<ProcessFacts> = {}): ProcessFacts => ({
  host: 'desk', bootId: 'boot-a', ownPid: 7, heldByUs: false, alive: true,
  proc: { state: 'S', startTime: '1000', commandLine: ['/usr/bin/node', 'cli.js', 'serve'] },
  ...over,
})
const judged = (r: LockRecord, f: ProcessFacts) => judgeLock(r, f).status

test('the process that took the lock, still running, holds it', () => {
  assert.deepEqual(judgeLock(record, facts()), { status: 'held', reason: 'process 4242 is running' })
  for (const program of ['/opt/Sourcemark/sourcemark', 'C:\\Program Files\\Sourcemark\\Sourcemark.exe', '/x/electron', 'node']) {
    assert.equal(judged(record, facts({ proc: { state: 'R', startTime: '1000', commandLine: [program] } })), 'held', program)
  }
})

test('a lock from another computer is neither held here nor stale: it is left alone', () => {
  assert.equal(judged(record, facts({ host: 'laptop', alive: false })), 'other-host')
  // Locks of older versions without a host are judged here.
  assert.equal(judged({ pid: 4242 }, facts({ host: 'laptop', alive: false })), 'stale')
})

test('stale: another boot, no such process, a zombie, another start time, not a Sourcemark program', () => {
  assert.match(judgeLock(record, facts({ bootId: 'boot-b' })).reason, /before the computer last restarted/)
  assert.equal(judged(record, facts({ bootId: 'boot-b' })), 'stale')
  assert.equal(judged(record, facts({ alive: false, proc: null })), 'stale')
  assert.equal(judged(record, facts({ proc: { state: 'Z', startTime: '1000', commandLine: [] } })), 'stale')
  assert.equal(judged(record, facts({ proc: { state: 'S', startTime: '2000', commandLine: ['/usr/bin/node'] } })), 'stale')
  const sleep = judgeLock({ pid: 4242, host: 'desk' }, facts({ proc: { state: 'S', startTime: '5', commandLine: ['sleep', '60'] } }))
  assert.deepEqual(sleep, { status: 'stale', reason: 'process 4242 is "sleep", not Sourcemark: the pid was reused' })
  assert.equal(judged({ pid: 1 }, facts({ proc: { state: 'S', startTime: '0', commandLine: ['/sbin/init'] } })), 'stale')
})

test('our own pid: held only when we hold it', () => {
  assert.equal(judged({ ...record, pid: 7 }, facts({ heldByUs: true })), 'held')
  assert.equal(judged({ ...record, pid: 7 }, facts({ heldByUs: false })), 'stale')
})

test('where the OS tells nothing more (no /proc, no boot id), liveness decides', () => {
  assert.equal(judged(record, facts({ bootId: null, proc: null })), 'held')
  assert.equal(judged(record, facts({ bootId: null, proc: null, alive: false })), 'stale')
  // An unreadable command line is no evidence.
  assert.equal(judged(record, facts({ proc: { state: 'S', startTime: '1000', commandLine: null } })), 'held')
})

test('lock records: JSON, a bare pid of old, and nothing else', () => {
  assert.deepEqual(parseLockRecord('{"pid":12,"host":"h","startTime":"9","extra":1}\n'), { pid: 12, host: 'h', startTime: '9' })
  assert.deepEqual(parseLockRecord('12\n'), { pid: 12 })
  for (const bad of ['', ' ', '{"pid":"x"}', '{"pid":0}', '[12]', 'null', '{"pid":1.5}', '\u0000']) assert.equal(parseLockRecord(bad), null, JSON.stringify(bad))
})

test('/proc/<pid>/stat: state and start time, also when the command name has spaces and parentheses', () => {
  const tail = ' 23089 23089 14143 0 -1 4194304 99 0 0 0 0 0 0 0 20 0 1 0 37271 3133440 411'
  assert.deepEqual(parseProcStat(`23095 (cat) R${tail}`), { state: 'R', startTime: '37271' })
  assert.deepEqual(parseProcStat(`23095 (a) b (c) Z${tail}`), { state: 'Z', startTime: '37271' })
  assert.equal(parseProcStat('garbage'), null)
})
