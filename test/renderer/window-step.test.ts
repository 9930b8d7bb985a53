import { test } from 'node:test'
import assert from 'node:assert/strict'
import { windowStep, type BlockSpan } from '../../renderer/editor/rendered-blocks.ts'

// A scroll, as the blocks laid out move down a group at a time: the window
// grows as soon as they reach its edge (so the group ahead is painted before
// it is laid out, in a task after the frame), and takes nothing away: the
// far side is left for the shrink steps, done when the page is idle.
test('a scroll grows the window ahead of the blocks laid out, keeping what is behind', () => {
  let held: BlockSpan | null = null
  let grown = 0
  for (let first = 5; first < 20; first++) {
    const last = first + 2
    const step = windowStep(held, first, last, 100)
    if (held) assert.notEqual(step.kind, 'jump')
    // A shrink waits for an idle moment, which a fast scroll does not leave.
    if (step.kind === 'grow' || step.kind === 'jump') {
      if (held) {
        assert.equal(step.kind, 'grow')
        assert.equal(step.span.first, held.first, 'what was behind is kept')
        assert.equal(step.span.last, last + 1, 'one group ahead of those laid out')
        // Grown before the blocks went past it: those laid out were painted.
        assert.ok(last <= held.last)
        grown++
      }
      held = step.span
    }
    assert.ok(held && held.first <= first && held.last > last, 'the blocks laid out and one ahead are painted')
  }
  assert.equal(grown, 14)
})

test('the window stops at the ends of the article', () => {
  assert.deepEqual(windowStep({ first: 0, last: 3 }, 0, 2, 100), { kind: 'keep' })
  assert.deepEqual(windowStep({ first: 95, last: 99 }, 97, 99, 100), { kind: 'keep' })
  assert.deepEqual(windowStep({ first: 95, last: 98 }, 97, 98, 100), { kind: 'grow', span: { first: 95, last: 99 } })
})

test('a window too wide for what is laid out shrinks a few groups at a time from its far side', () => {
  const held = { first: 4, last: 20 }
  assert.deepEqual(windowStep(held, 17, 18, 100), { kind: 'shrink', span: { first: 6, last: 19 } })
  let span: BlockSpan = held
  for (let i = 0; i < 10; i++) {
    const next = windowStep(span, 17, 18, 100)
    if (next.kind === 'keep') break
    assert.equal(next.kind, 'shrink')
    if (next.kind === 'shrink') {
      assert.ok(next.span.first - span.first <= 2 && span.last - next.span.last <= 2)
      span = next.span
    }
  }
  // Down to about what the blocks need, with a group to spare each way.
  assert.deepEqual(windowStep(span, 17, 18, 100), { kind: 'keep' })
  assert.ok(span.first <= 16 && span.last >= 19)
})

test('blocks laid out far from the window (a jump) get a window of their own; none laid out keeps it', () => {
  assert.deepEqual(windowStep({ first: 4, last: 8 }, 40, 42, 100), { kind: 'jump', span: { first: 39, last: 43 } })
  assert.deepEqual(windowStep(null, 0, 1, 100), { kind: 'jump', span: { first: 0, last: 2 } })
  assert.deepEqual(windowStep({ first: 4, last: 8 }, Infinity, -1, 100), { kind: 'keep' })
  assert.deepEqual(windowStep({ first: 4, last: 8 }, 5, 7, 100), { kind: 'keep' })
})
