// "the source" never names the person who spoke last (discourse-resolve.ts),
// and a worry raised or an interest expressed is a stance voiced
// (cue-concerns.ts), on made-up stories with near misses.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"the source" with no unnamed source before it stays unnamed, not the named speaker before it', () => {
  const text = 'But lawmakers including committee chair Ivo Tamm have said the harbour plan is too costly.\n\n' +
    'Talks are still going on and many details are unclear, the source told reporters, with no deal expected soon.'
  assert.equal(who(text, 'Talks are still going on'), 'source (anonymous)')
  // (A role a named person holds still names him: "the chairman said".)
  const role = 'Committee chairman Ivo Tamm said the harbour plan is too costly.\n\nTalks are still going on, the chairman told reporters.'
  assert.equal(who(role, 'Talks are still going on'), 'Ivo Tamm')
})

test('a worry raised and an interest expressed are the speaker\'s stance; a worry raised by an event is no one\'s', () => {
  assert.equal(who('Professor Dana Ortez also raised concerns about the safety of the cheaper pens.', 'safety of the cheaper'), 'Dana Ortez')
  assert.equal(who('The chairman of the council, Omar Veld, expressed interest in deeper ties with Kelso.', 'deeper ties'), 'Omar Veld')
  assert.equal(who('The storm raised fears about the harbour on Monday.', 'the harbour'), '-')
  assert.equal(who('Governor Ana Velho exuded confidence that the economy would grow by 6.5%.', 'economy would grow'), 'Ana Velho')
  assert.equal(who('Professor Dana Ortez did not raise concerns about the pens.', 'the pens'), '-')
})
