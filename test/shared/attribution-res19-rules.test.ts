// Resolution (session 19, h-res): who a pronoun, role noun or speaker phrase stands for,
// shapes of real news where it named the wrong party, each with a near miss
// it must leave alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"he" is not a person its own sentence names after it (pronoun-binding.ts)', () => {
  const text = 'Peter Lund of Oslo University reviewed the study.\n\n"It is careful work," said Mark Hale, its lead author.\n\nYet he says Hale\'s sample is small.'
  assert.equal(who(text, 'sample is small'), 'Peter Lund')
  // Near miss: with no name after it, "he" is the one who spoke last.
  assert.equal(who(text.replace("Hale's sample", 'his sample'), 'sample is small'), 'Mark Hale')
})

test('a bare surname near a word of kin may be the speaker\'s family, so it binds no one', () => {
  const kin = 'Jane Cole interviewed Anna Reed for the paper.\n\n"We are proud," Anna Reed said.\n\nShe said her husband was tired.\n\nShe said Reed is a calm father who never shouts.'
  assert.equal(who(kin, 'calm father'), 'Anna Reed')
  // Near miss: no kin in sight, "she" cannot be the Reed she speaks of.
  const none = 'Jane Cole interviewed Anna Reed for the paper.\n\n"We are proud," Anna Reed said.\n\nShe said Reed is calm and never shouts.'
  assert.equal(who(none, 'calm and'), 'Jane Cole')
})

test('"it" opening a relative clause is the body its sentence opens with (clause-it.ts)', () => {
  const text = 'Officials in Osaka said the rules would stay.\n\nThe European Commission has asked the World Trade Organisation to investigate Japanese tariffs, which it says are unfair.'
  assert.equal(who(text, 'are unfair'), 'European Commission')
  // Near miss: a person opens the sentence, so "it" is left to the body heard before.
  const person = 'The European Commission said the tariffs were unfair.\n\nTrade minister Kenji Sato has asked the World Trade Organisation to study the tariffs, which it says are fair.'
  assert.equal(who(person, 'are fair'), 'European Commission')
})

test('a person the chain of "of", "at" and "in" hangs from speaks, not the body nearest the verb (chain-persons.ts)', () => {
  const text = 'WASHINGTON, April 7 - Farmers fear the new rules.\n\nChuck Fields of the American Farm Bureau Federation said livestock producers were desperate.'
  assert.equal(who(text, 'livestock'), 'Chuck Fields')
  const place = '"The effects will not be small," Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said.'
  assert.equal(who(place, 'effects'), 'Wray Grimaldi')
  // Near miss: a person governed by a preposition is spoken of, not speaking ("a lawyer for Chuck Fields").
  assert.notEqual(who(text.replace('Chuck Fields of', 'A lawyer for Chuck Fields of'), 'livestock'), 'Chuck Fields')
})
