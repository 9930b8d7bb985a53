// Counting annotations per source with ids that are also names of
// Object.prototype's members: each must count as itself.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { countAnnotations, countAppended, countedAnnotations, sameCounts } from '../../shared/library/counts.ts'
import type { Annotation } from '../../shared/model/annotation.ts'

const HOSTILE = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']

function annotation(sources: string[], kind: 'claim' | 'highlight' = 'claim', via: string[] = []): Annotation {
  return { sources, via, kind } as unknown as Annotation
}

test('ids named like Object.prototype members are counted as plain ids', () => {
  const counts = countAnnotations([annotation(HOSTILE), annotation(['constructor', 'toString'], 'highlight')])
  assert.equal(counts.annotationCount, 2)
  assert.equal(counts.claimCount, 1)
  assert.deepEqual(Object.entries(counts.sourceCounts).sort(), [
    ['__proto__', 1], ['constructor', 2], ['hasOwnProperty', 1], ['isPrototypeOf', 1], ['toString', 2], ['valueOf', 1],
  ])
  // What is stored is numbers only, and survives JSON.
  const json = JSON.parse(JSON.stringify(counts.sourceCounts)) as Record<string, unknown>
  assert.deepEqual(Object.keys(json).sort(), ['__proto__', 'constructor', 'hasOwnProperty', 'isPrototypeOf', 'toString', 'valueOf'])
  assert.ok(Object.values(json).every((n) => typeof n === 'number'))
})

test('relays named like Object.prototype members are counted apart, as plain ids', () => {
  const counts = countAnnotations([annotation(['xinhua'], 'claim', ['constructor', '__proto__']), annotation([], 'claim', ['constructor'])])
  assert.deepEqual(Object.entries(counts.viaCounts).sort(), [['__proto__', 1], ['constructor', 2]])
  assert.deepEqual(Object.entries(counts.sourceCounts), [['xinhua', 1]])
})

test('an id absent from the counts is not found on the prototype', () => {
  const counts = countAnnotations([annotation(['xinhua'])])
  assert.equal(counts.sourceCounts['constructor'], undefined)
  assert.equal(counts.sourceCounts['toString'], undefined)
})

test('sameCounts compares own counts only', () => {
  const a = countAnnotations([annotation(['constructor'])])
  const b = countAnnotations([annotation(['xinhua'])])
  assert.equal(sameCounts(a, b), false)
  assert.equal(sameCounts(b, a), false)
  assert.equal(sameCounts(a, countAnnotations([annotation(['constructor'])])), true)
  // Counts as read back from JSON (an ordinary object) compare the same way.
  const read = { ...b, sourceCounts: JSON.parse('{"xinhua":1}') as Record<string, number> }
  assert.equal(sameCounts(read, a), false)
  assert.equal(sameCounts(read, b), true)
})

test('counts carried over an append are those of counting the longer list, and only an append is carried', () => {
  const before = [annotation(['xinhua', 'constructor']), annotation(['tass'], 'highlight', ['__proto__'])]
  assert.deepEqual(countedAnnotations(before), countAnnotations(before))
  const added = [annotation(['constructor', 'reuters'], 'claim', ['__proto__', 'toString']), annotation([], 'highlight')]
  const after = [...before, ...added]
  countAppended(before, after, added)
  const carried = countedAnnotations(after)
  const counted = countAnnotations(after)
  assert.deepEqual(carried, counted)
  assert.equal(sameCounts(carried, counted), true)
  assert.deepEqual(Object.entries(carried.sourceCounts), Object.entries(counted.sourceCounts))
  assert.equal(Object.getPrototypeOf(carried.sourceCounts), null)
  // The list before keeps its own counts.
  assert.deepEqual(countedAnnotations(before), countAnnotations(before))
  // Not an append (the lengths do not add up): nothing is carried, the
  // list is counted whole when asked.
  const replaced = [before[0]!, annotation(['afp'])]
  countAppended(before, replaced, [annotation(['afp'])])
  assert.deepEqual(countedAnnotations(replaced), countAnnotations(replaced))
  assert.equal(countedAnnotations(replaced).sourceCounts['tass'], undefined)
})
