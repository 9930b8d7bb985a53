// Cues the engine missed on real news (issue 12, recall): a speaker hidden
// from its verb by a party tag or a phrase of time, and "called X a Y", each
// shown on made-up sentences next to the shapes that must stay unattributed.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a lawmaker\'s party tag in commas does not hide the speaker: "Sen. Ana Berg, R-Ohio, said"', () => {
  assert.equal(who('Sen. Ana Berg, R-Ohio, said the closure is a symptom of deeper problems.', 'symptom'), 'Ana Berg')
  assert.equal(who('Rep. Omar Haddad, D-Minn., called the vote "a betrayal of the town."', 'betrayal'), 'Omar Haddad')
})

test('a short phrase of time or occasion between the speaker and the verb is passed over', () => {
  assert.equal(who('Ruth Okoro at the time called the jet "a monument to waste."', 'monument'), 'Ruth Okoro')
  // (A place in the subject is no gap: "the schools in the district" say nothing.)
  assert.equal(who('The schools in the district reported to their posts.', 'posts'), '-')
})

test('"called X a Y" names a thing like "branded"; "called the police a day later" does not', () => {
  assert.equal(who('The Finance Ministry called the audit a sham.', 'audit a sham'), 'Finance Ministry')
  assert.equal(who('Harbor Capital had called the court decision on the port a landmark judgment.', 'landmark'), 'Harbor Capital')
  assert.equal(who('Neighbours called the police a day later.', 'police'), '-')
  assert.equal(who('Neighbours called a meeting on Friday.', 'meeting'), '-')
})

test('a state of mind followed by a clause without its "that" is a stance: "is concerned the laws would ..."', () => {
  assert.equal(who('The Press Council is concerned the new laws would crush local reporting.', 'crush'), 'Press Council')
  assert.equal(who('Mayor Ruth Okoro is adamant the budget must be cut.', 'budget must'), 'Ruth Okoro')
  // (No clause, no stance.)
  assert.equal(who('Mayor Ruth Okoro was concerned the whole time.', 'whole time'), '-')
})

test('a colon list goes on through a line that has its own cue for the same speaker', () => {
  const text = 'In a long interview, Mayor Ruth Okoro also said:\n\nThe port must stay open all winter\n\nShe is confident the budget will pass the council\n\nThe bridge needs a new deck before spring\n\nRead the full interview'
  assert.equal(who(text, 'port must stay'), 'Ruth Okoro')
  assert.equal(who(text, 'budget will pass'), 'Ruth Okoro')
  assert.equal(who(text, 'bridge needs'), 'Ruth Okoro')
  assert.equal(who(text, 'full interview'), '-')
})
