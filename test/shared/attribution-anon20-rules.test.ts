// Unnamed sources, groups and relays in wire copy, session 20 (h-anon):
// each rule on made-up text in the manner of 1980s wire stories, with a
// near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a wire story with a bare dateline that tells the wire things, and names it nowhere else, is the wire\'s own: "told Reuters" is no relay', () => {
  const own = 'BANK SEES NO RATE CUT\n\nFRANKFURT, June 2 - The central bank will not cut rates this month, dealers said.\n\n' +
    'Its vice-president Hans Keller told Reuters in Tokyo that growth was picking up.\n\n"We see no need to act," he said.\n'
  assert.equal(who(own, 'growth was picking up'), 'Hans Keller')
  assert.equal(who(own, 'We see no need'), 'Hans Keller')
  // (A story that also names the wire reporting is another's, relaying its interview.)
  const relayed = 'BANK SEES NO RATE CUT\n\nFRANKFURT, June 2 - The central bank will not cut rates this month, Reuters reported.\n\n' +
    'Its vice-president Hans Keller told Reuters in Tokyo that growth was picking up.\n'
  assert.equal(who(relayed, 'growth was picking up'), 'Hans Keller via Reuters')
  // (No dateline: nothing says whose copy it is.)
  const undated = 'The central bank will not cut rates this month, dealers said.\n\n' +
    'Its vice-president Hans Keller told Reuters in Tokyo that growth was picking up.\n'
  assert.equal(who(undated, 'growth was picking up'), 'Hans Keller via Reuters')
})
