// The fuller form of a name the article also writes (session 27,
// fuller-forms.ts): words in another order, a body's qualifier, initials
// the article never defines. Each with near misses left alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { fullerForms } from '../../shared/attribution/fuller-forms.ts'

const run = (source: string, sourceKind: string, people: string[], bodies: string[]) => {
  const out = [{ source, sourceKind, sourceId: null as string | null }]
  fullerForms(out, people, bodies, () => null)
  return out[0]!.source
}

test('a person named with the surname first is the one longer form holding both words', () => {
  const text = 'Permanent Secretary Okello Vincent Waiswa spoke on Monday.\n\nAccording to Vincent Okello, the building was empty.'
  assert.equal(who(text, 'the building was empty'), 'Okello Vincent Waiswa')
  // Near misses: two longer forms, and words in the same order (the mention graph's).
  assert.equal(run('Vincent Okello', 'person', ['Okello Vincent Waiswa', 'Okello Vincent Mugisha'], []), 'Vincent Okello')
  assert.equal(run('Vincent Okello', 'person', ['Okello Vincent Waiswa'], []), 'Okello Vincent Waiswa')
})

test('a body is the one longer name the article writes ending in it', () => {
  assert.equal(run('Media Cell', 'organisation', [], ['Iraqi Security Media Cell']), 'Iraqi Security Media Cell')
  assert.equal(run('State Police', 'organisation', [], ['Louisiana State Police', 'Texas State Police']), 'State Police')
  // (Not a description nor an owner.)
  assert.equal(run('One 97 Communications', 'organisation', [], ['Paytm operator One 97 Communications']), 'One 97 Communications')
  assert.equal(run('Joint Chiefs of Staff', 'organisation', [], ['South’s Joint Chiefs of Staff']), 'Joint Chiefs of Staff')
})

test('undefined initials of one body the article names are that body', () => {
  assert.equal(run('HWI report', 'document', [], ['Harbor Watch International']), 'Harbor Watch International report')
  assert.equal(run('HWI', 'organisation', [], ['Harbor Watch International', 'Nairobi Police']), 'Harbor Watch International')
  // Near misses: two bodies with those initials, and a name that is no initials.
  assert.equal(run('HWI report', 'document', [], ['Harbor Watch International', 'Hill Water Institute']), 'HWI report')
  assert.equal(run('Harbor report', 'document', [], ['Harbor Watch International']), 'Harbor report')
  assert.equal(run('US military statement', 'document', [], ['United States']), 'US military statement')
})
