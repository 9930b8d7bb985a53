// Rules of session 25 (h-f27g), wire, state media and business news: an
// owner's possessive before a colon headline's speaker, and an unnamed
// source held by a body that has an appositive. Each on made-up text with a
// near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"Bank\'s Surname: ..." headline: the owner places the speaker; the speaker is the person in full', () => {
  const story = 'NCB’s Kessel: Every Figure Points Toward a Cut\n\n' +
    'Northern Central Bank President Miriam Kessel said on Thursday that every figure of the past weeks pointed toward a cut.'
  assert.equal(who(story, 'Every Figure Points'), 'Miriam Kessel')
  // (Near miss: a name that is the speaker as written stays whole.)
  const plain = story.replace('NCB’s Kessel:', 'Miriam Kessel:')
  assert.equal(who(plain, 'Every Figure Points'), 'Miriam Kessel')
})

test('"A source from Vantor, a rebel faction ..., told" then "the same source": the unnamed source, not the body in apposition', () => {
  const story = 'Truce near\n\nA Corra source told Reuters on Monday that the group had agreed to the plan.\n\n' +
    'A source from Vantor, a rebel faction that has fought beside the militia in the north, told Reuters the deal was close.\n\n' +
    'According to the same source, the captives would be freed in a second phase.'
  assert.equal(who(story, 'the deal was close'), 'Vantor source (anonymous) via Reuters')
  assert.equal(who(story, 'captives would be freed'), 'Vantor source (anonymous) via Reuters')
  // (Near miss: a named person before the appositive is still the speaker.)
  const named = story.replace('A source from Vantor, a rebel faction', 'Omar Kessel, a commander of a rebel faction')
  assert.equal(who(named, 'the deal was close'), 'Omar Kessel via Reuters')
})

test('"a speech delivered in Ostrava ... While he said": a lone word written only after "in" is a place, no "he"', () => {
  const story = 'Bank head wants more data\n\n' +
    'Northern Reserve Bank Governor Miriam Kessel said Thursday she will need more data before any cut.\n\n' +
    'In a policy speech delivered in Ostrava that ends with a question, the central bank official said prices rose faster than hoped.\n\n' +
    'While she said she still expects cuts this year, Kessel said she sees upside risks.'
  assert.equal(who(story, 'expects cuts this year'), 'Miriam Kessel')
  // (Near miss: a lone name that is a sentence's subject is still whom "he" takes up.)
  assert.equal(who('Talks went on.\n\nOlsson, the chairman, spoke in Ostrava on Tuesday.\n\nHe said that the drills were dangerous.', 'drills were dangerous'), 'Olsson')
})
