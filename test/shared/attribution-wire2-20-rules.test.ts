// Rules of session 20 for state media's reproduced texts (frames that print a
// text in full after a colon), each shown on made-up text with a near miss.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const body = '\n\nThe bridge was built in two years.\n\nIt is a symbol of friendship.'

test('"The following is the KCNA commentary titled "...":" prints the outlet\'s own text: the outlet speaks it all (GUIDE 7)', () => {
  const story = 'Bridge Opened: KCNA Commentary\n\nPyongyang, March 3 (KCNA) -- The following is the KCNA commentary titled "A bridge of friendship":' + body
  assert.equal(who(story, 'built in two years'), 'KCNA')
  assert.equal(who(story, 'symbol of friendship'), 'KCNA')
  // (The colon headline credits the outlet's own commentary: the outlet is its source, not a relay.)
  assert.equal(who(story, 'Bridge Opened'), 'KCNA')
  // (Another outlet's editorial, untitled, is that outlet's.)
  const editorial = 'Bridge\n\nPyongyang, March 3 (KCNA) -- The following is the Rodong Sinmun editorial:' + body
  assert.equal(who(editorial, 'built in two years'), 'Rodong Sinmun')
  // (A text whose noun no outlet owns is not read as an outlet's.)
  assert.notEqual(who(editorial.replace('Rodong Sinmun editorial', 'Bridge Committee editorial'), 'built in two years'), 'Rodong Sinmun')
})

test('"Following is the full text of an article "..." issued by X:" names the issuer, as "X issued the following article:" would', () => {
  const story = 'Article\n\nPyongyang, March 3 (KCNA) -- Following is the full text of an article "Friendship will last" issued by Pak Chol Min, a researcher, on Friday:' + body
  assert.equal(who(story, 'built in two years'), 'Pak Chol Min')
  // (Without an issuer the text stays the article.)
  assert.equal(who(story.replace(' issued by Pak Chol Min, a researcher,', ''), 'built in two years'), 'article')
})

test('an unnamed officer of a body issuing a text after the agency\'s dateline and a weekday is the body\'s officer (anonymous)', () => {
  const story = 'Statement\n\nPyongyang, March 3 (KCNA) -- A spokesperson of the Foreign Ministry of the DPRK Monday issued the following press statement:' + body
  assert.equal(who(story, 'built in two years'), 'DPRK Foreign Ministry spokesperson (anonymous)')
  // (The ministry itself issuing it stays the ministry.)
  assert.equal(who(story.replace('A spokesperson of the Foreign Ministry of the DPRK', 'The Foreign Ministry of the DPRK'), 'built in two years'), 'DPRK Foreign Ministry')
})

test('an unnamed holder of a shared role "of" a country is named after the country; a unique office is not', () => {
  const story = 'Article\n\nPyongyang, March 3 (KCNA) -- Following is the full text of an article "Friendship will last" issued by a military commentator of the DPRK on Friday:' + body
  assert.equal(who(story, 'built in two years'), 'DPRK military commentator (anonymous)')
  assert.equal(who('A political analyst of the DPRK said the bridge was a gift.', 'bridge was a gift'), 'DPRK political analyst (anonymous)')
  // (A country the lexicon gives an adjective takes it.)
  assert.equal(who('A military observer of Egypt said the bridge was a gift.', 'bridge was a gift'), 'Egyptian military observer (anonymous)')
  // (The president of a country is one person, not an unnamed member of a group.)
  assert.notEqual(who('The president of Egypt said the bridge was a gift.', 'bridge was a gift'), 'Egyptian president (anonymous)')
})

test('under a bare wire dateline, a paper told an interview is a relay even when told twice; the wire itself is a venue', () => {
  const story = 'PRICES STEADY\n\nMUNICH, April 26 - The bank will keep policy tight, Karl Huber told the Rheinische Abendpost daily.\n\n' +
    'Huber told the Rheinische Abendpost that the phase of falling prices was over.'
  assert.equal(who(story, 'phase of falling prices'), 'Karl Huber via Rheinische Abendpost')
  // (The wire's own interview: "told Reuters" under its bare dateline is no relay.)
  assert.equal(who(story.replaceAll('the Rheinische Abendpost daily', 'Reuters').replace('the Rheinische Abendpost', 'Reuters'), 'phase of falling prices'), 'Karl Huber')
  // (A platform is no paper: "said on Twitter" stays a venue.)
  assert.equal(who('TALKS\n\nMUNICH, April 26 - Karl Huber said on Twitter that talks had failed.', 'talks had failed'), 'Karl Huber')
})

test('a day opening the sentence ("On Thursday Huber said") is no part of the speaker\'s name', () => {
  const story = 'RATES\n\nBONN, April 26 - Central bank vice-president Karl Huber said money was tight.\n\nOn Thursday Huber said that the stance was right.'
  assert.equal(who(story, 'the stance was right'), 'Karl Huber')
  // (A capitalised word that is no day stays: "On Huber's advice" is not read past.)
  assert.equal(who(story.replace('On Thursday Huber said', 'Huber said'), 'the stance was right'), 'Karl Huber')
})
