// Source names in their fullest form (GUIDE 4), read from the blind read
// sets' misses: middle initials, post credits, people sharing a surname,
// titles and sentence openers that are no part of a name. Made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { PersonNames, shortFormOf } from '../../shared/attribution/name-forms.ts'

test('a name without the middle initial the article gives elsewhere takes the fullest form', () => {
  const text = 'Donald Trump said the new wall would be built by spring.\n\nThe plan was old, Trump said.\n\n' +
    'Senator Ray Olsen J. Dunmore said the costs were unknown.\n\nThe plan is a waste, wrote Donald J. Trump in a letter.'
  assert.equal(who(text, 'the new wall'), 'Donald J. Trump')
  assert.equal(who(text, 'The plan was old'), 'Donald J. Trump')
  assert.ok(shortFormOf('Donald Trump', 'Donald J Trump'))
  assert.ok(!shortFormOf('Hori Parata', 'Te Kaurinui Robert Parata'))
})

test("an embedded post's credit line names its author in full", () => {
  const text = 'Donald Trump said the new wall would be built by spring.\n\nWe will win again!\n\n— Donald J. Trump (@realDonaldTrump) September 30, 2014'
  assert.equal(who(text, 'the new wall'), 'Donald J. Trump')
})

test('two people sharing a surname: the bare surname is the one named first', () => {
  const text = 'Tane Moana has tended the beach for fifty years.\n\n“The sea is angry,” says Moana.\n\n' +
    'His son, Rewi Peter Moana, joined him last year. “We listen first,” says Rewi.\n\n“Nobody asked us,” says Moana.'
  assert.equal(who(text, 'The sea is angry'), 'Tane Moana')
  assert.equal(who(text, 'We listen first'), 'Rewi Peter Moana')
  assert.equal(who(text, 'Nobody asked us'), 'Tane Moana')
  const people = new PersonNames()
  for (const name of ['Tane Moana', 'Rewi Peter Moana', 'Tane H. Moana']) people.learn(name)
  assert.equal(people.fullest('Moana'), 'Tane H. Moana')
  assert.equal(people.fullest('Rewi'), 'Rewi Peter Moana')
})
