// Relay (`via`) rules of session 13, each shown on made-up text in the manner
// of wire copy, with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a wire sign-off after the last sentence ("... they said. REUTER") makes the agency the writer: "told Reuters" is its own interview', () => {
  const story = 'OIL FIND IN NORTH SEA\n\nLONDON, June 29 - The field holds about 300 mln barrels, oil analyst Jane Moss told Reuters.\n\n' +
    'The company said drilling would start next year.'
  assert.equal(who(`${story}  REUTER`, 'holds about 300 mln'), 'Jane Moss')
  assert.equal(who(`${story} Reuter`, 'holds about 300 mln'), 'Jane Moss')
  // (With no sign-off, another site's story relays the agency's interview.)
  assert.equal(who(story, 'holds about 300 mln'), 'Jane Moss via Reuters')
  // (A sentence ending in a name is no sign-off: "... , said Smith".)
  assert.equal(who(`${story} The talks were led by Lee.`, 'holds about 300 mln'), 'Jane Moss via Reuters')
})
