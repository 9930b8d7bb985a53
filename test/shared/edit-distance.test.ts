// The one edit distance (shared/text/edit-distance.ts): plain for quote
// anchoring, with adjacent swaps for name spellings, and a cap that keeps a
// long input's work linear.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { editDistance } from '../../shared/text/edit-distance.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

test('plain distance counts a swap of two neighbours as two edits; with swaps, as one', () => {
  assert.equal(editDistance('ab', 'ba'), 2)
  assert.equal(editDistance('ab', 'ba', { swaps: true }), 1)
  assert.equal(editDistance('hazrat', 'hazart'), 2)
  assert.equal(editDistance('hazrat', 'hazart', { swaps: true }), 1)
  assert.equal(editDistance('haldenwang', 'haldenweg', { swaps: true }), 2)
})

test('changes, additions and drops cost one each, with or without swaps', () => {
  for (const swaps of [false, true]) {
    assert.equal(editDistance('', '', { swaps }), 0)
    assert.equal(editDistance('', 'abc', { swaps }), 3)
    assert.equal(editDistance('abc', '', { swaps }), 3)
    assert.equal(editDistance('kitten', 'sitting', { swaps }), 3)
    assert.equal(editDistance('flaw', 'lawn', { swaps }), 2)
    assert.equal(editDistance('same', 'same', { swaps }), 0)
  }
})

test('swaps are of neighbours once each: a swapped pair is not edited again', () => {
  // 'ca' -> 'ac' -> 'abc' would be two, but it edits the swapped pair again.
  assert.equal(editDistance('ca', 'abc', { swaps: true }), 3)
  assert.equal(editDistance('abcd', 'badc', { swaps: true }), 2)
  assert.equal(editDistance('abcd', 'badc'), 3)
})

test('UTF-16 units are counted: a dropped emoji is two edits', () => {
  // U+1F600 and U+1F601 share their high surrogate.
  assert.equal(editDistance('a😀b', 'a😁b'), 1)
  assert.equal(editDistance('a😀b', 'ab'), 2)
})

test('a cap answers the same as the whole table up to it, and cap + 1 past it', () => {
  const random = seededRandom(29)
  const word = () => Array.from({ length: Math.floor(random() * 12) }, () => 'abc'[Math.floor(random() * 3)]).join('')
  for (let n = 0; n < 3000; n++) {
    const a = word()
    const b = word()
    const swaps = n % 2 === 0
    const whole = editDistance(a, b, { swaps })
    for (const cap of [0, 1, 2, 3, 5]) {
      assert.equal(editDistance(a, b, { swaps, cap }), Math.min(whole, cap + 1), `${a} ${b} swaps ${swaps} cap ${cap}`)
    }
  }
})

test('with a cap, long strings take time in proportion to their length', () => {
  // The whole table would be 9e8 cells a pair here: seconds, not milliseconds.
  const long = 'abcdefghij'.repeat(3_000)
  const started = performance.now()
  // Near: only the band around the diagonal is filled.
  assert.equal(editDistance(`${long}x`, `${long}y`, { swaps: true, cap: 2 }), 1)
  assert.equal(editDistance(`${long}xy`, `${long}yx`, { swaps: true, cap: 2 }), 1)
  // Far from the start: two rows past the cap end the scan.
  assert.equal(editDistance('x'.repeat(30_000), 'y'.repeat(30_000), { cap: 2 }), 3)
  // Lengths further apart than the cap: answered without a table.
  assert.equal(editDistance(long, `${long}abc`, { cap: 2 }), 3)
  assert.ok(performance.now() - started < 1_000, 'linear work')
})
