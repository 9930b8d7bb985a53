import { test } from 'node:test'
import assert from 'node:assert/strict'
import { freeArea, placeToolbar, sentenceEnd, widestIn, type Rect } from '../../renderer/ui/toolbar-placement.ts'

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom })
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
const size = { width: 300, height: 40 }
const boxOf = (p: { left: number; top: number }) => rect(p.left, p.top, p.left + size.width, p.top + size.height)
const inside = (inner: Rect, outer: Rect) => inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom

// A wide window: app bar 48 px, sidebar on the right from x = 928.
const wide = freeArea({ width: 1280, height: 800 }, 48, rect(928, 48, 1280, 800))

test('the free area leaves out the app bar and a sidebar beside the text', () => {
  assert.deepEqual(wide, rect(0, 48, 928, 800))
})

test('the toolbar is at most as wide as the free area less its margins (beside an open drawer it wraps)', () => {
  const drawer = freeArea({ width: 900, height: 800 }, 48, rect(549, 48, 900, 800))
  assert.deepEqual(drawer, rect(0, 48, 549, 800))
  assert.equal(widestIn(drawer), 533)
  assert.equal(widestIn(rect(0, 48, 10, 800)), 0)
})

test('a sidebar below the text (narrow window) cuts the bottom when it shows', () => {
  assert.deepEqual(freeArea({ width: 900, height: 700 }, 48, rect(0, 600, 900, 1400)), rect(0, 48, 900, 600))
  assert.deepEqual(freeArea({ width: 900, height: 700 }, 48, rect(0, 900, 900, 1400)), rect(0, 48, 900, 700))
})

test('above the selection when there is room, covering neither it nor the rest of its sentence', () => {
  const clear = [rect(200, 300, 700, 324), rect(100, 324, 500, 348)]
  const p = placeToolbar(clear, size, wide)
  assert.equal(p.side, 'above')
  for (const r of clear) assert.ok(!overlaps(boxOf(p), r))
  assert.ok(inside(boxOf(p), wide))
  assert.equal(p.left, 200, 'starts where the selection starts')
})

test('flips below the end of the sentence when the selection is at the top', () => {
  const clear = [rect(200, 60, 700, 84), rect(100, 84, 800, 108), rect(100, 108, 400, 132)]
  const p = placeToolbar(clear, size, wide)
  assert.equal(p.side, 'below')
  assert.ok(p.top >= 132)
  for (const r of clear) assert.ok(!overlaps(boxOf(p), r))
  assert.ok(inside(boxOf(p), wide))
})

test('near the bottom of the window it stays inside, above', () => {
  const clear = [rect(100, 770, 600, 794)]
  const p = placeToolbar(clear, size, wide)
  assert.equal(p.side, 'above')
  assert.ok(inside(boxOf(p), wide))
  assert.ok(!overlaps(boxOf(p), clear[0]!))
})

test('never runs into the sidebar or off the left edge', () => {
  const right = placeToolbar([rect(850, 400, 920, 424)], size, wide)
  assert.ok(boxOf(right).right <= 928)
  const left = placeToolbar([rect(-50, 400, 100, 424)], size, wide)
  assert.ok(left.left >= 0)
})

test('a selection that fills the window: pinned inside the area, never outside', () => {
  const p = placeToolbar([rect(100, 30, 800, 820)], size, wide)
  assert.ok(inside(boxOf(p), wide))
  const scrolledAway = placeToolbar([rect(100, -400, 800, -376)], size, wide)
  assert.ok(inside(boxOf(scrolledAway), wide))
})

test('the sentence runs to its stop, past closing quotes, within the paragraph', () => {
  const text = 'Ties are "strong," he said. Next one.\n\nOther paragraph.'
  assert.equal(sentenceEnd(text, text.indexOf('strong') + 6), text.indexOf(' Next'))
  assert.equal(sentenceEnd(text, text.indexOf(' one') + 4), text.indexOf('\n'))
  assert.equal(sentenceEnd('Ends with a stop.', 17), 17, 'a selection that ends the sentence')
  assert.equal(sentenceEnd('Version 2.5 of it', 5), 17, 'no stop before a space: the paragraph end')
  assert.equal(sentenceEnd('a'.repeat(5000), 10, 100), 110, 'bounded scan')
})
