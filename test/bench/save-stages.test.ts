// bench/save-stages.ts: the page's and the server's times of each save put
// together by the key's time, each add with the first save to reach the
// server after its key.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { saveStages } from '../../bench/save-stages.ts'

const line = (arrived: number, flushes: [number, number][], answered: number) =>
  JSON.stringify({ arrived, flushes: flushes.map(([start, end]) => ({ start, end })), answered })

test('each add takes the first save after its key; the stages add up to its answer in the page', () => {
  const probe = [
    line(2005, [[2007, 2012]], 2013),
    line(1004, [[1006, 1009], [1006.5, 1010]], 1011),
  ].join('\n') + '\n'
  const stages = saveStages(probe, [{ keyAt: 1000, saved: 14 }, { keyAt: 2000, saved: 15 }, { keyAt: 3000, saved: 9 }])
  assert.deepEqual(stages['to the server'], [4, 5])
  assert.deepEqual(stages['before the flush'], [2, 2])
  assert.deepEqual(stages.flush, [4, 5])
  assert.deepEqual(stages['flush → answer'], [1, 1])
  assert.deepEqual(stages['answer → page'], [3, 2])
  // The stages are the whole way from the key to the answer in the page.
  const total = (i: number) => (['to the server', 'before the flush', 'flush', 'flush → answer', 'answer → page'] as const).reduce((s, k) => s + stages[k][i]!, 0)
  assert.deepEqual([total(0), total(1)], [14, 15])
})
