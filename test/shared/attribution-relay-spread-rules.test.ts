// How far a relay spreads (GUIDE 5, session 11): within a paragraph a
// sentence takes a neighbour's relay only when its words can have come
// through that outlet: the relayed speaker again, an anaphor, or a speaker
// the relayed words named. State-media pages often arrive as one long
// paragraph, so a new speaker of its own is not swept in. Each shown on
// made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a new named speaker after a relay in the same paragraph keeps no relay', () => {
  const text = 'The new trainer jet could use smart software, chief designer Wang Lei said, according to CCTV. ' +
    '"It will learn each pilot\'s habits," Wang said. Liu Ming, a designer of the older jet, said in a journal paper that the software was not ready.'
  assert.equal(who(text, 'learn each pilot'), 'Wang Lei via CCTV')
  assert.equal(who(text, 'software was not ready'), 'Liu Ming')
})

test('a speaker after an outlet\'s own report keeps no relay unless the report named him', () => {
  const text = 'The bill passed by a wide margin, dpa reported. ' +
    'Meanwhile, the drug maker has begun its filing, chief executive Karl Brenner said.'
  assert.equal(who(text, 'begun its filing'), 'Karl Brenner')
  const met = 'Vice Premier Ding Lan met Brazilian Vice President Rui Costa in Beijing on Thursday, according to Xinhua. ' +
    'Ding said the two sides should work together, Xinhua reported. Costa said Brazil welcomed more investment.'
  assert.equal(who(met, 'welcomed more investment'), 'Rui Costa via Xinhua')
})

test('a speaker quoted directly takes no relay from a later sentence of another speaker', () => {
  const text = 'Governor Hans Maier warned that the rules could be extended. ' +
    'He said there was a need to close bars early. ' +
    'Lawmakers also voted to widen the powers of the government, according to dpa. The German government hopes the law will hold in court, dpa said.'
  assert.equal(who(text, 'close bars early'), 'Hans Maier')
  assert.equal(who(text, 'hold in court'), 'German government via dpa')
})

// (Session 16, h-via: the lede before the interview is named stays the writer's summary, GUIDE 5's paragraph rule:
// relaying it cost via precision on the read and the blind set alike, held16 0.689 -> 0.718.)
test('a story that opens on one speaker and then names the interview relays the interview\'s paragraph, not the lede', () => {
  const text = 'New gas deal shows Serbia\'s weight in the Balkans — Russian envoy\n\n' +
    'BELGRADE, May 4. /TASS/. The new gas deal shows Serbia\'s weight in the region, Russian Ambassador to Belgrade Ivan Sokolov said.\n\n' +
    '"The deal will last ten years," the diplomat told the weekly Politika in an interview. "It serves both our peoples," Sokolov noted.'
  assert.equal(who(text, 'last ten years'), 'Ivan Sokolov via Politika')
  assert.equal(who(text, 'shows Serbia\'s weight in the region'), 'Ivan Sokolov')
  assert.equal(who(text, 'serves both our peoples'), 'Ivan Sokolov via Politika')
})

test('a speaker heard first on his own, or after others, keeps his earlier words direct', () => {
  const other = 'BELGRADE, May 4. /TASS/. The gas deal was signed on Monday, Serbian Energy Minister Ana Petrovic said.\n\n' +
    'The new gas deal shows Serbia\'s weight in the region, Russian Ambassador to Belgrade Ivan Sokolov said.\n\n' +
    '"The deal will last ten years," the diplomat told the weekly Politika in an interview.'
  assert.equal(who(other, 'weight in the region'), 'Ivan Sokolov')
  const press = 'BELGRADE, May 4. /TASS/. The new gas deal shows Serbia\'s weight in the region, Ivan Sokolov told reporters.\n\n' +
    '"The deal will last ten years," Sokolov told the weekly Politika in an interview.'
  assert.equal(who(press, 'weight in the region'), 'Ivan Sokolov')
})

test('"The Tribune, citing witnesses, identified the man": an outlet citing someone relays them whatever its verb', () => {
  const text = 'The San Diego Tribune, citing witnesses, identified the man as John Smith of Carlsbad.'
  assert.equal(who(text, 'John Smith of Carlsbad'), 'witnesses (anonymous) via San Diego Tribune')
  // (A body citing someone speaks itself: no relay.)
  assert.equal(who('The Interior Ministry, citing police, named the victim as John Smith.', 'John Smith').includes(' via '), false)
})

test('"the expert said" after another outlet\'s report that never spoke of an expert keeps no relay', () => {
  const text = 'The drone boat passed its sea trials in May, according to the CNR report. The team also built a robot truck, the report said. ' +
    'The navy needs unmanned craft in all realms, the expert said.'
  assert.equal(who(text, 'unmanned craft'), 'expert (anonymous)')
  const named = 'The team leader said the boat passed its trials, according to the CNR report. The boat is fast, the leader said.'
  assert.equal(who(named, 'boat is fast'), 'leader (anonymous) via CNR')
})

test('a relay named by its role noun ("the news agency said", "The news organization, citing ...") is the outlet last named', () => {
  const text = 'The bank plans to cut 500 jobs, Bloomberg reported on Monday. Chief executive Jane Doe told staff the cuts would start in May, the news agency said.'
  assert.equal(who(text, 'cuts would start in May'), 'Jane Doe via Bloomberg')
  const cited = 'Stocks fell after a report by CNBC. The news organization, citing an unnamed government source, reported that the talks had stalled.'
  assert.equal(who(cited, 'talks had stalled'), 'government source (anonymous) via CNBC')
})
