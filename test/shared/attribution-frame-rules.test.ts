// Texts reproduced after a frame (session 18, h-frame): the frame's
// grammatical subject speaks every paragraph after its colon (the README's
// convention). Each shape with a near miss it must leave alone, on made-up
// sentences in the manner of state media.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const ISSUED = 'Press Statement of Party Official\n\n' +
  'Pyongyang, May 7 (KCNA) -- Ri Song Ok, vice department director of the Central Committee of the Workers\' Party, issued the following press statement on Tuesday:\n\n' +
  'The puppets are making a fuss again over nothing.\n\n' +
  'Their military chief claimed that our drill was a threat. It was a routine drill.\n\n' +
  'I would like to remind them of the consequences. -0-'

test('"X issued the following press statement on Tuesday:" makes X the speaker of every paragraph after it', () => {
  assert.equal(who(ISSUED, 'making a fuss'), 'Ri Song Ok')
  assert.equal(who(ISSUED, 'remind them of the consequences'), 'Ri Song Ok')
  // A speaker the statement quotes inside is still the statement's issuer's (GUIDE 4: the outermost speaker).
  assert.equal(who(ISSUED, 'our drill was a threat'), 'Ri Song Ok')
  // The frame only announces the text: it carries nothing of its own.
  assert.equal(who(ISSUED, 'issued the following press statement'), '-')
  // Without "the following" and the colon, the paragraphs after are the writer's.
  const plain = ISSUED.replace('issued the following press statement on Tuesday:', 'issued a press statement on Tuesday.')
  assert.equal(who(plain, 'making a fuss'), '-')
})

test('an unnamed spokesman of a named body who released the following text is that body\'s spokesman', () => {
  const text = 'Pyongyang, May 5 (KCNA) -- A spokesman for the Ministry of Fisheries of the DPRK released the following press statement on Sunday:\n\n' +
    'The foreign trawlers have again entered our waters.\n\n' +
    'This is a grave provocation. -0-'
  assert.equal(who(text, 'trawlers have again'), 'Ministry of Fisheries of the DPRK spokesman (anonymous)')
  assert.equal(who(text, 'grave provocation'), 'Ministry of Fisheries of the DPRK spokesman (anonymous)')
  // "the following" that no colon closes announces nothing.
  const week = text.replace('released the following press statement on Sunday:', 'visited the following week.')
  assert.equal(who(week, 'grave provocation'), '-')
})

test('"The spokesperson for X answered the following question raised by KCNA:" speaks the question and the answer', () => {
  const text = 'Pyongyang, May 10 (KCNA) -- The spokesperson for the DPRK Fisheries Ministry answered the following question raised by KCNA on Friday:\n\n' +
    'Question: Recently the neighbour announced new quotas. What is your view?\n\n' +
    'Answer: The quotas are a hostile act. We will never accept them. -0-'
  assert.equal(who(text, 'announced new quotas'), 'DPRK Fisheries Ministry spokesperson (anonymous)')
  assert.equal(who(text, 'never accept them'), 'DPRK Fisheries Ministry spokesperson (anonymous)')
})

test('"The following is the press statement of X, titled ...:" is X\'s statement, the text itself being the subject', () => {
  const text = 'Pyongyang, May 8 (KCNA) -- The following is the press statement of Ri Song Ok, vice department director of the Central Committee, titled "Stop the noise":\n\n' +
    'The puppets are making a fuss again.\n\n' +
    'They are, indeed, weird ones. -0-'
  assert.equal(who(text, 'making a fuss'), 'Ri Song Ok press statement')
  assert.equal(who(text, 'weird ones'), 'Ri Song Ok press statement')
  // "The following week" opens no text.
  const week = 'Pyongyang, May 8 (KCNA) -- The following week is a holiday for the workers of the region:\n\nThe puppets are making a fuss again.'
  assert.equal(who(week, 'making a fuss'), '-')
})

