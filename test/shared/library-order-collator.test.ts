// The library's title collator is made at the first sort, not as the module
// loads: the page loads this module at every start (through the API's
// contract) and sorts nothing before its first document is shown, and
// setting up a locale's collation is 20-30 ms of a loaded machine's CPU.

import { test } from 'node:test'
import assert from 'node:assert/strict'

test('no collator is made by loading the library order, one by sorting, and it is kept', async () => {
  const Real = Intl.Collator
  let made = 0
  // A stand-in that counts the collators made, each a real one.
  const Counting = function (...args: ConstructorParameters<typeof Intl.Collator>) {
    made++
    return new Real(...args)
  } as unknown as typeof Intl.Collator
  Intl.Collator = Counting
  try {
    const { sortLibrary } = await import('../../shared/library/library-order.ts')
    assert.equal(made, 0)
    const doc = (title: string) => ({ meta: { title }, added: '2025-11-01T10:00:00.000Z', annotationCount: 0 })
    const sorted = sortLibrary([doc('beta'), doc('Alpha 10'), doc('alpha 9')], 'title')
    assert.deepEqual(sorted.map((d) => d.meta.title), ['alpha 9', 'Alpha 10', 'beta'])
    sortLibrary([doc('b'), doc('a')], 'added')
    assert.equal(made, 1)
  } finally {
    Intl.Collator = Real
  }
})
