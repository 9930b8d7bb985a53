import { test } from 'node:test'
import assert from 'node:assert/strict'
import { uncovered } from '../../shared/model/suggestion-coverage.ts'

const s = (key: string, start: number, end: number, sourceId: string | null) => ({
  key, content: { start, end }, sourceMatch: sourceId ? { sourceId } : { proposed: { name: 'X', kind: 'person' as const } },
})
const a = (start: number, end: number, ...sources: string[]) => ({ sources, target: { position: { start, end } } })

test('a suggestion is covered by an annotation with the same source over any of its words', () => {
  const list = [s('k1', 10, 20, 'src-a'), s('k2', 30, 40, 'src-a'), s('k3', 50, 60, 'src-b'), s('k4', 70, 80, null)]
  const kept = uncovered(list, [a(15, 16, 'src-a'), a(50, 60, 'src-a'), a(0, 100), a(75, 76, 'src-b')])
  assert.deepEqual(kept.map((x) => x.key), ['k2', 'k3', 'k4'])
})

test('touching is not overlapping', () => {
  const list = [s('k1', 10, 20, 'src-a')]
  assert.equal(uncovered(list, [a(0, 10, 'src-a'), a(20, 30, 'src-a')]).length, 1)
  assert.equal(uncovered(list, [a(0, 11, 'src-a')]).length, 0)
  assert.equal(uncovered(list, [a(19, 30, 'src-a')]).length, 0)
})

test('a long annotation that starts early still covers (not only the nearest start)', () => {
  const list = [s('k1', 500, 510, 'src-a')]
  assert.equal(uncovered(list, [a(0, 1000, 'src-a'), a(100, 101, 'src-a'), a(200, 201, 'src-a')]).length, 0)
})

test('with no annotations the list is the same array', () => {
  const list = [s('k1', 10, 20, 'src-a')]
  assert.equal(uncovered(list, []), list)
})

test('10,000 annotations against 4,000 suggestions filter quickly (sorted, not pairwise)', () => {
  const anns = Array.from({ length: 10_000 }, (_, i) => a(i * 100, i * 100 + 10, 'src-a'))
  const list = Array.from({ length: 4_000 }, (_, i) => s(`k${i}`, i * 250 + 20, i * 250 + 30, 'src-a'))
  const t = performance.now()
  const kept = uncovered(list, anns)
  assert.ok(performance.now() - t < 200, 'too slow')
  // i*250+20 .. +30 overlaps j*100..j*100+10 only when it reaches a multiple of 100: never with offset 20..30 when 250i%100 is 0 or 50.
  assert.equal(kept.length, 4_000)
})
