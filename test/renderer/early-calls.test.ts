import assert from 'node:assert/strict'
import { test } from 'node:test'
import { earlyKey, orEarly } from '../../renderer/early-calls.ts'
import type { HttpAnswer } from '../../renderer/http-post.ts'

test('an early answer is taken once, for the same url and body only; other calls are posted', async () => {
  const posted: string[] = []
  const post = async (url: string, json: string): Promise<HttpAnswer> => {
    posted.push(`${url} ${json}`)
    return { status: 200, text: 'posted' }
  }
  const calls = new Map([[earlyKey('/api/getDocument', '{"documentId":"a"}'), Promise.resolve({ status: 200, text: 'early' })]])
  const client = orEarly(post, () => calls)
  assert.equal((await client('/api/getDocument', '{"documentId":"b"}')).text, 'posted')
  assert.equal((await client('/api/getDocument', '{"documentId":"a"}')).text, 'early')
  assert.equal((await client('/api/getDocument', '{"documentId":"a"}')).text, 'posted')
  assert.deepEqual(posted, ['/api/getDocument {"documentId":"b"}', '/api/getDocument {"documentId":"a"}'])
  // None sent (the desktop shell, or the start over): all posted.
  assert.equal((await orEarly(post, () => undefined)('/api/listSources', '{}')).text, 'posted')
})
