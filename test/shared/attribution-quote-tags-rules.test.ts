// A quotation's tag names its speaker by its shape, whatever the verb
// (shared/attribution/quote-tags.ts): '"...," she shared.', '"...,"
// countered Berg.', 'Berg countered: "..."'. Made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a quotation closed by a comma and tagged with a pronoun and any verb is the person\'s, and so is its continuation', () => {
  const text = 'Jane Doe spoke about her early films on Monday. “I was such a kid,” she shared. “I was 22 when we met. I did not know what I was doing.” The studio declined to comment.'
  assert.equal(who(text, 'such a kid'), 'Jane Doe')
  assert.equal(who(text, 'I was 22'), 'Jane Doe')
  assert.equal(who(text, 'did not know what'), 'Jane Doe')
})

test('a tag of a name and a verb with its particle names the speaker', () => {
  const text = 'The debate grew heated. "Not at all," Maria Lopez fired back. "The plan was never costed."'
  assert.equal(who(text, 'Not at all'), 'Maria Lopez')
  assert.equal(who(text, 'never costed'), 'Maria Lopez')
})

test('a person\'s clause ending in a colon opens a quotation that is theirs', () => {
  const text = 'The vigil went on into the night. Tom Perry countered: "If they had looked again, we would not be here. Nobody listened."'
  assert.equal(who(text, 'looked again'), 'Tom Perry')
  assert.equal(who(text, 'Nobody listened'), 'Tom Perry')
})

test('a colon before a quotation after a thing, or a tag that is no person, names no speaker', () => {
  assert.equal(who('The sign on the door read: "Closed until Monday."', 'Closed until'), '-')
  assert.equal(who('Crowds gathered at the gate. "Open up," the banner demanded.', 'Open up'), '-')
})

test('"in." before a quotation ends the sentence, so the tag is read', () => {
  const text = 'The crowd grew louder. "Not at all," Maria Lopez chimed in. "They never asked us."'
  assert.equal(who(text, 'Not at all'), 'Maria Lopez')
})
