// The renderer's client over a fake IPC bridge and a fake HTTP post: answers are
// Outcomes, a failed one becomes an ApiError with its code and field, and
// anything else (no Outcome, an unknown code, a value that breaks the
// contract, no server) is refused as an internal error.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ApiError, type MethodName } from '../../shared/api/contract.ts'
import { clientOf, viaBridge, viaHttp, type Bridge } from '../../renderer/api-client.ts'
import type { HttpAnswer, Post } from '../../renderer/http-post.ts'

const SOURCE = { id: 'tass', name: 'Tass', aliases: [], kind: 'news-agency', colour: '#1f77b4' }

function bridgeAnswering(answer: (method: MethodName, input: unknown) => unknown): { bridge: Bridge; calls: [MethodName, unknown][] } {
  const calls: [MethodName, unknown][] = []
  const bridge = new Proxy({}, {
    get: (_target, method: MethodName) => async (input: unknown) => {
      calls.push([method, input])
      return answer(method, input)
    },
  }) as Bridge
  return { bridge, calls }
}

async function refused(call: Promise<unknown>, code: string, field?: string): Promise<ApiError> {
  let caught: unknown
  await call.catch((error: unknown) => { caught = error })
  assert.ok(caught instanceof ApiError, `expected an ApiError, got ${String(caught)}`)
  assert.equal(caught.code, code, caught.message)
  assert.equal(caught.field, field)
  return caught
}

test('over IPC: a good Outcome answers its value, checked against the contract', async () => {
  const { bridge, calls } = bridgeAnswering(() => ({ ok: true, value: [SOURCE] }))
  const api = clientOf(viaBridge(bridge))
  assert.deepEqual(await api.listSources({}), [SOURCE])
  assert.deepEqual(calls, [['listSources', {}]])
})

test('over IPC: a failed Outcome becomes an ApiError with its code, message and field', async () => {
  const { bridge } = bridgeAnswering(() => ({ ok: false, error: { code: 'invalid-input', message: 'The note is too long.', field: 'note' } }))
  const error = await refused(clientOf(viaBridge(bridge)).updateAnnotation({ documentId: 'a', annotationId: 'abcdefgh' }), 'invalid-input', 'note')
  assert.equal(error.message, 'The note is too long.')
  for (const code of ['not-found', 'storage', 'internal'] as const) {
    const { bridge } = bridgeAnswering(() => ({ ok: false, error: { code, message: 'm' } }))
    await refused(clientOf(viaBridge(bridge)).listSources({}), code)
  }
})

test('over IPC: an answer that is not an Outcome, or an error with an unknown code, is refused', async () => {
  for (const answer of [undefined, null, 'ok', [], { ok: 'yes', value: [] }, { value: [] }, { ok: false }, { ok: false, error: 'bad' },
    { ok: false, error: { code: 'teapot', message: 'm' } }, { ok: false, error: { code: 'storage' } }]) {
    const { bridge } = bridgeAnswering(() => answer)
    await refused(clientOf(viaBridge(bridge)).listSources({}), 'internal')
  }
})

test('over IPC: a value that breaks the contract is refused', async () => {
  const { bridge } = bridgeAnswering(() => ({ ok: true, value: [{ ...SOURCE, colour: 'red' }] }))
  await refused(clientOf(viaBridge(bridge)).listSources({}), 'internal')
  const { bridge: empty } = bridgeAnswering(() => ({ ok: true, value: { documentId: 42 } }))
  await refused(clientOf(viaBridge(empty)).startupDocument({}), 'internal')
})

function postAnswering(answer: () => HttpAnswer): { post: Post; requests: [string, string][] } {
  const requests: [string, string][] = []
  return { post: async (url, body) => { requests.push([url, body]); return answer() }, requests }
}

const json = (status: number, body: unknown): HttpAnswer => ({ status, text: JSON.stringify(body) })

test('over HTTP: POST /api/<method> with the input as JSON; the Outcome is unwrapped', async () => {
  const { post, requests } = postAnswering(() => json(200, { ok: true, value: { removed: true } }))
  assert.deepEqual(await clientOf(viaHttp(post)).removeSource({ sourceId: 'tass' }), { removed: true })
  assert.equal(requests.length, 1)
  const [url, body] = requests[0]!
  assert.equal(url, '/api/removeSource')
  assert.deepEqual(JSON.parse(body), { sourceId: 'tass' })
})

test('over HTTP: an error Outcome becomes its ApiError whatever the status', async () => {
  const { post } = postAnswering(() => json(507, { ok: false, error: { code: 'storage', message: 'Could not save: the disk is full.' } }))
  const error = await refused(clientOf(viaHttp(post)).removeSource({ sourceId: 'tass' }), 'storage')
  assert.equal(error.message, 'Could not save: the disk is full.')
  const { post: refusing } = postAnswering(() => json(401, { ok: false, error: { code: 'invalid-input', message: 'Not signed in: open the address Sourcemark printed.' } }))
  await refused(clientOf(viaHttp(refusing)).listSources({}), 'invalid-input')
})

test('over HTTP: no server, a body that is not JSON, not an Outcome, or breaks the contract is an internal error', async () => {
  const down: Post = async () => { throw new Error('No answer from /api/listSources.') }
  const error = await refused(clientOf(viaHttp(down)).listSources({}), 'internal')
  assert.match(error.message, /not running/)
  const answers = [
    () => ({ status: 502, text: '<html>proxy error</html>' }),
    () => ({ status: 200, text: '' }),
    () => json(200, { value: [SOURCE] }),
    () => json(200, { ok: true, value: [{ id: 'NOT AN ID' }] }),
    () => json(500, 'Internal error.'),
  ]
  for (const answer of answers) {
    const { post } = postAnswering(answer)
    await refused(clientOf(viaHttp(post)).listSources({}), 'internal')
  }
})

test('a long suggestions answer is checked in slices with the page free between them; a bad item is refused', async () => {
  const suggestion = (i: number) => ({
    key: `sg-${i.toString(16).padStart(16, '0')}`, content: { text: 'said so', start: 0, end: 7 }, cue: { text: 'said', start: 0, end: 4 }, source: 'Tass', sourceKind: 'outlet',
    via: null, venue: null, confidence: 0.5, sourceMatch: { sourceId: 'tass' }, viaMatch: null,
    target: { position: { start: 0, end: 7 }, quote: { exact: 'said so', prefix: '', suffix: '' } },
  })
  const value = { suggestions: Array.from({ length: 1000 }, (_, i) => suggestion(i)), sentences: [] }
  let pauses = 0
  const api = clientOf(viaBridge(bridgeAnswering(() => ({ ok: true, value })).bridge), async () => { pauses++ })
  const answer = await api.suggestAttributions({ documentId: 'doc-a' })
  assert.equal(answer.suggestions.length, 1000)
  assert.ok(pauses >= 3, `paused ${pauses} times`)
  value.suggestions[999] = { ...suggestion(999), confidence: 2 }
  const error = await refused(api.suggestAttributions({ documentId: 'doc-a' }), 'internal')
  assert.match(error.message, /suggestions\.999\.confidence/)
})
