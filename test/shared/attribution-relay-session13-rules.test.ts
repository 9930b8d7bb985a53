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

test('a story heard from afar: the lede before the agency is named came through it, and so did the agency\'s own report met by a noun', () => {
  const story = 'IRAN REPORTS GAINS IN NORTH\n\nLONDON, March 5 - Iran said its troops took three hills on the northern front.\n\n' +
    'In Washington, State Department officials said they had no word of the fighting.\n\n' +
    'The Iranian news agency IRNA, in a report received in London, said the troops advanced ten km.'
  assert.equal(who(story, 'took three hills'), 'Iran via IRNA')
  // (A speaker met after the lede, before the agency is named, was heard elsewhere.)
  assert.equal(who(story, 'no word of the fighting'), 'State Department officials (anonymous)')
  // (Not heard from afar: the lede is the writer's own.)
  assert.equal(who(story.replace(', in a report received in London,', ''), 'took three hills'), 'Iran')
  const report = 'KHAMENEI WARNS OF UNREST\n\nLONDON, March 15 - President Ali Khamenei warned against dissent, Tehran radio said.\n\n' +
    'A report, monitored by the British Broadcasting Corporation, said he spoke to army officers.\n\n' +
    'Khamenei said the nation must stay united.'
  assert.equal(who(report, 'must stay united'), 'Ali Khamenei via Tehran radio')
  assert.equal(who(report.replace(', monitored by the British Broadcasting Corporation,', ''), 'must stay united'), 'Ali Khamenei')
})
