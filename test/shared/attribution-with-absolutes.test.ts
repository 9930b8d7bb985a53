// A clause opened by "with" whose subject does the saying (cue-with-absolutes.ts),
// on made-up sentences, with near misses: no speaker, nothing said, a question put.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"with analysts warning that ...", "with Ivo Tam condemning the plan": the noun after "with" speaks', () => {
  assert.equal(who('Velmora shares fell on Monday, with analysts warning that the cuts were too deep.', 'the cuts were too deep'), 'analysts (anonymous)')
  assert.equal(who('The bid has dragged on for a year, with Senator Ivo Tam condemning the plan on several occasions.', 'dragged on for a year'), 'Ivo Tam')
})

test('near misses: prices rising, a speaker saying nothing, and legislators questioning a body stay unattributed', () => {
  assert.equal(who('Velmora shares fell on Monday, with oil prices rising sharply.', 'oil prices rising'), '-')
  assert.equal(who('The talks ended on Monday, with the minister saying nothing.', 'talks ended'), '-')
  assert.equal(who('Scrutiny has grown, with legislators questioning oversight bodies about the raids.', 'Scrutiny has grown'), '-')
})
