import { test } from 'node:test'
import assert from 'node:assert/strict'
import { harness, words } from './fake-context.ts'

// Escape acts on the selection on screen when it is pressed: a selection
// made after it, while an earlier command still waits for the services,
// is the next mark's (h, Escape, select, c makes two annotations).
test('Escape queued behind a slow mark does not take away a selection made after it', async () => {
  const h = await harness()
  const slow = h.fake.hold('createAnnotation')
  h.selected.target = words('the talks went well')
  const highlight = h.runner.run('annotation.markHighlight')
  const dismissed = h.runner.run('view.dismiss')
  h.selected.target = words('Tass said so too')
  slow.release()
  await Promise.all([highlight, dismissed])
  await h.runner.run('annotation.markClaim')
  assert.deepEqual(h.reader.session!.annotations.map((a) => [a.kind, a.target.quote.exact]), [
    ['highlight', 'the talks went well'], ['claim', 'Tass said so too'],
  ])
})
