// Two state-media shapes met on a blind set (session 19, lead), each on
// made-up sentences beside a near-miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

const sourceOf = (text: string, words: string) => suggestAttributions(text).find((s) => s.content.text.includes(words))?.source

test('a body "of the" a state whose name holds a group\'s possessive is the whole body, not the state\'s last words', () => {
  const says = (subject: string) => `Headline here\n\nPYONGYANG -- ${subject} said the drills were a grave provocation.`
  // (Named with the state's initials first, as the label conventions write it: state-initials.ts.)
  assert.equal(sourceOf(says("The Foreign Ministry of the Democratic People's Republic of Korea"), 'grave provocation'), 'DPRK Foreign Ministry')
  assert.equal(sourceOf(says("The Foreign Ministry of the People's Republic of China"), 'grave provocation'), "Foreign Ministry of the People's Republic of China")
  // (A possessive that owns something stays an owner: the minister's office is the minister's.)
  assert.notEqual(sourceOf(says("The Foreign Minister's office of the Republic of Korea"), 'grave provocation'), "Foreign Minister's office of the Republic of Korea")
})

test('a whole text reproduced after a frame keeps its subheads and runs past them; a reported speech still ends at one', () => {
  const whole = 'Ministry Issues Press Statement\n\n' +
    'Pyongyang, June 30 (KCNA) -- The Foreign Ministry of the DPRK released the following press statement on Sunday:\n\n' +
    'The drills staged near our waters are a grave provocation.\n\n' +
    'The danger of the bloc\n\n' +
    'The bloc is now openly aiming at a military alliance in the region.\n\n' +
    'We will take every measure to defend our sovereignty.'
  assert.equal(sourceOf(whole, 'military alliance'), 'DPRK Foreign Ministry')
  assert.equal(sourceOf(whole, 'The danger of the bloc'), 'DPRK Foreign Ministry')
  assert.equal(sourceOf(whole, 'every measure'), 'DPRK Foreign Ministry')
  const speech = 'Minister Speaks at Rally\n\n' +
    'Pyongyang, June 30 (KCNA) -- The minister Kim Song Nam said in his speech, and went on:\n\n' +
    'The drills staged near our waters are a grave provocation.\n\n' +
    'Rally ends\n\n' +
    'The participants then toured the exhibition of the new farm machines.'
  assert.equal(sourceOf(speech, 'grave provocation'), 'Kim Song Nam')
  assert.equal(sourceOf(speech, 'toured the exhibition'), undefined)
})
