import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Painted } from '../../renderer/editor/highlights.ts'
import { WindowedPaint } from '../../renderer/editor/windowed-paint.ts'

// One highlight every 100 positions, 10,000 of them.
const painted = (i: number, current = false): Painted => ({ id: `a${i}`, kind: 'claim', from: i * 100, to: i * 100 + 20, sources: [], current })
const all = Array.from({ length: 10_000 }, (_, i) => painted(i))
const ids = (list: readonly Painted[]) => list.map((p) => p.id).sort()

test('a long article paints the highlights in its window only, and the current one wherever it is', () => {
  const w = new WindowedPaint({ from: 0, to: 5_000 })
  const first = w.change({ remove: [], add: all })
  assert.equal(first.add.length, 50, 'the 50 in the window, not 10,000')
  // The reader makes a claim far down: it is current, so painted.
  const far = painted(9_000, true)
  assert.deepEqual(ids(w.change({ remove: [], add: [far] }).add), ['a9000'])
  // Another one becomes current: the far one is no longer, and leaves.
  const next = w.change({ remove: [far, all[3]!], add: [{ ...far, current: false }, { ...all[3]!, current: true }] })
  assert.deepEqual(ids(next.remove), ['a3', 'a9000'])
  assert.deepEqual(ids(next.add), ['a3'])
})

test('a moved window paints what came into it and takes away what left', () => {
  const w = new WindowedPaint({ from: 0, to: 5_000 })
  w.change({ remove: [], add: all })
  const moved = w.move({ from: 3_000, to: 8_000 })
  assert.deepEqual(ids(moved.remove), ids(all.slice(0, 30)))
  assert.deepEqual(ids(moved.add), ids(all.slice(50, 80)))
  // A change outside the window paints nothing and takes nothing away.
  assert.deepEqual(w.change({ remove: [all[9_500]!], add: [{ ...all[9_500]!, sources: ['tass'] }] }), { remove: [], add: [] })
  assert.deepEqual(w.move({ from: 3_000, to: 8_000 }), { remove: [], add: [] })
})

test('a short article (no window) paints everything', () => {
  const w = new WindowedPaint(null)
  assert.equal(w.change({ remove: [], add: all }).add.length, 10_000)
})
