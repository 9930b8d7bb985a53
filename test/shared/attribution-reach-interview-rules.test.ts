// Reach across sentences and interview frames (session 10): who speaks in
// first-person pieces, transcripts and quotations that run on without a
// cue, each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('an unquoted "I" is the writer, not the last speaker a pronoun would reach', () => {
  const text = 'The actor Dana Brook, who starred in the hit, said the sequel is ready. "It is done," Brook said.\n\n' +
    'Brook laughs when I tell her this. Certainly there are critics, but I hope the sequel does well.'
  assert.equal(who(text, 'Brook laughs'), '-')
  assert.equal(who(text, 'the sequel does well'), '-')
  // (Inside quotation marks "I" is the speaker's.)
  assert.equal(who('"I think it is done," Brook said. "I told them so."', 'I told them so'), 'Brook')
})

test('a write-up led in by a paragraph that itself speaks as "we" is the first-person writer\'s', () => {
  const text = 'At Acme, we first saw the need for a real conversation in 2009.\n\n' +
    'In the past we would have answered in a corporate voice, but our chief executive chose another way. He wrote a reply in the comments.\n\n' +
    'Social media has since become a way for us to serve customers better. We started on Twitter in 2010.\n\n' +
    'We learned five lessons along the way.'
  assert.equal(who(text, 'Social media has since'), '-')
  assert.equal(who(text, 'We learned five lessons'), '-')
})
