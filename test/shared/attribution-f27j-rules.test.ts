// Rules of session 25 (h-f27j), missed attributions: stance verbs the
// engine did not know — "considers that" (a view with its content),
// "chastised" (criticism, as "castigated"), "defined X as" (a reading given
// with "as"). Each on made-up text with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"X considers that ...": a view with its content is attributed to X', () => {
  const story = 'Dam talks\n\nMinister Pavel Orlin considers that it is pointless to build the dam without the neighbours.'
  assert.equal(who(story, 'pointless to build'), 'Pavel Orlin')
  // (Near miss: considering a thing weighs it; no content is given.)
  const weigh = 'Dam talks\n\nMinister Pavel Orlin considers the plan for a new dam on the river.'
  assert.equal(who(weigh, 'plan for a new dam'), '-')
})

test('"X chastised Y for ...": criticism is a stance of X', () => {
  const story = 'Union row\n\nThe Varnia Dockworkers Union has chastised the mayor for moving the port budget to roads.'
  assert.equal(who(story, 'moving the port budget'), 'Varnia Dockworkers Union')
})

test('"X defined Y as ...": a reading given with "as" is X\'s stance', () => {
  const story = 'Border policy\n\nAt a party meeting, General Tomas Adler defined relations with Varnia as those between two hostile states.'
  assert.equal(who(story, 'two hostile states'), 'Tomas Adler')
  // (Near miss: without "as", defining a border is an act.)
  const act = 'Border policy\n\nAt a party meeting, General Tomas Adler defined the border with Varnia in a new decree.'
  assert.equal(who(act, 'border with Varnia'), '-')
})
