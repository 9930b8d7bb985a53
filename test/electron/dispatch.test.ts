// The one dispatcher: input checked before a service runs, answers checked
// after, failures as an Outcome with a code; a bug logged in one line and
// its stack kept from the client. throughDispatch is how the CLI calls.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ApiError, type Api } from '../../shared/api/contract.ts'
import { dispatch, INTERNAL_WORDS, throughDispatch } from '../../electron/dispatch.ts'

// An Api whose methods record their calls and do what the test says.
function fakeServices(methods: Partial<Record<keyof Api, (input: unknown) => Promise<unknown>>>): { api: Api; calls: string[] } {
  const calls: string[] = []
  const api = new Proxy({}, {
    get: (_target, name: string) => async (input: unknown) => {
      calls.push(name)
      const method = methods[name as keyof Api]
      if (!method) throw new Error(`unexpected call of ${name}`)
      return method(input)
    },
  }) as Api
  return { api, calls }
}

test('a bug in a service is logged in one line with where it happened, and the client gets no stack', async (t) => {
  const logged = t.mock.method(console, 'error', () => {})
  const { api } = fakeServices({ listSources: async () => { throw new TypeError('cannot read x of undefined') } })
  const outcome = await dispatch(api, 'listSources', {})
  assert.equal(outcome.ok, false)
  assert.ok(!outcome.ok)
  assert.equal(outcome.error.code, 'internal')
  assert.doesNotMatch(JSON.stringify(outcome), /\bat |\.ts:\d+/)
  // The screen gets words, not the bug's own message or the method's name.
  assert.equal(outcome.error.message, INTERNAL_WORDS)
  assert.equal(logged.mock.callCount(), 1)
  const line = String(logged.mock.calls[0]!.arguments[0])
  assert.equal(logged.mock.calls[0]!.arguments.length, 1)
  assert.doesNotMatch(line, /\n/)
  assert.match(line, /^sourcemark: internal error in listSources: cannot read x of undefined \(.*dispatch\.test\.ts:\d+:\d+\)$/)
})

test('an ApiError from a service is answered with its code, message and field, and nothing is logged', async (t) => {
  const logged = t.mock.method(console, 'error', () => {})
  const { api } = fakeServices({ addSource: async () => { throw new ApiError('invalid-input', 'There is already a source named Tass.', 'name') } })
  assert.deepEqual(await dispatch(api, 'addSource', { name: 'tass' }), {
    ok: false, error: { code: 'invalid-input', message: 'There is already a source named Tass.', field: 'name' },
  })
  assert.equal(logged.mock.callCount(), 0)
})

test('through dispatch, bad input never reaches the service and comes back as an ApiError in words', async () => {
  const { api, calls } = fakeServices({})
  const client = throughDispatch(api)
  await assert.rejects(client.updateAnnotation({ documentId: 'doc', annotationId: 'abcdefgh', note: 'x'.repeat(100_001) }), (error: unknown) => {
    assert.ok(error instanceof ApiError)
    assert.equal(error.code, 'invalid-input')
    assert.equal(error.field, 'note')
    assert.equal(error.message, 'The note is too long (at most 100000 characters).')
    return true
  })
  assert.deepEqual(calls, [])
})

test('through dispatch, an answer that breaks the contract is refused as an internal error, in words, and logged', async (t) => {
  const logged = t.mock.method(console, 'error', () => {})
  const { api } = fakeServices({ listDocuments: async () => [{ id: 'NOT AN ID' }] })
  await assert.rejects(throughDispatch(api).listDocuments({}), (error: unknown) => {
    assert.ok(error instanceof ApiError)
    assert.equal(error.code, 'internal')
    assert.equal(error.message, INTERNAL_WORDS)
    return true
  })
  assert.equal(logged.mock.callCount(), 1)
  assert.match(String(logged.mock.calls[0]!.arguments[0]), /^sourcemark: internal error in listDocuments: The answer to listDocuments was not valid/)
})

test('through dispatch, a good call answers the checked value', async () => {
  const { api, calls } = fakeServices({ removeSource: async () => ({ removed: true }) })
  assert.deepEqual(await throughDispatch(api).removeSource({ sourceId: 'tass' }), { removed: true })
  assert.deepEqual(calls, ['removeSource'])
})
