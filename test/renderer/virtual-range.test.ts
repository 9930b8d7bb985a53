// The virtual list's arithmetic: offsets from row sizes, which rows a view
// shows, the spacers between drawn rows, and how far to scroll.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pieces, RowSizes, scrollToShow, visibleRange } from '../../renderer/ui/virtual-range.ts'

const rowSizes = (count: number, sizeOf: (index: number) => number) => new RowSizes(Float64Array.from({ length: count }, (_, i) => sizeOf(i)))

test('offsets are running sums of the sizes, and follow a measured size', () => {
  const sizes = rowSizes(4, (i) => [10, 20, 30, 40][i]!)
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => sizes.offset(i)), [0, 10, 30, 60, 100])
  assert.equal(sizes.total, 100)
  assert.equal(sizes.set(1, 25), true)
  assert.equal(sizes.set(1, 25), false, 'the same size again is no change')
  assert.deepEqual([2, 4].map((i) => sizes.offset(i)), [35, 105])
})

test('the row under an offset, clamped at both ends', () => {
  const sizes = rowSizes(3, () => 50)
  assert.equal(sizes.indexAt(-10), 0)
  assert.equal(sizes.indexAt(0), 0)
  assert.equal(sizes.indexAt(49.9), 0)
  assert.equal(sizes.indexAt(50), 1)
  assert.equal(sizes.indexAt(149), 2)
  assert.equal(sizes.indexAt(10_000), 2)
  assert.equal(rowSizes(0, () => 1).indexAt(5), 0)
})

test('the visible rows are those meeting the view, widened by the overscan', () => {
  const sizes = rowSizes(10_000, (i) => (i % 2 ? 100 : 50))
  // Rows alternate 50 and 100 px: each pair is 150 px.
  assert.deepEqual(visibleRange(sizes, 0, 300), { start: 0, end: 5 })
  assert.deepEqual(visibleRange(sizes, 1500, 1800), { start: 20, end: 25 })
  assert.deepEqual(visibleRange(sizes, 1500, 1800, 150), { start: 18, end: 27 })
  assert.deepEqual(visibleRange(sizes, 10_000 * 75 - 10, 10_000 * 75 + 500), { start: 9999, end: 10_000 })
  assert.deepEqual(visibleRange(sizes, -500, -100), { start: 0, end: 1 }, 'a list below the view draws its first row')
  assert.deepEqual(visibleRange(rowSizes(0, () => 1), 0, 100), { start: 0, end: 0 })
})

test('a visible range grows with the view, not with the list', () => {
  for (const count of [1_000, 100_000]) {
    const sizes = rowSizes(count, () => 90)
    const { start, end } = visibleRange(sizes, 45_000, 45_900, 600)
    assert.equal(end - start, 24, `${count} rows`)
  }
})

test('drawn rows and the spacers for the rest, in order, whatever order they come in', () => {
  assert.deepEqual(pieces([5, 3, 4, 4], 10), [{ gap: { start: 0, end: 3 } }, { row: 3 }, { row: 4 }, { row: 5 }, { gap: { start: 6, end: 10 } }])
  assert.deepEqual(pieces([0, 1], 2), [{ row: 0 }, { row: 1 }])
  assert.deepEqual(pieces([1, 7, 8], 9), [{ gap: { start: 0, end: 1 } }, { row: 1 }, { gap: { start: 2, end: 7 } }, { row: 7 }, { row: 8 }])
  assert.deepEqual(pieces([12, -1], 10), [{ gap: { start: 0, end: 10 } }], 'rows outside the list are left out')
  assert.deepEqual(pieces([], 0), [])
})

test('scrolling to show a row moves as little as possible', () => {
  // View 100..400.
  assert.equal(scrollToShow(150, 200, 100, 300), null, 'in view: no scroll')
  assert.equal(scrollToShow(50, 90, 100, 300, 8), 42, 'above: its top comes to the top, less the margin')
  assert.equal(scrollToShow(500, 560, 100, 300, 8), 268, 'below: its bottom comes to the bottom, plus the margin')
  assert.equal(scrollToShow(500, 1000, 100, 300, 8), 492, 'taller than the view: its top is shown')
  assert.equal(scrollToShow(2, 20, 100, 300, 8), 0, 'never before the start')
  assert.equal(scrollToShow(104, 200, 100, 300, 8), 96, 'inside the margin counts as out of view')
})

test('a row inserted: the sizes after it move one on, the rest and the offsets follow', () => {
  const sizes = new RowSizes(new Float64Array([10, 20, 30]))
  const grown = sizes.inserted(1, 5)
  assert.equal(grown.count, 4)
  assert.deepEqual([0, 1, 2, 3].map((i) => grown.size(i)), [10, 5, 20, 30])
  assert.equal(grown.total, 65)
  assert.equal(grown.offset(2), 15)
  assert.equal(sizes.inserted(3, 7).size(3), 7, 'at the end')
})
