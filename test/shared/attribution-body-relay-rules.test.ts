// Bodies, documents and relays (session 10, E4): general causes of
// wrong-source and relay misses read from read10, each shown on made-up
// sentences that fail without its rule.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a new statement ends the relay of the one before: "the statement" after "in a statement on its website" is not via the outlet that obtained the first', () => {
  const text = 'Nordwave Records issued a statement on Monday.\n\n' +
    'The statement, which was obtained by Variety, claimed that both sides had come to terms.\n\n' +
    'The singer said on Thursday that the label had blocked her show.\n\n' +
    'The company denied the allegations in a statement posted to its website.\n\n' +
    '"We were shocked to see her posts yesterday," the statement read. "We never blocked any show."'
  assert.equal(who(text, 'both sides had come'), 'Nordwave Records statement via Variety')
  assert.equal(who(text, 'We were shocked'), 'Nordwave Records statement')
  assert.equal(who(text, 'We never blocked'), 'Nordwave Records statement')
  // The statement named again with its relay keeps it.
  const again = 'Nordwave Records issued a statement on Monday.\n\n' +
    'The statement, which was obtained by Reuters, said the plant would reopen on Friday.\n\n' +
    'The company repeated in a statement obtained by Reuters that the talks would resume.\n\n' +
    'The statement said the talks would be held in Geneva.'
  assert.equal(who(again, 'held in Geneva'), 'Nordwave Records statement via Reuters')
})
