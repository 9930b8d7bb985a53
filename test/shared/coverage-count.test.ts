// The coverage kept up to date as annotations change equals a recount of
// the whole list, after every step of random adds, replacements and
// removals (a fixed seed, so a failure is the same on every run).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Annotation } from '../../shared/model/annotation.ts'
import { coverage } from '../../shared/attribution/coverage.ts'
import { CoverageCount } from '../../shared/attribution/coverage-count.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

let serial = 0
function claim(start: number, end: number, sources: string[], via: string[] = []): Annotation {
  serial++
  return {
    id: `ann-${serial}`, documentId: 'doc', kind: 'claim',
    target: { position: { start, end }, quote: { exact: 'x'.repeat(end - start), prefix: '', suffix: '' } },
    sources, via, note: '', created: '2025-11-06T09:00:00.000Z', modified: '2025-11-06T09:00:00.000Z',
  }
}

// Sentences of 5-40 characters with gaps of 0-5, out of order (as coverage takes them).
function sentencesOf(random: () => number, length: number): { start: number; end: number }[] {
  const out = []
  for (let at = 0; at < length;) {
    const end = at + 5 + Math.floor(random() * 35)
    out.push({ start: at, end })
    at = end + Math.floor(random() * 6)
  }
  return out.reverse()
}

function randomClaim(random: () => number, length: number): Annotation {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!
  const start = Math.floor(random() * length)
  // Some empty ranges, some shared lengths and starts (ties), some long.
  const end = Math.min(length, start + pick([0, 3, 10, 10, 25, 60, 200]))
  const sources = pick([[], [], ['a'], ['b'], ['c', 'a'], ['d'], ['a', 'a']])
  const via = pick([[], [], [], ['x'], ['y', 'x']])
  return claim(start, end, sources, via)
}

test('the kept count equals a recount after random adds, replacements and removals', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const random = seededRandom(seed)
    const length = 2000
    const sentences = sentencesOf(random, length)
    let annotations: Annotation[] = Array.from({ length: 40 }, () => randomClaim(random, length))
    const count = new CoverageCount(sentences, annotations)
    assert.deepEqual(count.result(), coverage(sentences, annotations))
    let incremental = 0
    for (let step = 0; step < 300; step++) {
      const r = random()
      const at = Math.floor(random() * annotations.length)
      if (r < 0.45 || annotations.length === 0) annotations = [...annotations, randomClaim(random, length)]
      else if (r < 0.65) annotations = annotations.with(at, { ...randomClaim(random, length), id: annotations[at]!.id })
      else if (r < 0.8) annotations = annotations.filter((_, i) => i !== at)
      else if (r < 0.88) annotations = annotations.toSpliced(at, 0, randomClaim(random, length))
      else if (r < 0.94) annotations = [...annotations, ...Array.from({ length: 3 }, () => randomClaim(random, length))]
      else annotations = [...annotations].reverse()
      if (count.update(annotations) !== 'recounted') incremental++
      assert.deepEqual(count.result(), coverage(sentences, annotations), `seed ${seed}, step ${step}`)
    }
    // Most steps were counted by their change, not whole.
    assert.ok(incremental > 200, `only ${incremental} of 300 steps counted incrementally`)
  }
})

test('a claim added, then saved under its stored id, is counted by its change', () => {
  const sentences = Array.from({ length: 1000 }, (_, i) => ({ start: i * 20, end: i * 20 + 15 }))
  const annotations = Array.from({ length: 1000 }, (_, i) => claim(i * 20, i * 20 + 10, ['a']))
  const count = new CoverageCount(sentences, annotations)
  const shown = [...annotations, claim(100, 105, ['b'])]
  assert.equal(count.update(shown), 'counted')
  assert.deepEqual(count.result().sources.map((s) => [s.sourceId, s.chars, s.sentences]), [['a', 9995, 1000], ['b', 5, 1]])
  const saved = shown.with(-1, { ...shown.at(-1)!, id: 'stored' })
  assert.equal(count.update(saved), 'counted')
  assert.deepEqual(count.result(), coverage(sentences, saved))
  // One without a source or a relay changes no figure.
  const unsourced = [...saved, claim(300, 310, [])]
  assert.equal(count.update(unsourced), 'same')
  assert.deepEqual(count.result(), coverage(sentences, unsourced))
})
