// Rules of session 20 for wire and business copy, each shown on made-up text
// in the manner of the 1980s wire, with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

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

test('the old wire\'s capital after "U.S." / "U.K." opens no name when it is a role or a group ("U.K. Economist at ...")', () => {
  const text = 'BUDGET\n\nLONDON, March 17 - "It was a prudent budget," Peter Fellner, U.K. Economist at stockbrokers James Capel and Co, said.\n\n' +
    'The cut will come soon, U.S. Officials said.'
  assert.equal(who(text, 'prudent budget'), 'Peter Fellner')
  assert.equal(who(text, 'The cut will come'), 'U.S. officials (anonymous)')
  // (A title before a name stays one: "U.S. Ambassador John Smith".)
  assert.equal(who('The talks will resume, U.S. Ambassador John Smith said.', 'talks will resume'), 'John Smith')
})

test('"Some" after a headline\'s group in capitals ("ANALYSTS SAY ...") is that group, as after one written in lower case', () => {
  const text = 'ANALYSTS SAY BUDGET POINTS TO CUTS\n\nBut analysts said the speech gave no sign of the election date.\n\nSome believe it signals a poll in June.'
  assert.equal(who(text, 'signals a poll'), 'analysts (anonymous)')
})

test('"agreed" with its "that" left out reports the clause after it ("Most analysts agreed Lawson had ..."); "agreed the terms" is an act', () => {
  const text = 'Most analysts agreed Lawson had bolstered the credibility of the Budget.'
  assert.equal(who(text, 'bolstered'), 'analysts (anonymous)')
  const s = suggestAttributions(text)[0]!
  assert.equal(s.cue.text, 'Most analysts agreed')
  assert.equal(who('The ministers agreed the terms of the deal on Monday.', 'the terms'), '-')
})

test('"the sources" after "other banking sources" are the banking sources: "other" is a quantifier there too', () => {
  const text = 'Officials declined to comment.\n\nBut other banking sources said that regional banks are unhappy.\n\nThe sources added that the Fed is unhappy too.'
  assert.equal(who(text, 'regional banks'), 'banking sources (anonymous)')
  assert.equal(who(text, 'the Fed is unhappy'), 'banking sources (anonymous)')
})

test('a relative clause telling who an unnamed source is stays in the name; one telling how he was reached goes', () => {
  assert.equal(who('"It was a definite hint," said one banker who attended the symposium.', 'definite hint'), 'banker who attended the symposium (anonymous)')
  assert.equal(who('Analysts who attended the meeting said it was a hint.', 'it was a hint'), 'analysts who attended the meeting (anonymous)')
  assert.equal(who('One dealer, who asked not to be named, said it was a hint.', 'it was a hint'), 'dealer (anonymous)')
  assert.equal(who('Officials who spoke on condition of anonymity said it was a hint.', 'it was a hint'), 'officials (anonymous)')
  assert.equal(who('A diplomat who was not authorised to speak said it was a hint.', 'it was a hint'), 'diplomat (anonymous)')
})

test('"the sources said" after "a second source" is the group again, not the numbered one who spoke last', () => {
  const text = 'Rates could fall again, banking sources said.\n\nBut, according to a second source, the comments were a pointer.\n\n' +
    'The cut came after a U.S. signal, the sources said.'
  assert.equal(who(text, 'The cut came'), 'banking sources (anonymous)')
})

test('a company is named as the text first gives it in full, legal form kept; its initials are it too', () => {
  const text = 'NEW YORK, March 3 - A plan announced by General Motors Corp will placate shareholders, analysts said.\n\n' +
    'GM said it anticipates a decrease in spending.\n\nGeneral Motors said the plan was sound. Japan\'s Fujitsu Ltd declined to comment.\n\n' +
    'Fujitsu said the talks would go on.'
  assert.equal(who(text, 'anticipates a decrease'), 'General Motors Corp')
  assert.equal(who(text, 'the plan was sound'), 'General Motors Corp')
  assert.equal(who(text, 'talks would go on'), 'Fujitsu Ltd')
  // (No full form in the text: the name as written; its staff keep the name the cue gives.)
  assert.equal(who('Texaco said the sale would close soon.', 'sale would close'), 'Texaco')
  assert.equal(who('Texaco Inc sold assets. The sale will close soon, a Texaco spokesman said.', 'sale will close'), 'Texaco spokesman (anonymous)')
})
