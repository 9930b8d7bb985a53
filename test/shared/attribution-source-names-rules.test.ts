// Right source (session 9, E1): general causes of wrong sources read from
// the read set's misses, each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a pronoun after a person who is the subject earlier in its sentence is that person, not the last speaker', () => {
  const text = 'Press Secretary Laura Finch welcomed the release. "We are grateful," said Laura Finch.\n\n' +
    'When Prime Minister Aziz Karimov first announced the exchange, he said the prisoners would stay home.'
  assert.equal(who(text, 'prisoners would stay home'), 'Aziz Karimov')
  const arrest = 'Defence lawyer Maria Lodge said her client regretted the call.\n\n' +
    'When Peter Hollins was approached, he told police he had been angry.'
  assert.equal(who(arrest, 'had been angry'), 'Peter Hollins')
})

test('a name inside the quotation or after another name leaves the pronoun to the speaker in reach', () => {
  const quoted = 'Michelle Dorsey said on Monday that the race was close.\n\n"Barack Dorsey never gave up on hope," she said.'
  assert.equal(who(quoted, 'never gave up'), 'Michelle Dorsey')
  const object = 'Senator Anne Kelly said on Monday the bill would pass.\n\nShe said Tom Reed would vote for it if she asked.'
  assert.equal(who(object, 'would vote for it'), 'Anne Kelly')
})

test('a pronoun opening a sentence is the person who opened the sentence before, in the same paragraph', () => {
  const text = 'Defence lawyer Maria Lodge said her client meant no harm.\n\n' +
    'Ilhan Noor asked for mercy in a letter posted on Tuesday. She added, "We must answer hate with care."'
  assert.equal(who(text, 'answer hate with care'), 'Ilhan Noor')
  // (Not across a paragraph break: there the last speaker stays.)
  const apart = 'Defence lawyer Maria Lodge said her client meant no harm.\n\nIlhan Noor was in court on Tuesday.\n\n"It was a mistake," she said.'
  assert.equal(who(apart, 'It was a mistake'), 'Maria Lodge')
})

test("unnamed staff of a named owner are named after the owner's fullest name, without the possessive", () => {
  const text = 'The singer Dana Whitfield left the label in May.\n\nWhitfield\'s rep told reporters that the claim was false.'
  assert.equal(who(text, 'claim was false'), 'Dana Whitfield rep (anonymous)')
  assert.equal(who('The probe reached orbit on Monday, as NASA’s scientists have confirmed.', 'probe reached orbit'), 'NASA scientists (anonymous)')
})

test('"agency officials" after a named agency are its officials', () => {
  const text = 'The Federal Aviation Administration opened a review of the engines.\n\nThe review will take a year, agency officials said.'
  assert.equal(who(text, 'take a year'), 'Federal Aviation Administration officials (anonymous)')
})

test('"the statement" paragraphs after a body issued one is that body\'s statement, not another text met since', () => {
  const text = 'A new report by the Daily Ledger says the deal is close.\n\nOn Monday, Harbor Records issued a statement that appeared to let the tour go ahead.\n\nA LONG HISTORY OF FEUDS\n\n' +
    'The statement claimed that the two labels had come to terms.'
  assert.equal(who(text, 'come to terms'), 'Harbor Records statement')
})
