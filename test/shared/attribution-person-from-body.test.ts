// "Professor X from Y's School of Business said": the person, not the body he
// comes from (session 27, person-from-body.ts), with near misses.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a named person "from" a body, right before the verb, is the speaker', () => {
  const text = 'Professor Anna Kowalczyk from Harbor University’s School of Business and Governance said that the grid had improved.'
  assert.equal(who(text, 'the grid had improved'), 'Anna Kowalczyk')
})

test('near misses: a body alone, and a clause break between the person and the body', () => {
  assert.equal(who('Harbor University’s School of Business and Governance said that the grid had improved.', 'the grid had improved'),
    'School of Business and Governance')
  const broken = 'Anna Kowalczyk spoke first. Later, the School of Business and Governance said that the grid had improved.'
  assert.notEqual(who(broken, 'the grid had improved'), 'Anna Kowalczyk')
})
