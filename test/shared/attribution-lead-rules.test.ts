// Rules the lead added while merging (session 11), each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a country that reports figures after a dateline is a state, never an outlet that relays', () => {
  const text = 'OTTAWA, March 3 (Xinhua) -- The United States reported 9,000 new cases on Tuesday, the health agency said on Wednesday. ' +
    'The figure set a new record, according to agency data.'
  assert.equal(who(text, '9,000 new cases'), 'health agency')
  assert.equal(who(text, 'set a new record'), 'agency data')
  // A masthead written with "The" after a dateline still relays.
  const paper = 'OTTAWA, March 3 (Xinhua) -- The Ottawa Clarion reported, citing police, that two men were held.'
  assert.equal(who(paper, 'two men were held'), 'police via Ottawa Clarion')
})

test('a name the tagger reads as a verb ("Ward", "Will", "Rose") is the speaker after an inverted tag', () => {
  const text = 'Tom Ward, an analyst at Niko Partners, follows the market. "They need more games," says Ward. "Prices will fall," added Rose Hill.'
  assert.equal(who(text, 'need more games'), 'Tom Ward')
  assert.equal(who(text, 'Prices will fall'), 'Rose Hill')
  // Not before its words: a verb and a capitalised word that start a clause are no tag.
  assert.equal(who('Officials met on Monday. Will the plan work?', 'plan work'), '-')
})

test('"said, via the Los Angeles Times": an outlet named in an aside after the cue relays the words', () => {
  const text = 'Coach Dan Reyes spoke after the loss. “We wanted everything in front of us,” Reyes said, via the Los Angeles Times. “We needed this game.”'
  assert.equal(who(text, 'everything in front of us'), 'Dan Reyes via Los Angeles Times')
  assert.equal(who(text, 'needed this game'), 'Dan Reyes via Los Angeles Times')
  // A platform is no outlet: "said via Twitter" relays nothing.
  assert.equal(who('Coach Dan Reyes spoke. The deal is off, Reyes said via Twitter.', 'deal is off'), 'Dan Reyes')
})
