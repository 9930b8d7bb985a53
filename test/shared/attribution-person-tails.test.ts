// A person's name read with titles, ranks and a body glued before it is the
// plain words after them (session 27, person-tails.ts), and the surname the
// article uses alone is that person; bodies keep their names.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { personTails } from '../../shared/attribution/person-tails.ts'

const run = (sources: [string, string][]) => {
  const out = sources.map(([source, sourceKind]) => ({ source, sourceKind, sourceId: null as string | null, otherSources: [] as string[] }))
  personTails(out, () => null)
  return out.map((s) => `${s.source} (${s.sourceKind})`)
}

test('a rank before a name is no part of it, and the bare surname is the person', () => {
  const text = 'National police spokesperson Brig Thandeka Mabuza says the police are not aware of any arrest.\n\n' +
    '"We are not aware of any person that has been arrested," said Mabuza.'
  assert.equal(who(text, 'not aware of any arrest'), 'Thandeka Mabuza')
  assert.equal(who(text, 'We are not aware'), 'Thandeka Mabuza')
})

test('initials and a body glued before a name: the name after them, and the surname alone', () => {
  assert.deepEqual(run([['AIG Harbor Police Javed Alam Kazmi', 'organisation'], ['Kazmi', 'organisation']]),
    ['Javed Alam Kazmi (person)', 'Javed Alam Kazmi (person)'])
  assert.deepEqual(run([['Reserve Bank Governor Anil Mehra', 'person']]), ['Anil Mehra (person)'])
})

test('near misses: a body\'s name with a place after its word, one word after the title, a name with no title', () => {
  assert.deepEqual(run([['Bank Rakyat Indonesia', 'organisation']]), ['Bank Rakyat Indonesia (organisation)'])
  assert.deepEqual(run([['Harbor Police Service', 'organisation']]), ['Harbor Police Service (organisation)'])
  assert.deepEqual(run([['Ministry Harbor Lines', 'organisation']]), ['Ministry Harbor Lines (organisation)'])
  assert.deepEqual(run([['Javed Alam Kazmi', 'person'], ['Kazmi', 'organisation']]), ['Javed Alam Kazmi (person)', 'Kazmi (organisation)'])
})
