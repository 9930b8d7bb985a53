// Rules the lead added while merging (session 11), each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a country that reports figures after a dateline is a state, never an outlet that relays', () => {
  const text = 'OTTAWA, March 3 (Xinhua) -- The United States reported 9,000 new cases on Tuesday, the health agency said on Wednesday. ' +
    'The figure set a new record, according to agency data.'
  assert.equal(who(text, '9,000 new cases'), 'health agency')
  assert.equal(who(text, 'set a new record'), 'agency data')
  // A masthead written with "The" after a dateline still relays.
  const paper = 'OTTAWA, March 3 (Xinhua) -- The Ottawa Clarion reported, citing police, that two men were held.'
  assert.equal(who(paper, 'two men were held'), 'police via Ottawa Clarion')
})
