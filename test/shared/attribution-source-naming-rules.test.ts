// Naming the right person or body (session 12, E3): surnames with particles
// as a sentence opens them, appositive names with particles, and "the
// company" for a one-word firm that spoke (GUIDE 4), each with a near miss.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a surname with particles opening a sentence ("Van der Berg said") is the full name met before', () => {
  const text = 'Jan van der Berg, chairman of the shippers\' group, said the strike was illegal.\n\nVan der Berg said employers could not pay more.'
  assert.equal(who(text, 'could not pay'), 'Jan van der Berg')
  // Near miss: a given name that looks like a particle leads no short form of another person.
  assert.equal(who('Van Morrison said the tour would go on.', 'tour would go on'), 'Van Morrison')
})

test('an appositive name with a particle after a role is the speaker, and the role noun later is that person', () => {
  const text = 'Union chief Niek Stam said the talks had failed. A spokeswoman for the union, Anna de Vries, said members would vote on Friday. The spokeswoman said turnout would be high.'
  assert.equal(who(text, 'members would vote'), 'Anna de Vries')
  assert.equal(who(text, 'turnout would be high'), 'Anna de Vries')
})

test('"the company" after a one-word firm that spoke is the firm, not a public body that spoke before it', () => {
  const text = 'The port authority said 40 ships were waiting.\n\nMaersk said it had rerouted three vessels. The company said it expected delays of up to a week.'
  assert.equal(who(text, 'delays of up to a week'), 'Maersk')
  // Near miss: a place merely named did not speak and stays no company.
  const place = 'Acme Shipping said 40 ships were waiting off Brindholm.\n\nThe company said it expected delays of up to a week.'
  assert.equal(who(place, 'expected delays'), 'Acme Shipping')
})
