// Texts as sources (session 12, E3): documents and data named after their
// issuer however the sentence brings the issuer in, and the pronoun that
// stands for a text (GUIDE 2, 4, 7), each shown on made-up sentences with a
// near miss the rule must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a text whose issuer comes before an aside on its release is named after the issuer', () => {
  assert.equal(who('A report by the Coastal Freight Council, released Tuesday, found that delays rose 12% last year.', 'delays rose'), 'Coastal Freight Council report')
  assert.equal(who('Data from the Labour Ministry, released on Friday, showed employers added 15,000 jobs.', 'employers added'), 'Labour Ministry data')
  assert.equal(who('A survey by Pollwise, published last week, found that 58% of voters back the plan.', '58% of voters'), 'Pollwise survey')
  // (Without the commas: the day of the release stands between the text and its verb.)
  assert.equal(who('A report by the Coastal Freight Council released Tuesday found that delays rose 12%.', 'delays rose'), 'Coastal Freight Council report')
  // Near miss: a person released from somewhere is no text, and nobody reports.
  assert.equal(who('A friend of Dana Welk, released Tuesday, found that the house was empty.', 'house was empty'), '-')
})

test('a text whose issuer is named inside the aside on its release is the issuer\'s', () => {
  assert.equal(who('The report, released Tuesday by the Marlow Institute, found that rents rose 7% in the city.', 'rents rose'), 'Marlow Institute report')
  assert.equal(who('The study, published Monday in the journal Apiology, found that bees can count.', 'bees can count'), 'Apiology study')
  // Near miss: a text an outlet saw is not the outlet's text.
  const seen = who('The memo, seen last week by the Harbour Gazette, said the port would close.', 'port would close')
  assert.notEqual(seen, 'Harbour Gazette memo')
})

test('"it" or "they" before a verb of showing or finding stands for the text that just spoke', () => {
  const text = 'The report, released Tuesday, found that rents rose 7% in the city. It also showed that vacancies fell to 2%.\n\n' +
    'Data from the Labour Ministry showed employers added 15,000 jobs. They also showed wages rose 0.3%.'
  assert.equal(who(text, 'vacancies fell'), 'report')
  assert.equal(who(text, 'wages rose'), 'Labour Ministry data')
  // Near miss: after a vote, which is no text, "it showed" is the writer's reading.
  assert.equal(who('The vote showed that voters are angry. It also showed that turnout fell.', 'turnout fell'), '-')
})

test('"The study, published in a journal," is the study met before when there is one', () => {
  const text = 'A Harwell University study of 4,000 adults found that walking cut the risk of dementia.\n\nThe study, published in The Apiology Review on Wednesday, found that the benefit began at 4,000 steps.'
  assert.equal(who(text, 'the benefit began'), 'Harwell University study')
  // (A text with its owner before it and those it studied after: the owner's.)
  assert.equal(who(text, 'walking cut'), 'Harwell University study')
  // Near miss: with no owner of its own, those surveyed still name nothing.
  assert.equal(who('A survey of 300 shippers found that rates rose.', 'rates rose'), 'survey')
  assert.equal(who('A study, published Monday in the journal Apiology, found that bees can count.', 'bees can count'), 'Apiology study')
})
