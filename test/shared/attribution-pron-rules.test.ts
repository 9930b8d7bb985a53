// Who a pronoun or role noun stands for (session 18, h-pron): shapes of real
// news where the source came out as another entity, each with a near miss it
// must leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { boundRole } from '../../shared/attribution/sentence-memory.ts'

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

test('a role noun once bound to a person keeps naming that person, not a deputy named since', () => {
  const text = 'Tony Marsh has dismissed reports he would quit.\n\n' +
    '"You don\'t do deals over jobs like this," the prime minister told reporters.\n\n' +
    'At a dinner hosted by Deputy Prime Minister John Preece, Mr Marsh talked about the economy. Deputy Prime Minister John Preece said the talks went well.\n\n' +
    'But the prime minister said he had discussed these claims with the chancellor.'
  assert.equal(who(text, 'discussed these claims'), 'Tony Marsh')
})

test('a role noun the article never bound stays with the deputy rule: "the deputy prime minister" is the deputy', () => {
  const text = 'Tony Marsh has dismissed reports he would quit.\n\n' +
    '"You don\'t do deals over jobs like this," the prime minister told reporters.\n\n' +
    'At a dinner hosted by Deputy Prime Minister John Preece, Mr Marsh talked about the economy.\n\n' +
    'The deputy prime minister said he had discussed these claims with the chancellor.'
  assert.equal(who(text, 'discussed these claims'), 'John Preece')
})

test('unnamed sources that quote someone are the outermost source, as a person quoting is', () => {
  const text = 'BRUSSELS, Oct 19 - Britain will not accept a farm budget deal without figures, diplomats said.\n\n' +
    'British diplomatic sources quoted Howe as saying that an accord containing detailed figures was needed.'
  assert.equal(who(text, 'an accord containing'), 'British diplomatic sources (anonymous)')
})

test('unnamed media that quote someone stay a relay, and a pronoun for an outlet is no quoting body', () => {
  const media = 'TOKYO, April 2 - Japanese newspapers and news agencies quoted Nakasone as saying the tax plan would go ahead.'
  assert.notEqual(who(media, 'tax plan would go ahead'), 'Japanese newspapers and news agencies (anonymous)')
  const agency = 'NICOSIA, March 5 - Iran said its forces had captured a hill, the Iranian news agency IRNA reported.\n\n' +
    'IRNA said heavy rain had slowed the advance. It quoted an Iranian soldier, Hamid Dehqani, as saying the rain had paralysed the roads.'
  assert.equal(who(agency, 'the rain had paralysed'), 'Hamid Dehqani via IRNA')
})

test('a role noun resolved to a party is recorded as that party\'s role; a body\'s spokesperson is not the body', () => {
  const resolved = (name: string, kind: 'person' | 'organisation') => ({ name, kind, via: null, named: false })
  assert.deepEqual(boundRole({ type: 'role', head: 'group', mods: [], group: 'org' }, resolved('Workers Coalition', 'organisation')), ['group'])
  assert.deepEqual(boundRole({ type: 'role', head: 'minister', mods: ['prime'], group: 'person' }, resolved('Tony Marsh', 'person')), ['minister', 'prime'])
  assert.deepEqual(boundRole({ type: 'role', head: 'spokesman', mods: ['bat'], group: 'person', body: 'Bat' }, resolved('Jo Kell', 'person')), [])
  assert.deepEqual(boundRole({ type: 'role', head: 'company', mods: [], group: 'org' }, resolved('Jo Kell', 'person')), [])
})
