// A long article's suggestions answer (3 MB) is checked item by item, a
// slice of items per task, so no task on the page holds it long; the value
// and the refusals are those of the contract's one-go check.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ApiError, parseOutput } from '../../shared/api/contract.ts'
import { checkedInSlices } from '../../shared/api/sliced-output.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { suggestionKey } from '../../shared/model/suggestion.ts'

const TEXT = 'Xinhua said the talks went well. '.repeat(200)

function answer(count: number) {
  const suggestions = Array.from({ length: count }, (_, i) => {
    const start = (i % 200) * 33 + 12
    const end = start + 19
    return {
      key: suggestionKey(start, end, `Source ${i}`, null), content: { text: 'the talks went well', start, end }, cue: { text: 'Xinhua said', start: start - 12, end: start - 1 },
      source: `Source ${i}`, sourceKind: 'outlet', via: null, venue: null, confidence: 0.9, sourceMatch: { sourceId: 'xinhua' }, viaMatch: null,
      target: describeRange(TEXT, start, end), extra: 'dropped as the contract drops it',
    }
  })
  return { suggestions, sentences: Array.from({ length: count }, (_, i) => ({ start: i, end: i + 1 })) }
}

test('checked in slices: the same value as the one-go check, with pauses between slices', async () => {
  const payload = answer(3000)
  let pauses = 0
  const value = await checkedInSlices('suggestAttributions', payload, async () => { pauses++ }, { items: 250 })
  assert.deepEqual(value, parseOutput('suggestAttributions', payload))
  assert.ok(pauses >= 3000 * 2 / 250 - 1, `paused ${pauses} times`)
})

test('a bad item far down the list is refused in words naming where, and nothing is answered', async () => {
  const payload = answer(3000) as { suggestions: Record<string, unknown>[] }
  payload.suggestions[2500]!.confidence = 'very'
  await assert.rejects(checkedInSlices('suggestAttributions', payload, async () => {}, { items: 250 }), (error: unknown) => {
    assert.ok(error instanceof ApiError)
    assert.equal(error.code, 'internal')
    assert.match(error.message, /^The answer to suggestAttributions was not valid \(suggestions\.2500\.confidence: /)
    return true
  })
  await assert.rejects(checkedInSlices('suggestAttributions', { suggestions: 'none', sentences: [] }, async () => {}), /not valid \(suggestions: /)
  await assert.rejects(checkedInSlices('suggestAttributions', null, async () => {}), /not valid \(answer: /)
})

test('other methods are checked in one go, as before', async () => {
  assert.deepEqual(await checkedInSlices('listSources', [], async () => { throw new Error('no pause for a small answer') }), [])
})
