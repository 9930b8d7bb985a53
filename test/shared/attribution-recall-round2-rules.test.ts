// Recall (session 12): stance verbs whose content the engine missed, in
// shapes of general news grammar, shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a stance verb whose object is headed by a claim noun carries content', () => {
  assert.equal(who('Norway rejected Swedish fishing quota allegations.', 'fishing quota'), 'Norway')
  // (A wire headline in capitals keeps its capitals in the name.)
  assert.equal(who('NORWAY REJECTS SWEDISH FISHING QUOTA CHARGES', 'QUOTA CHARGES').toLowerCase(), 'norway')
  // An object that names no claim is an act, not a stance.
  assert.equal(who('Norway rejected the Swedish fishing quota offer.', 'fishing quota'), '-')
})

test('a reporting verb the tagger reads as a noun, after a plural subject and before a bare clause', () => {
  assert.equal(who('Analysts estimate OPEC is pumping too much oil.', 'pumping too much'), 'analysts (anonymous)')
  // A noun compound ("the sales forecast") before a clause reports nothing.
  assert.equal(who('The sales forecast Apple gave was low.', 'Apple gave'), '-')
})

test('a rejection with the stance after "as" carries content', () => {
  assert.equal(who('Khamenei rejected the plan as a trick to divide the region.', 'a trick'), 'Khamenei')
  // "as" starting a clause of time is no stance.
  assert.equal(who('Khamenei rejected the plan as the deadline passed.', 'the deadline'), '-')
})

test('playing down or downplaying a thing is a stance, like dismissing it', () => {
  assert.equal(who('Carter Page played down the significance of the meetings.', 'significance'), 'Carter Page')
  assert.equal(who('Carter Page downplayed the meetings with the bankers.', 'the bankers'), 'Carter Page')
  // Playing without "down" is an act.
  assert.equal(who('Carter Page played the piano at the meetings.', 'the piano'), '-')
})

test('a day word between the subject and a stance verb leaves the subject speaking', () => {
  assert.equal(who('Norway today rejected charges that its trawlers were spying.', 'trawlers were spying'), 'Norway')
  assert.equal(who('Norway yesterday denied that its trawlers were spying.', 'trawlers were spying'), 'Norway')
})

test('a verb of causing makes its object the speaker of the report it brought about', () => {
  assert.equal(who('The slump prompted Boeing to announce it would close the plant.', 'close the plant'), 'Boeing')
  // Urging or asking wanted a report that may never have come; and a cause of an act reports nothing.
  assert.equal(who('The union urged Boeing to announce it would close the plant.', 'close the plant'), '-')
  assert.equal(who('The slump led Boeing to close the plant.', 'close the plant'), '-')
})
