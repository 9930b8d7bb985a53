// The hand check of index shard entries (shard-check.ts) against the
// schema: whatever it lets through, the schema takes unchanged; anything
// it turns away still goes through the schema (the same result as before).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IndexShard, ShardEntry } from '../../electron/store/files.ts'
import { checkedShard, plainEntry } from '../../electron/store/shard-check.ts'
import { StoreError } from '../../electron/store/access.ts'
import { seededRandom } from '../helpers/seeded-random.ts'
import { SourceId } from '../../shared/model/source.ts'

function entry(i: number): Record<string, unknown> {
  return {
    id: `doc-${i}`,
    meta: { title: `Title ${i}`, publisher: 'Reuters', author: 'A. Writer', published: '2026-11-30', url: 'https://example.com/a', language: 'en' },
    added: '2026-11-30T10:00:00.000Z',
    annotationCount: 3, claimCount: 2,
    sourceCounts: { tass: 2, xinhua: 1 }, viaCounts: { reuters: 1 },
    contentHash: 'a'.repeat(64), stamp: '12345:678:9', order: i,
  }
}

// Values that sit on or across an edge of the schema.
const ODD_VALUES: unknown[] = [
  undefined, null, true, 0, -1, 1.5, 2 ** 53, Number.NaN, '', 'x', ' ', 'A', 'a'.repeat(1001), 'a'.repeat(201), 'a'.repeat(4097),
  '2026-02-30T10:00:00Z', '2026-11-30T10:00:00Z', '2026-11-30T10:00:00.123456Z', '2026-11-30T10:00:00+01:00', '2026-13-01T00:00:00Z',
  '2026-11-30T10:00:00.000Z', '2024-02-29T23:59:59.999Z', '2025-02-29T10:00:00.000Z', '2026-11-30T24:00:00.000Z', '2026-11-30T10:00:00.00Z',
  '2026-11-30', 'en-GB', 'zh-Hans', 'en-abcdefgh-abcdefgh-abcdefgh-abcdefgh', 'en-', '-a', 'a-', 'a'.repeat(65), 'a'.repeat(64), 'g'.repeat(64), 'e', '__proto__', 'Tass', 'tass', 'f'.repeat(64), 'F'.repeat(64), [], {}, { a: 1 }, { tass: -1 }, { tass: 1.5 },
  { 'Bad Id': 1 }, JSON.parse('{"__proto__": 1}'), Object.create(null),
]

function mutate(base: Record<string, unknown>, rand: () => number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const copy = structuredClone(base)
  const at = rand() < 0.4 ? (copy.meta as Record<string, unknown>) : copy
  const key = pick([...Object.keys(at), 'extra', '__proto__', 'deleted', 'language', 'title'])
  const how = rand()
  if (how < 0.2) delete at[key]
  else if (how < 0.25) return JSON.parse(JSON.stringify(copy).replace('{', '{"__proto__": {"x": 1},'))
  else at[key] = pick(ODD_VALUES)
  return copy
}

test('every entry the hand check lets through, the schema takes as it is', () => {
  const rand = seededRandom(18)
  let passed = 0
  let refused = 0
  for (let i = 0; i < 20_000; i++) {
    const candidate = i % 10 === 0 ? entry(i) : mutate(entry(i), rand)
    const parsed = ShardEntry.safeParse(candidate)
    if (plainEntry(candidate)) {
      passed++
      assert.equal(parsed.success, true, JSON.stringify(candidate))
      assert.deepEqual(parsed.data, candidate)
    } else {
      refused++
    }
  }
  // Both sides were exercised.
  assert.ok(passed > 2_000 && refused > 2_000, `${passed} passed, ${refused} refused`)
})

test('a shard is what the schema makes of it, and a bad one is refused in the same words', () => {
  const good = { version: 4, entries: [entry(1), entry(2)] }
  assert.deepEqual(checkedShard(good), IndexShard.parse(good))
  // A default to fill in: the schema's answer.
  const { claimCount: _, ...older } = entry(3)
  assert.deepEqual(checkedShard({ version: 4, entries: [older] }), IndexShard.parse({ version: 4, entries: [older] }))
  assert.equal(checkedShard({ version: 4, entries: [older] }).entries[0]!.claimCount, 0)
  const bad = { version: 4, entries: [{ ...entry(4), annotationCount: -1 }] }
  assert.throws(() => checkedShard(bad), (error: unknown) => error instanceof StoreError && /^not a valid Sourcemark file: entries\.0\.annotationCount: /.test(error.message))
})

test('the schema is asked once per source id, not once per count: 2,000 entries citing the same three sources', (t) => {
  const ids = ['once-tass', 'once-xinhua', 'once-reuters']
  const asked: unknown[] = []
  const real = SourceId.safeParse.bind(SourceId)
  t.mock.method(SourceId, 'safeParse', (value: unknown) => {
    asked.push(value)
    return real(value)
  })
  const entries = Array.from({ length: 2000 }, (_, i) => ({
    ...entry(i),
    sourceCounts: { [ids[0]!]: 2, [ids[1]!]: 1 }, viaCounts: { [ids[2]!]: 1 },
  }))
  assert.deepEqual(checkedShard({ version: 4, entries }), { version: 4, entries })
  assert.deepEqual(asked.filter((v) => ids.includes(v as string)).sort(), [...ids].sort())
  // A key the schema refuses is never taken for known: each time it goes to the schema.
  const bad = { ...entry(1), sourceCounts: { 'Not An Id': 1 } }
  assert.equal(plainEntry(bad), false)
  assert.equal(plainEntry(bad), false)
  assert.equal(asked.filter((v) => v === 'Not An Id').length, 2)
})
