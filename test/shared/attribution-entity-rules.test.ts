// Which entity a pronoun stands for (session 16, h-entity): shapes of real
// news where "he", "she" or "it" went to another party than the one the
// text means, each with a near miss it must leave alone, on made-up text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { subjectLast } from '../../shared/attribution/subject-salience.ts'

test('a person the sentence opens with after a setting is who "he" carries on, over a party heard before', () => {
  const text = 'The Greens said the plan was a breach of trust. ' +
    'In the Assembly, Labour frontbencher Martin Oakes MP demanded an immediate statement on the leak.\n\n' +
    'Raising a point of order, he said it was "the latest in a long line of discourtesies".'
  assert.equal(who(text, 'the latest in a long line'), 'Martin Oakes')
  // Near miss: the same setting with no person after it leaves "he" to the one who spoke.
  const none = 'Councillor Peter Vance said the plan was a breach of trust. ' +
    'In the Assembly, the opposition demanded an immediate statement on the leak.\n\n' +
    'Raising a point of order, he said it was "the latest in a long line of discourtesies".'
  assert.equal(who(none, 'the latest in a long line'), 'Peter Vance')
})

test('a surname at the head of a sentence the article gives in full moves last, as the one a later "she" means', () => {
  const sentence = 'Whitlock, who is the sister of a party chair, campaigned on the issue and called Marsh\'s about-face "heartbreaking."'
  const names = [{ name: 'Whitlock', titles: [] }, { name: 'Marsh', titles: [] }] as unknown as Parameters<typeof subjectLast>[0]
  const full = (n: string) => (n === 'Whitlock' ? 'Dana Whitlock' : n === 'Marsh' ? 'Helen Marsh' : null)
  assert.deepEqual(subjectLast(names, sentence, full).map((n) => n.name), ['Marsh', 'Whitlock'])
  // Near miss: a surname the article never gives in full stays where it is (one word may be a team or a crowd).
  const short = (n: string) => (n === 'Marsh' ? 'Helen Marsh' : n === 'Whitlock' ? 'Whitlock' : null)
  assert.deepEqual(subjectLast(names, sentence, short).map((n) => n.name), ['Whitlock', 'Marsh'])
})

test('"it" carries on the body the sentence before was about, over a body heard speaking earlier', () => {
  const text = 'Nordex Corp said it had done nothing wrong and that it only listed the goods. ' +
    'The Appellate Court did not agree with the retailer. It noted that the goods had been stored in a Nordex Corp warehouse.'
  assert.equal(who(text, 'the goods had been stored'), 'Appellate Court')
  // Near miss: a body merely placed in a clause, not the subject, leaves "it" to the one that spoke.
  const placed = 'Nordex Corp said it had done nothing wrong and that it only listed the goods. ' +
    'The case went before the Appellate Court last year. It noted that the goods had been stored in a Nordex Corp warehouse.'
  assert.equal(who(placed, 'the goods had been stored'), 'Nordex Corp')
})

test('an unnamed source the sentence before was about is who "he" means, across a paragraph when it took the floor', () => {
  const text = '"The deal was never going to pass," said Paul Grady of Halden Securities.\n\n' +
    'A spokesman for Nordex Corp declined to elaborate on the company\'s release.\n\n' +
    'He said only that the company was reviewing a number of alternatives for the unit.'
  assert.equal(who(text, 'reviewing a number'), 'Nordex Corp spokesman (anonymous)')
  // Near miss: one merely placed in the paragraph before ("was not available") leaves "he" to the last speaker.
  const placed = text.replace('declined to elaborate on the company\'s release', 'was not available on Monday')
  assert.equal(who(placed, 'reviewing a number'), 'Paul Grady')
})

test('an unnamed group the sentence before was about is who "they" means; a place as subject is not', () => {
  const text = 'Analysts said the results were encouraging. ' +
    'However, Vantor officials declined to comment on the analysts\' estimates. ' +
    'They said that without further drilling they would not disclose any reserve figures.'
  assert.equal(who(text, 'without further drilling'), 'Vantor officials (anonymous)')
  // Near miss: a state the sentence is about ("Washington would like") is not "they": the sources heard before are.
  const state = 'The United States will press its partners this week, the sources said.\n\n' +
    'Washington would like its economic partners to set specific policy goals. ' +
    'Sharp deviations from the goals would trigger consultations, they added.'
  assert.equal(who(state, 'Sharp deviations'), 'sources (anonymous)')
})

test('"the company" follows the firm the sentence before was about, as "it" does', () => {
  const text = 'Halden Corp said it would bid for the contract. As of October, Nordex Corp had a fleet of 270 aircraft. ' +
    'The company said it would order 50 more jets on Monday.'
  assert.equal(who(text, 'order 50 more jets'), 'Nordex Corp')
  // Near miss: a firm merely named in a clause leaves "the company" to the one that spoke.
  const named = text.replace('As of October, Nordex Corp had a fleet of 270 aircraft.', 'As of October, the fleet of 270 aircraft belonged to Nordex Corp.')
  assert.equal(who(named, 'order 50 more jets'), 'Halden Corp')
})

test('a passive with its agent inside what a speaker after an opener said is no outer cue: the speaker is the source', () => {
  const text = 'Two aides testified on Tuesday.\n\nIn his testimony on Tuesday morning, Vance said he was told by former adviser John Boland to go straight to the legal counsel.'
  assert.equal(who(text, 'go straight to the legal counsel'), 'Vance')
  // Near miss: a passive with no speaker framing it is left as it was ("was criticised by" ends the sentence as its cue).
  const bare = 'Two aides testified on Tuesday.\n\nIn his testimony on Tuesday morning, the plan was criticised by former adviser John Boland as reckless.'
  assert.equal(who(bare, 'the plan was criticised'), 'John Boland')
})

test('a role noun the article set in apposition to a name is that person when the role speaks ("the suspect said")', () => {
  const text = 'A girl was rescued from a hotel room.\n\nThe suspect, Michael Webb, was convicted and sentenced to life in prison last Thursday.\n\n' +
    'Officers found the room.\n\nThe suspect said he needed to get dressed.'
  assert.equal(who(text, 'needed to get dressed'), 'Michael Webb')
  // Near miss: a name in apposition to someone else's role ("The suspect's lawyer, Michael Webb,") is not the suspect.
  const lawyer = text.replace('The suspect, Michael Webb, was convicted and sentenced to life in prison', 'The suspect\'s lawyer, Michael Webb, was in court')
  assert.equal(who(lawyer, 'needed to get dressed'), 'suspect (anonymous)')
})
