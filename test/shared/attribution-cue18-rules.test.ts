// Rules of session 18 (h-cue): attributed sentences the engine found no cue
// for. Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('words between a plain verb of saying and the subject opening its clause: the subject speaks', () => {
  const story = 'Grain prices rose.\n\nSpokesmen for several Dutch milling firms said they would buy more wheat.\n\n' +
    'A foreign broker here said stocks had piled up for years.\n\n' +
    'Talks begin on May 4, and creditor banks holding most of the debt said they were angry about the delay.\n\n' +
    'Farm groups accompanying the minister told reporters the harvest was poor.\n\n' +
    'Most private economists disagreed and said demand would stay weak.\n\n' +
    'One of the losing bidders, Antwerp-based group Kallo, said it welcomed a new tender.'
  assert.notEqual(who(story, 'would buy more wheat'), '-')
  assert.equal(who(story, 'stocks had piled up'), 'foreign broker (anonymous)')
  assert.equal(who(story, 'they were angry about the delay'), 'creditor banks (anonymous)')
  assert.equal(who(story, 'the harvest was poor'), 'Farm groups (anonymous)')
  assert.equal(who(story, 'demand would stay weak'), 'private economists (anonymous)')
  assert.equal(who(story, 'it welcomed a new tender'), 'Kallo')
})

test('near misses: a negated, passive, infinitive, relative or questioning "say" stays unattributed', () => {
  const story = 'Grain prices rose.\n\nThe minister did not say on Monday whether the tender would be reopened.\n\n' +
    'The mill is said to be losing money on every tonne.\n\n' +
    'Her refusal to say which bid she backed was met with laughter.\n\n' +
    'Among farmers, the number who said they had sold early rose by a third.\n\n' +
    'What did the minister say after the vote?\n\n' +
    'This is the first time anyone in office has said the mill could close.'
  assert.equal(who(story, 'whether the tender would be reopened'), '-')
  assert.equal(who(story, 'losing money on every tonne'), '-')
  assert.equal(who(story, 'which bid she backed'), '-')
  assert.equal(who(story, 'they had sold early'), '-')
  assert.equal(who(story, 'after the vote'), '-')
  assert.equal(who(story, 'the mill could close'), '-')
})

test('a subordinate clause\'s speaker does not take over the cue of the main clause', () => {
  const story = 'A man was held.\n\nThe Courier says he was arrested after staff of a car dealer said he tried to steal a van.'
  assert.equal(who(story, 'he was arrested'), 'Courier')
})

test('"men" and "spokeswomen" are groups: "she" is not one of them', () => {
  const story = 'Shots were fired.\n\nMaria Lopez said she saw nothing.\n\nThe men in the car told him they were lost.\n\n' +
    'She denied having anything to do with the shooting.'
  assert.equal(who(story, 'She denied having anything'), 'Maria Lopez')
})

test('a mixed-case title credits after a spaced hyphen: a person the story names in full, or one role word', () => {
  const story = 'Harbour row should end - Lindqvist\n\nPrime Minister Anna Lindqvist said it was time to move on.'
  assert.equal(who(story, 'Harbour row should end'), 'Anna Lindqvist')
  const role = 'Accused placed lighter in bedroom - witness\n\nA witness told the court the lighter was red.'
  assert.equal(who(role, 'Accused placed lighter'), 'witness (anonymous)')
  // Near misses: a name the story never gives in full as a person, a phrase, and a caption's credit.
  assert.equal(who('Harbour plans unveiled - Northport\n\nThe council showed its plans for Northport.', 'Harbour plans'), '-')
  assert.equal(who('Brexit explained - the facts\n\nHere is what we know.', 'Brexit explained'), '-')
  assert.equal(who('Photo credit: harbour at dawn - Lindqvist\n\nAnna Lindqvist said it was time to move on.', 'harbour at dawn'), '-')
})