test('"The following is the full text:" is the text the article announced before', () => {
  const text = 'Pyongyang, May 13 (KCNA) -- A joint communique was issued on the talks between the two delegations.\n\n' +
    'The following is the full text:\n\n' +
    'The two sides held talks in a friendly atmosphere.\n\n' +
    'They agreed to expand cooperation. -0-'
  assert.equal(who(text, 'friendly atmosphere'), 'joint communique')
  assert.equal(who(text, 'expand cooperation'), 'joint communique')
  assert.equal(who(text, 'The following is the full text'), '-')
})

test('"The statement reads:" names the statement after the whole body that issued it, "of the DPRK" and all', () => {
  const text = 'Pyongyang, May 11 (KCNA) -- The Ministry of Fisheries of the DPRK issued a statement on Saturday.\n\n' +
    'The statement reads:\n\n' +
    'The trawlers are reckless.\n\n' +
    'We will respond strongly. -0-'
  assert.equal(who(text, 'trawlers are reckless'), 'Ministry of Fisheries of the DPRK statement')
  assert.equal(who(text, 'respond strongly'), 'Ministry of Fisheries of the DPRK statement')
})

test('"says in an editorial, and goes on:" runs the paper over the paragraphs after; the frame only announces', () => {
  const text = 'Pyongyang, May 14 (KCNA) -- Rodong Sinmun says in an editorial, and goes on:\n\n' +
    'The people have achieved great successes.\n\n' +
    'All should work harder. -0-'
  assert.equal(who(text, 'great successes'), 'Rodong Sinmun')
  assert.equal(who(text, 'work harder'), 'Rodong Sinmun')
  assert.equal(who(text, 'says in an editorial'), '-')
  // A frame that says something of its own before its cue keeps it.
  const said = text.replace('Rodong Sinmun says in an editorial, and goes on:', 'The day is a great one, Rodong Sinmun says in an editorial, and goes on:')
  assert.equal(who(said, 'The day is a great one'), 'Rodong Sinmun')
})

test('a report an outlet prints after "The report says:" lets the speakers it quotes speak (GUIDE 5: the outlet is transparent)', () => {
  const text = 'Pyongyang, October 17 (KCNA) -- KCNA reported on October 16 that the roads to the south have been blocked.\n\n' +
    'The report says:\n\n' +
    'The General Staff took a measure to cut off the roads.\n\n' +
    'A spokesman for the Ministry of Fisheries of the DPRK said that the blasting had no effect on the fish.\n\n' +
    'This is a legitimate measure.'
  assert.equal(who(text, 'took a measure'), 'KCNA')
  assert.equal(who(text, 'no effect on the fish'), 'Ministry of Fisheries of the DPRK spokesman (anonymous)')
  assert.equal(who(text, 'legitimate measure'), 'KCNA')
})

test('"The spokesman at X" is unnamed too, as "a spokesman at X" is; a named one is the person', () => {
  const text = 'Shares fell.\n\nThe spokesman for the Ministry of Fisheries said that quotas would stay.'
  assert.equal(who(text, 'quotas would stay'), 'Ministry of Fisheries spokesman (anonymous)')
  const named = 'Shares fell.\n\nThe spokesman for the Ministry of Fisheries, Kim Chol, said that quotas would stay.'
  assert.notEqual(who(named, 'quotas would stay'), 'Ministry of Fisheries spokesman (anonymous)')
})

test('"Kim Jong Un" is a person ("Un" in title case is no UN), and "Comrade" before a name is no part of it', () => {
  const text = 'Pyongyang, May 20 (KCNA) -- Respected Comrade Kim Jong Un, general secretary of the Workers\' Party of Korea, inspected a factory.\n\n' +
    'He noted with satisfaction that the workers had fulfilled the plan.\n\n' +
    'Comrade Kim Jong Un stressed that output must rise.'
  assert.equal(who(text, 'fulfilled the plan'), 'Kim Jong Un')
  assert.equal(who(text, 'output must rise'), 'Kim Jong Un')
  // The UN in capitals is still the body; a rank that names no one keeps its words.
  const un = 'Sanctions were tightened.\n\nThe UN said that the sanctions would stay.'
  assert.equal(who(un, 'sanctions would stay'), 'UN')
})
