// Relays of wire stories heard from afar, and headlines over a relayed lede
// (session 12, round 2), each shown on made-up text with a near miss.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"IRNA, monitored in Nicosia, quoted X": X speaks through the agency in every paragraph', () => {
  const text = 'IRAN, CHINA TO BUILD REFINERY\n\nNICOSIA, May 4 - Iran and China will build a refinery on the Gulf coast, IRNA said.\n\n' +
    'IRNA, monitored in Nicosia, quoted Industry Minister Reza Jafari as saying the plant would open in 1990.\n\n' +
    'Jafari said the two sides agreed to share the cost of the pipeline to the port.\n\n' +
    'IRNA made no mention of a loan, which Jafari had said would be discussed last year.'
  assert.equal(who(text, 'share the cost'), 'Reza Jafari via IRNA')
  // (What he "had said" before is not what the agency passed on.)
  assert.equal(who(text, 'would be discussed last year'), 'Reza Jafari')
})

test('a relay not heard from afar carries no further than its paragraph', () => {
  const text = 'IRAN, CHINA TO BUILD REFINERY\n\nNICOSIA, May 4 - Iran and China will build a refinery on the Gulf coast, IRNA said.\n\n' +
    'Industry Minister Reza Jafari said the plant would open in 1990.\n\n' +
    'Jafari said the two sides agreed to share the cost of the pipeline to the port.'
  assert.equal(who(text, 'share the cost'), 'Reza Jafari')
  // (Session 14: a speaker the agency quoted is met through it, and known only through it in the next paragraph
  // too, GUIDE 5, as the read sets label "IRNA quoted X as saying ... [next paragraph] X said"; see attribution-via14-rules.)
  const quoted = text.replace('Industry Minister Reza Jafari said', 'IRNA quoted Industry Minister Reza Jafari as saying')
  assert.equal(who(quoted, 'share the cost'), 'Reza Jafari via IRNA')
})

test('a headline over a story heard from afar takes its relay; over one that only names its relay, none', () => {
  const lede = 'IRAN WARNS GULF STATES NOT TO LEND BASES\n\nLONDON, June 3 - Iranian Foreign Minister Ali Akbar Velayati warned Gulf states not to lend bases to foreign navies, the Iranian news agency IRNA said.'
  const far = `${lede}\n\nThe agency, received in London, quoted him as saying Iran would answer any attack.`
  assert.equal(who(far, 'LEND BASES'), 'IRAN via IRNA')
  // (Session 14: a lede the agency relays gives the headline its relay too, as every read set labels it,
  // attribution-via14-rules; a lede heard in the agency's own interview leaves the headline the writer's summary.)
  assert.equal(who(lede, 'LEND BASES'), 'IRAN via IRNA')
  const told = lede.replace('warned Gulf states not to lend bases to foreign navies, the Iranian news agency IRNA said.',
    'told the Iranian news agency IRNA that Gulf states must not lend bases to foreign navies.')
  assert.equal(who(told, 'LEND BASES'), 'IRAN')
})

test('a standing denial in the perfect is the writer\'s background, not the paragraph\'s relay', () => {
  const text = 'The New York Times quoted a campaign aide as saying he met officials in Russia last year. ' +
    'Russia has denied interfering in the election. The aide said he met Russian officials, the newspaper said. ' +
    'Russia said it would respond, the Times added.'
  assert.equal(who(text, 'interfering in the election'), 'Russia')
  // (A statement on the day, in the relay's paragraph, still came through it.)
  const day = 'The New York Times quoted a campaign aide as saying he met officials in Russia last year. ' +
    'Russia said it would not comment on the meeting. The aide had no comment, the newspaper said.'
  assert.equal(who(day, 'would not comment'), 'Russia via New York Times')
})

test('"he said" after a speaker the relayed words never named is that speaker speaking directly', () => {
  const text = 'The minister approved the sale in May, the Washington Post reported on Monday, citing two officials. ' +
    'The deal had stalled for a year, the Post said. Company lawyer Tom Reed declined to comment on the report. ' +
    '"We do not discuss such matters," he said.'
  assert.equal(who(text, 'We do not discuss'), 'Tom Reed')
  // (A pronoun for the speaker the outlet quoted still speaks through it.)
  const relayed = 'The Washington Post quoted Minister Tom Reed as saying he approved the sale in May. ' +
    '"We do not discuss such matters," he said.'
  assert.equal(who(relayed, 'We do not discuss'), 'Tom Reed via Washington Post')
})

test('"Asked by the agency about ..., X said": the relayed outlet put the question, so it is the venue and the relay', () => {
  const lede = 'BAHRAIN, March 1 - Oil Minister Hisham Nazer reiterated the kingdom\'s commitment to the accord, the official Saudi Press Agency SPA said.\n\n'
  const asked = `${lede}Asked by the agency about the fall in prices, Nazer said the kingdom would never sell below the agreed prices.`
  assert.equal(who(asked, 'never sell below'), 'Hisham Nazer via SPA')
  // (Asked by reporters: a question put in person, no outlet's.)
  const reporters = `${lede}Asked by reporters about the fall in prices, Nazer said the kingdom would never sell below the agreed prices.`
  assert.equal(who(reporters, 'never sell below'), 'Hisham Nazer')
})
