// Who a source is (session 15, h-who): the right entity for a pronoun, a
// role noun or a verb whose subject sits before an aside; each rule on
// made-up sentences beside a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a verb after the aside that follows the opening name is that name\'s; the phrase after it begins the content', () => {
  const text = 'Ports\n\nHarbour Commissioner Lena Okafor, in remarks unrelated to the strike, said the port would stay open.\n\n' +
    'State Rep. Tom Barrow (D-Elm), for example, said Carver "has never listened."\n\n' +
    'Mark Ellis, defending, said Hartwell had a clean record.'
  assert.equal(who(text, 'stay open'), 'Lena Okafor')
  assert.equal(who(text, 'never listened'), 'Tom Barrow')
  assert.equal(who(text, 'clean record'), 'Mark Ellis')
})

test('content opened by names before the comma keeps the verb inverted', () => {
  const text = 'Talks\n\nRussia, Iran and Syria agreed on a ceasefire, said Sergei Lavrov.\n\n' +
    '"We will win," said Dana Smith.\n\n' +
    'WASHINGTON, March 31 - The White House, in a statement, said the talks had failed.'
  assert.equal(who(text, 'agreed on a ceasefire'), 'Sergei Lavrov')
  assert.equal(who(text, 'We will win'), 'Dana Smith')
  assert.equal(who(text, 'talks had failed'), 'White House')
})
