// The virtual list's items without the DOM: places by key after an insert
// or a replacement, and measured sizes kept by key.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ListItems } from '../../renderer/ui/virtual-items.ts'

const offsets = (items: ListItems<string>) => Array.from({ length: items.list.length + 1 }, (_, i) => items.sizes.offset(i))

test('rows never measured count at the estimate, then at the average measured', () => {
  const items = new ListItems<string>((s) => s, 50)
  items.set(['a', 'b', 'c'])
  assert.deepEqual(offsets(items), [0, 50, 100, 150])
  assert.equal(items.measured('a', 20), true)
  assert.equal(items.measured('a', 20), false, 'the same size again is no change')
  items.set(['x', 'a'])
  assert.deepEqual(offsets(items), [0, 20, 40], 'the average of those measured (20), and a keeps its own')
})

test('an insert moves the places after it on by one and counts the new row at its measured size', () => {
  const items = new ListItems<string>((s) => s, 10)
  items.set(['a', 'b', 'c'])
  items.measured('n', 30)
  items.insert(1, 'n')
  assert.deepEqual(items.list, ['a', 'n', 'b', 'c'])
  assert.deepEqual(['a', 'n', 'b', 'c'].map((k) => items.indexOf(k)), [0, 1, 2, 3])
  assert.equal(items.sizes.size(1), 30)
})

test('a row replaced under a new key keeps its place and its measured size', () => {
  const items = new ListItems<string>((s) => s, 10)
  items.set(['a', 'pending-1', 'c'])
  items.measured('pending-1', 44)
  assert.equal(items.replaceAt(1, 'stored'), true)
  assert.equal(items.indexOf('pending-1'), -1)
  assert.equal(items.indexOf('stored'), 1)
  items.set(['stored'])
  assert.equal(items.sizes.size(0), 44, 'the stored key has the size measured under the local one')
  assert.equal(items.replaceAt(5, 'z'), false, 'nothing at that place')
})

test('a page replaced from a start answers the keys it replaced and keeps the rest', () => {
  const items = new ListItems<string>((s) => s, 10)
  items.set(['p0', 'p1', 'p2', 'p3'])
  items.measured('d2', 25)
  assert.deepEqual(items.replaceFrom(1, ['d1', 'd2', 'd3', 'beyond']), ['p1', 'p2', 'p3'])
  assert.deepEqual(items.list, ['p0', 'd1', 'd2', 'd3'])
  assert.equal(items.indexOf('d2'), 2)
  assert.equal(items.indexOf('p2'), -1)
  assert.equal(items.sizes.size(2), 25)
})

test('places stay right through many inserts, replacements and measures in any order', () => {
  const items = new ListItems<string>((s) => s, 10)
  const model = Array.from({ length: 300 }, (_, i) => `k${i}`)
  items.set(model)
  let seed = 7
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n }
  for (let step = 0; step < 500; step++) {
    const at = next(model.length + 1)
    if (step % 7 === 3 && at < model.length) {
      const key = `r${step}`
      assert.equal(items.replaceAt(at, key), true)
      model[at] = key
    } else {
      items.insert(at, `n${step}`)
      model.splice(at, 0, `n${step}`)
    }
    const probe = model[next(model.length)]!
    assert.equal(items.indexOf(probe), model.indexOf(probe), `${probe} after step ${step}`)
    if (step % 5 === 0) items.measured(probe, 20 + step)
    if (step % 5 === 0) assert.equal(items.sizes.size(model.indexOf(probe)), 20 + step)
  }
  assert.deepEqual(items.list, model)
  assert.deepEqual(model.map((k) => items.indexOf(k)), model.map((_, i) => i))
})
