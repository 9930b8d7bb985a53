// "the police said" is the force the article names, when it names one
// (session 28, named-forces.ts); and a stance verb after two titled names
// joined by "and" is the first's (first-conjuncts.ts). Made-up sentences,
// each with near misses that must stay as they were.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"according to the police" is the one force the article names, when it names it later, inside a unit\'s name', () => {
  const text = 'Three suspects were paraded by the police on Monday.\n\n' +
    'According to the police, the suspects were caught with two rifles.\n\n' +
    'They promised to find the others involved in the attack.\n\n' +
    'The arrests were made by the Benue State Police Command Intelligence Department, its spokesman Ade Musa said.'
  assert.equal(who(text, 'caught with two rifles'), 'Benue State Police Command')
  assert.equal(who(text, 'find the others'), 'Benue State Police Command')
})

test('near miss: a branch named by what it does, or a station, leaves "police" as written', () => {
  const branch = 'In response to queries, the police said a car had overturned.\n\nTraffic Police officers closed the road.'
  assert.equal(who(branch, 'a car had overturned'), 'police')
  const station = 'According to the police, the man was caught with two rifles.\n\nHe was taken to Makurdi Police Station.'
  assert.equal(who(station, 'the man was caught'), 'police')
})

test('a stance verb after two titled names joined by "and" is the first\'s; two posts of one person stay one', () => {
  const text = 'Oct 3 (KBS) - South Korean President Park Min-jun and Japanese Prime Minister Taro Sato have affirmed that talks will go on.'
  assert.equal(who(text, 'talks will go on'), 'Park Min-jun')
  const one = 'Contacted, City Chief Information Officer and Deputy Police Commissioner Rina Akter said no one had been arrested.'
  assert.equal(who(one, 'no one had been arrested'), 'Rina Akter')
  const clause = 'Prices fell and Japanese Prime Minister Taro Sato affirmed that talks will go on.'
  assert.equal(who(clause, 'talks will go on'), 'Taro Sato')
})
