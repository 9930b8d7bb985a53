// How far cues reach across sentences and paragraphs (GUIDE 3) and how relays
// pass on (GUIDE 5 and 6), in shapes real news writes. Made-up sentences,
// not fixture text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a quotation paragraph keeps the speaker before a photo caption or a promotion line', () => {
  const text = 'Ferry crews walked out on Monday.\n\n"Nobody listens to us," says Aron Vik, a deckhand of 30 years.\n\n' +
    'Aron Vik on the quay at Molde, where he was born\n\n"We are tired. We want to be heard."\n\n' +
    'Vik said the union would meet again.\n\nStrikers gathered at the port (Image: Getty)\n\nREAD MORE: Ferry strike spreads north\n\n"It is our last chance."'
  assert.equal(who(text, 'We are tired'), 'Aron Vik')
  assert.equal(who(text, 'We want to be heard'), 'Aron Vik')
  assert.equal(who(text, 'It is our last chance'), 'Aron Vik')
  assert.equal(who(text, 'Aron Vik on the quay'), '-')
  assert.equal(who(text, 'Strikers gathered'), '-')
})

test('a caption does not carry a quotation past the writer\'s own paragraph', () => {
  const text = '"Nobody listens to us," says Aron Vik, a deckhand.\n\nThe ferry line was sold in May.\n\n' +
    'The quay at Molde at dawn\n\n"Closed for repairs until further notice."'
  assert.equal(who(text, 'Closed for repairs'), '-')
})
