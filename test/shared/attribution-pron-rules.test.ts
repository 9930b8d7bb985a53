// Who a pronoun or role noun stands for (session 18, h-pron): shapes of real
// news where the source came out as another entity, each with a near miss it
// must leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"the paper" after an outlet that only relayed others is that outlet', () => {
  const text = 'STEELMAKER DENIES REPORT\n\nOSAKA, May 4 - Kanto Steel Corp denied local reports that it plans to close a mill.\n\n' +
    'The Hokuriku Shimbun quoted Kanto Steel as saying that two rolling mills would be sold abroad.\n\n' +
    'But the Hokuriku Shimbun quoted Kanto Steel officials as saying the mills could be exported if prices are right.\n\n' +
    'The paper said the region\'s steel output totalled nine mln tonnes last year.'
  assert.equal(who(text, 'steel output totalled'), 'Hokuriku Shimbun')
})

test('"the paper" far from the outlet that reported is still that outlet', () => {
  const text = 'PAPER SAYS MINISTER MAY RESIGN\n\nLONDON, May 4 - The transport minister may resign over the rail contract, according to the Daily Courier.\n\n' +
    'The paper said the minister had told colleagues he would step down.\n\nThe minister was in Brussels on Monday.\n\n' +
    'Officials at the ministry declined to comment.\n\nThe rail contract was signed last year.\n\nIt runs for ten years.\n\n' +
    'The paper said the prime minister had been told of the decision.'
  assert.equal(who(text, 'prime minister had been told'), 'Daily Courier')
})

test('"the paper" is a paper as a text that spoke since, not the outlet that relayed before it', () => {
  const text = 'The Hokuriku Shimbun quoted Kanto Steel as saying that two rolling mills would be sold abroad.\n\n' +
    'A government white paper on steel said output would fall by a tenth. The paper said exports would rise.'
  assert.equal(who(text, 'exports would rise'), 'government white paper')
})

test('an outlet a speaker told is a venue, not a paper that reported', () => {
  const text = 'The Hokuriku Shimbun said on Monday that Kanto Steel would close a mill.\n\n' +
    'A Kanto Steel spokesman told Reuters that no such decision had been made.\n\n' +
    'The paper said the mill employs 900 people.'
  assert.equal(who(text, 'mill employs 900'), 'Hokuriku Shimbun')
})
