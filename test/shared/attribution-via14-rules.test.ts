// Relay (`via`) rules of session 14, each shown on made-up text in the manner
// of wire copy built on another outlet's report, with a near miss it must
// leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"was quoted as saying" with no outlet: the story\'s one relay carried it, and every word of a source that relay carries', () => {
  const story = 'MINISTER SAYS PORT WILL REOPEN\n\nCAIRO, May 2 - Transport Minister Omar Sami was quoted as saying the port of Suez would reopen in June.\n\n' +
    'Sami said in an interview with the weekly Al-Wafd that the repairs had cost 40 mln dlrs.\n\n' +
    'A shipping agent said traffic was already picking up.\n\n' +
    'Sami said the canal authority would cut its fees for a month.'
  assert.equal(who(story, 'would reopen in June'), 'Omar Sami via Al-Wafd')
  assert.equal(who(story, 'cut its fees'), 'Omar Sami via Al-Wafd')
  // (A source the relay never carried is the writer's own.)
  assert.equal(who(story, 'already picking up'), 'shipping agent (anonymous)')
  // (No agentless quote: session 25's blind labels still carry the weekly to a named "Sami said" in another paragraph,
  // the interview being the one channel the story shows him on (relayed-speakers.ts); not when he spoke to reporters.)
  const direct = story.replace('was quoted as saying', 'said')
  assert.equal(who(direct, 'cut its fees'), 'Omar Sami via Al-Wafd')
  assert.equal(who(direct.replace('Sami said the canal', 'Sami told reporters the canal'), 'cut its fees'), 'Omar Sami')
  // (Two relays in the story: which one carried the agentless quote is not known.)
  const two = `${story}\n\nThe canal authority said, according to the MENA news agency, that 30 ships had passed.`
  assert.equal(who(two, 'would reopen in June'), 'Omar Sami')
})

test('a source an outlet quoted is met through it: "Yang said" in a later paragraph keeps the relay, unless his own side spoke directly between', () => {
  const story = 'PEKING, April 1 - Grain output is flat.\n\nThe China Daily quoted Yang Jike, a vice-governor, as saying farmers earn more from cotton.\n\n' +
    'Yang said storage losses were rising.'
  assert.equal(who(story, 'storage losses'), 'Yang Jike via China Daily')
  const statement = 'Qantas may move jobs abroad.\n\nThe Australian newspaper quoted chief executive Geoff Dixon as saying costs must fall.\n\n' +
    'In a statement, Qantas said it was looking at its options.\n\n"We are committed to jobs here," Mr Dixon said.'
  assert.equal(who(statement, 'committed to jobs'), 'Geoff Dixon')
  // (Words the speaker "had said" before are not the relay's.)
  const before = `${story}\n\nYang had said last year that imports would fall.`
  assert.equal(who(before, 'imports would fall'), 'Yang Jike')
})

test('a headline over a lede that relays an outlet takes its relay; over a lede of the writer\'s own, an interview or an outlet credited in the headline, none', () => {
  const lede = 'PERU SAYS IT MET MEXICO ON SILVER\n\nLIMA, April 24 - The central banks of Mexico and Peru met to support silver prices, the official newspaper El Peruano said.\n\n' +
    'It said the two banks would meet again in May.'
  assert.equal(who(lede, 'MET MEXICO'), 'PERU via El Peruano')
  const quoted = 'MINISTER SAYS PORT WILL REOPEN\n\nCAIRO, May 2 - The port of Suez will reopen in June, Transport Minister Omar Sami said, according to the MENA news agency.'
  assert.match(who(quoted, 'PORT WILL REOPEN'), / via MENA$/)
  // (The lede the writer's own: no relay, though one comes later.)
  const own = 'MINISTER SAYS PORT WILL REOPEN\n\nCAIRO, May 2 - The port of Suez will reopen in June, Transport Minister Omar Sami said.\n\n' +
    'The canal authority said, according to the MENA news agency, that 30 ships had passed.'
  assert.doesNotMatch(who(own, 'PORT WILL REOPEN'), / via /)
  // (A first paragraph with no attribution: the headline sums up the writer's story.)
  const plain = 'MINISTER SAYS PORT WILL REOPEN\n\nCAIRO, May 2 - Ships queued at Suez on Tuesday.\n\n' +
    'The port will reopen in June, Transport Minister Omar Sami said, according to the MENA news agency.'
  assert.doesNotMatch(who(plain, 'PORT WILL REOPEN'), / via /)
  // (A headline crediting the press: its source, with no relay of its own.)
  const press = 'PLA LAUNCHES DRILLS, STATE MEDIA SAYS\n\nBEIJING, May 2 - The drills began at dawn, the army said, according to CCTV.'
  assert.doesNotMatch(who(press, 'PLA LAUNCHES'), / via /)
  // (A company's report is no outlet's relay: "PRE-ORDERS SURGE" over "JD.com's report showed".)
  const firm = 'IPHONE SEES SURGE IN ORDERS\n\nBEIJING, Sept 15 - Pre-orders surged 480 percent, the company Acme.com said.'
  assert.doesNotMatch(who(firm, 'SURGE IN ORDERS'), / via /)
})

