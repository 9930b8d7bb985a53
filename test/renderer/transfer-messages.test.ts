import { test } from 'node:test'
import assert from 'node:assert/strict'
import { harness } from './fake-context.ts'

test('"Exported" names the file it wrote', async () => {
  const h = await harness()
  await h.runner.run('file.export', { scope: 'document', format: 'md' })
  assert.equal(h.statuses.at(-1), 'Exported “doc-a.md”.')
})

test('a refused annotation file is named, with the reason in words and no method or field names', async () => {
  const h = await harness()
  const file = new File([JSON.stringify({ hello: 'world' })], 'hypothesis.json', { type: 'application/json' })
  await h.runner.run('file.importAnnotations', { file })
  assert.equal(h.errors.length, 1)
  assert.equal(h.errors[0], '“hypothesis.json” was not imported. This file is not an annotation file Sourcemark can read: it is neither W3C Web Annotations nor a Hypothesis export or API answer.')
  assert.doesNotMatch(h.errors[0]!, /importAnnotations|data:/)
})
