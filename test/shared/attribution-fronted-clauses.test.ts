// A pronoun in a clause put before the main one gives way to the main
// clause's named speaker (fronted-clauses.ts), on made-up stories, with near
// misses: no named speaker after the comma, a pronoun that opens the sentence.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const BEFORE = 'Talks stall\n\nThe Varnian Council said on Monday it was waiting for a reply.\n\n'

test('"Though it has dismissed ..., Dorvia said": the main clause\'s speaker, not the pronoun\'s last antecedent', () => {
  const text = BEFORE + 'Though it has dismissed such demands before, the Dorvian Foreign Ministry said it would study the proposals.'
  assert.equal(who(text, 'would study the proposals'), 'Dorvian Foreign Ministry')
})

test('near misses: a pronoun with no named speaker after the comma, and a pronoun opening the main clause, keep their antecedent', () => {
  const alone = BEFORE + 'Though it has dismissed such demands before, it said it would study the proposals.'
  assert.equal(who(alone, 'would study the proposals'), 'Varnian Council')
  const main = BEFORE + 'It said it would study the proposals, though the Dorvian Foreign Ministry has dismissed them.'
  assert.equal(who(main, 'would study the proposals'), 'Varnian Council')
})

test('an adverb in quotation marks of its own between subject and verb is passed over: "Ivo Tam “strongly” condemned"', () => {
  assert.equal(who('Kelso news\n\nOn Thursday, Ivo Tam \u201cstrongly\u201d condemned the launch, saying it was a threat to peace.', 'threat to peace'), 'Ivo Tam')
  // (A quotation before the verb that is no adverb is no such mark: the words are someone's.)
  assert.equal(who('Kelso news\n\n\u201cWe will stay,\u201d the residents of Kelso said on Monday.', 'We will stay'), 'residents (anonymous)')
})
