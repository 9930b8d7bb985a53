// A headline that opens with the lede's speaker and says what the lede has
// him say is his (session 27, headline-ledes.ts), on made-up stories, with
// near misses: a headline about an act, a name that is not the lede's
// source, a headline that shares nothing with the lede, an apostrophe.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const LSK = 'KBA calls out police chief after remarks on detentions\n\n' +
  'The Kenya Bar Association (KBA) has called out the police chief over his remarks on detentions, saying he failed the public.'

test('a headline opening with the lede speaker\'s initials and a stance verb is the speaker\'s', () => {
  assert.equal(who(LSK, 'KBA calls out'), 'Kenya Bar Association')
})

test('a headline opening with the surname and a quoted word the lede says is the person\'s', () => {
  const text = 'Fed\'s Mallory wants more evidence prices are cooling\n\n' +
    'Federal Reserve Governor Anne Mallory said on Wednesday she wants more evidence that prices are cooling before any cut.'
  assert.equal(who(text, 'wants more evidence prices'), 'Anne Mallory')
  const quoted = 'Yard \u2018regrets\u2019 arrest of six protesters\n\nScotland Yard said it regrets that six protesters arrested on Saturday missed the parade.'
  assert.equal(who(quoted, 'arrest of six'), 'Scotland Yard')
})

test('near misses: an act, not a stance; another name; nothing shared with the lede; a possessive apostrophe', () => {
  const act = 'KBA to open new offices in Mombasa\n\nThe Kenya Bar Association (KBA) said it would open offices in Mombasa next year.'
  assert.equal(who(act, 'KBA to open'), '-')
  const other = 'Police chief calls out KBA after remarks on detentions\n\n' +
    'The Kenya Bar Association (KBA) has called out the police chief over his remarks on detentions.'
  assert.equal(who(other, 'Police chief calls out'), '-')
  const unrelated = 'KBA calls for calm\n\nThe Kenya Bar Association (KBA) said judges had been paid late this year.'
  assert.equal(who(unrelated, 'KBA calls for calm'), '-')
  const apostrophe = 'Nidor shares slide after motor maker\'s accounting woes deepen\n\nNidor said its auditor had found accounting woes at a motor unit.'
  assert.equal(who(apostrophe, 'Nidor shares slide'), '-')
})

test('a stance after a comma in a headline opening with the lede speaker\'s name is the speaker\'s', () => {
  const text = 'Harbour Board tempers hopes for port talks, says it awaits Dorvia\'s reply\n\n' +
    'The Harbour Board said on Tuesday it was too early to expect a breakthrough in the port talks.'
  assert.equal(who(text, 'tempers hopes'), 'Harbour Board')
  const act = 'Harbour Board closes port for talks, opens new road\n\nThe Harbour Board said on Tuesday the port talks would go on.'
  assert.equal(who(act, 'closes port'), '-')
})
