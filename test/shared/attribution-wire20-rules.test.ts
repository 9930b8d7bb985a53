// Rules of session 20 for wire and business copy, each shown on made-up text
// in the manner of the 1980s wire, with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a bare wire dateline ("QUITO, March 9 -") over "told Reuters" is the wire\'s own copy: the interview is its venue, no relay', () => {
  const story = 'PIPELINE REPAIRS TO TAKE MONTHS\n\nLIMA, March 9 - Repairs will take four months, a senior official said.\n\n' +
    'It would cost about 100 mln dlrs, the official told Reuters.'
  assert.equal(who(story, 'cost about 100 mln'), 'senior official (anonymous)')
  // (A dateline with a country, "BRUNSWICK, West Germany, March 18 -", is one too.)
  assert.equal(who(story.replace('LIMA, March 9', 'BRUNSWICK, West Germany, March 18'), 'cost about 100 mln'), 'senior official (anonymous)')
  // (No dateline, or one crediting another wire: that site's story relays the wire's interview.)
  assert.equal(who(story.replace('LIMA, March 9 - ', ''), 'cost about 100 mln'), 'senior official (anonymous) via Reuters')
  assert.equal(who(story.replace('March 9 -', 'March 9 (AFP) -'), 'cost about 100 mln'), 'senior official (anonymous) via Reuters')
})

test('a ranked official of a ministry named without its country takes the dateline\'s country after the rank', () => {
  const story = 'EXPORTS HALTED\n\nQUITO, March 9 (Reuters) - Exports will stop for four months, a senior Energy Ministry official said.'
  assert.equal(who(story, 'Exports will stop'), 'senior Ecuadorian Energy Ministry official (anonymous)')
  // (A rank with no ministry after it is left alone.)
  assert.equal(who(story.replace('Energy Ministry official', 'official'), 'Exports will stop'), 'senior official (anonymous)')
})
