// Attributed sentences the engine gave no suggestion (session 19, h-cont):
// stance verbs whose gates turned them down, each with a near miss the gate
// must still turn down, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"demanded" with its object is a stance; the noun "demands" is not', () => {
  assert.equal(who('Opposition leader Maria Kent demanded an immediate statement about the leak.', 'immediate statement'), 'Maria Kent')
  assert.equal(who('Opposition leader Maria Kent also demanded assurances that no data was lost.', 'no data was lost'), 'Maria Kent')
  assert.equal(who('The union met the demands of the drivers last week.', 'drivers last week'), '-')
  assert.equal(who('Drivers demanded answers from the depot.', 'answers'), '-')
})

test('a frequency adverb between the auxiliary and the verb leaves the subject in place', () => {
  assert.equal(who('Harbour Records have twice denied doing anything wrong.', 'anything wrong'), 'Harbour Records')
  assert.equal(who('The plant was twice closed last year.', 'last year'), '-')
})

test('"called X" with a judgement closing the clause is a stance; calling someone is not', () => {
  assert.equal(who('Councillor Ann Bright called the decision unlawful.', 'decision unlawful'), 'Ann Bright')
  assert.equal(who('Councillor Ann Bright called the police.', 'the police'), '-')
  assert.equal(who('Councillor Ann Bright called them over.', 'them over'), '-')
})

test('a participle after a quantified group speaks for the group, as "said" does', () => {
  assert.equal(who('However, some currency dealers disagreed, saying the local dollar is driven by rates.', 'driven by rates'), 'currency dealers (anonymous)')
  assert.equal(who('Some shares rose, saying nothing.', 'saying nothing'), '-')
})

test('"welcomed" a step is a stance; welcoming guests is not', () => {
  assert.equal(who('Union economist Piotr Nowak welcomed the move on food prices.', 'move on food'), 'Piotr Nowak')
  assert.equal(who('The premier welcomed the visiting delegation at the airport.', 'visiting delegation'), '-')
  assert.equal(who('The mayor welcomed them to the city hall.', 'city hall'), '-')
})

test('a whole quotation in wire-archive marks (``...\'\') after its cue is the same speaker\'s', () => {
  const text = 'Shares fell.\n\n``It goes wrong sometimes,\'\' Marta Green said. ``Newsrooms are squeezed.\'\''
  assert.equal(who(text, 'Newsrooms are squeezed'), 'Marta Green')
  // (Two apostrophes inside a sentence close nothing that opened the sentence.)
  assert.equal(who('Shares fell.\n\nThe firm\'s \'\'good\'\' year ended. Prices rose.', 'Prices rose'), '-')
})