test('an outlet quoting by a described role noun or by "They" after it spoke is the relay; "the radio" is the radio named, not the agency since', () => {
  const weekly = 'NICOSIA, April 27 - Saudi Arabia will hold its price, the Gulf Oil Weekly said.\n\n' +
    'The Cyprus-based weekly newsletter quoted Saudi sources as saying the policy would not change.'
  assert.equal(who(weekly, 'policy would not change'), 'Saudi sources (anonymous) via Gulf Oil Weekly')
  const they = 'LONDON, March 5 - Iranian troops advanced ten km, IRNA said.\n\nIRNA said its reporters visited the front.\n\n' +
    'They quoted an Iranian soldier, Hamid Dehqani, as saying rain had stopped the enemy.'
  assert.equal(who(they, 'rain had stopped'), 'Hamid Dehqani via IRNA')
  // ("They" after a people's own words is those people, no outlet.)
  const people = 'LONDON, March 5 - Iranian troops advanced ten km, IRNA said.\n\nVillagers said the shelling had stopped.\n\n' +
    'They quoted the mayor, Ali Karimi, as saying patience wins.'
  assert.doesNotMatch(who(people, 'patience wins'), / via IRNA/)
  const radio = 'NICOSIA, Oct 20 - Iran will sue, Tehran radio quoted Oil Minister Gholamreza Aqazadeh as saying.\n\n' +
    'IRNA said he gave no reply on the strait. "No one can use the strait," the radio quoted him as saying.'
  assert.equal(who(radio, 'No one can use'), 'Gholamreza Aqazadeh via Tehran radio')
  // (The agency quoting is the agency.)
  assert.equal(who(radio.replace('the radio quoted', 'the agency quoted'), 'No one can use'), 'Gholamreza Aqazadeh via IRNA')
})

test('"X quoted a spokesman of/for/by a body as saying": the speaker with what he belongs to; a clause between is no such speaker', () => {
  const story = 'PEKING, June 2 - China objects to the protocol, the People\'s Daily said.\n\n' +
    'It quoted a spokesman of the Ministry of Trade as saying the protocol would hurt textile trade.'
  assert.match(who(story, 'hurt textile trade'), /spokesman.* via People's Daily$/)
  assert.match(who('IRNA quoted a spokesman for the ministry as saying the offensive had ended.', 'offensive had ended'), / via IRNA$/)
  // (A relative clause between the head and "as saying" is not read as the speaker's own words.)
  assert.equal(who('IRNA quoted a spokesman who visited the front as saying the offensive had ended.', 'offensive had ended'), '-')
})

test('"citing one of the sources": the people the one belongs to, relayed by the outlet; "one of its reports" stays the outlet\'s own', () => {
  const story = 'Kushner met Mueller, according to two people familiar with the meeting.\n\n' +
    'Flynn was the prime topic of the conversation, CNN said, citing one of the sources.'
  assert.match(who(story, 'prime topic'), / via CNN$/)
  assert.equal(who('Flynn was the prime topic, CNN said, citing one of its reports.', 'prime topic'), 'CNN')
})
