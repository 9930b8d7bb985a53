// Cues in the same sentence as their content (issue 12, recall): cue shapes
// and speakers the engine missed on real news, each shown on made-up
// sentences, with the unattributed shapes next to them kept unattributed.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('an inverted verb names a speaker written in lower case: a title before a name, unnamed people closing the sentence', () => {
  assert.equal(who('“We are looking into it,” said chief inspector Dana Whitfield of the county police.', 'looking into'), 'Dana Whitfield')
  assert.equal(who('The delay is puzzling for several reasons, noted experts.', 'puzzling'), 'experts (anonymous)')
  // ("..., said the plan": no speaker; a lower-case noun that is no source is none.)
  assert.equal(who('Prices kept rising in May, said reports of shortages in the north.', 'kept rising'), '-')
})

test('a surname the tagger reads as a verb still closes the name after an inverted verb', () => {
  assert.equal(who('“There are real concerns here,” said Jennifer Cook, policy director for the Civic Rights Union.', 'real concerns'), 'Jennifer Cook')
})

test('adverbs between the subject and its verb are passed over', () => {
  assert.equal(who('Varga more recently has said he has an open mind about the fund.', 'open mind'), 'Varga')
})

test('an appositive may open with an owner of several words', () => {
  assert.equal(who("Steve Wynn, Donald Trump's longtime friend, reportedly pledged to bring a singer to the gala.", 'to bring'), 'Steve Wynn')
})
