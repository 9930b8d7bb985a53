import { test } from 'node:test'
import assert from 'node:assert/strict'
import { LaunchSessions } from '../../electron/http/launch-sessions.ts'

test('a code opens one session, once; its session is a different secret', () => {
  const sessions = new LaunchSessions()
  const code = sessions.issueCode(60_000)
  assert.match(code, /^[\w-]{43}$/)
  const first = sessions.redeem(code, undefined)
  assert.ok(first.ok && first.fresh)
  assert.notEqual(first.session, code)
  assert.ok(sessions.isSession(first.session))
  assert.equal(sessions.isSession(code), false, 'the code itself is no session')
  assert.equal(sessions.isSession(undefined), false)
  assert.equal(sessions.isSession('guess'), false)
})

test('the browser that spent a code may load it again; anyone else ends that session', () => {
  const sessions = new LaunchSessions()
  const code = sessions.issueCode(60_000)
  const first = sessions.redeem(code, undefined)
  assert.ok(first.ok)
  const same = sessions.redeem(code, first.session)
  assert.deepEqual(same, { ok: true, session: first.session, fresh: false })

  const thief = sessions.redeem(code, undefined)
  assert.equal(thief.ok, false)
  assert.match(!thief.ok ? thief.message : '', /already used/)
  assert.equal(sessions.isSession(first.session), false, 'a second use ends the first session')
  assert.equal(sessions.redeem(code, first.session).ok, false)
})

test('a code past its lifetime, or never issued, is refused and opens nothing', () => {
  let now = 1_000
  const sessions = new LaunchSessions(() => now)
  const code = sessions.issueCode(60_000)
  now += 60_001
  const late = sessions.redeem(code, undefined)
  assert.equal(late.ok, false)
  assert.match(!late.ok ? late.message : '', /expired/)
  assert.equal(sessions.redeem('not-a-code', undefined).ok, false)
  const other = sessions.issueCode(60_000)
  now += 59_999
  assert.ok(sessions.redeem(other, undefined).ok, 'a fresh code within its minute works')
})
