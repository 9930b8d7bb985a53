// The form of an unnamed group's name (session 19, h-group): how the writer
// reached the group is no part of its name, what the group is or knows is;
// an unnamed official at a named body is that body's official, the words
// before the noun kept before it. Each shape with a near miss it must leave
// alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { memberName, withoutReporting } from '../../shared/attribution/anonymous-phrase.ts'
import { speakerOfWords } from '../../shared/attribution/name-form.ts'
import { sameSource } from '../../shared/attribution/score.ts'

test('a phrase telling how the writer reached a group is no part of its name', () => {
  assert.equal(who('Economists polled by Reuters had forecast a decline of 0.4%.', 'a decline'), 'economists (anonymous)')
  assert.equal(who('Analysts in a Reuters poll had expected a rise of 0.2%.', 'a rise'), 'analysts (anonymous)')
  assert.equal(who('Economists surveyed by Bloomberg expect a rise in rates.', 'a rise'), 'economists (anonymous)')
  assert.equal(withoutReporting('dealers contacted by AFP'), 'dealers')
  // What the group is or knows stays: those are the words that tell it from another.
  assert.equal(who('People familiar with the matter said the deal was close.', 'the deal'), 'people familiar with the matter (anonymous)')
  assert.equal(withoutReporting('officials involved in the talks'), 'officials involved in the talks')
  // (A name that is the poll's own words is not cut to nothing.)
  assert.equal(withoutReporting('in a poll'), 'in a poll')
})

test('an unnamed official at a named body is that body\'s official, the words before the noun kept before it', () => {
  assert.equal(who('A senior official at the Agriculture Ministry said the deal was close.', 'the deal'), 'senior Agriculture Ministry official (anonymous)')
  assert.equal(who('The deal was close, a senior official at the Bank of Japan said.', 'The deal'), 'senior Bank of Japan official (anonymous)')
  assert.equal(memberName('official at the State Department (anonymous)'), 'State Department official (anonymous)')
  // A body named by a demonym keeps the long form; a body not named by its name is left as written.
  assert.equal(who('A senior official at the Turkish foreign ministry said the deal was close.', 'the deal'), 'senior official at the Turkish foreign ministry (anonymous)')
  assert.equal(memberName('senior official at a big bank (anonymous)'), 'senior official at a big bank (anonymous)')
})

test('a group named by a common noun is unnamed, whatever its capitals: opening a sentence or in a capitals headline', () => {
  const opening = 'LONDON, March 25 - Shares of the group rose on Wednesday.\n\nBrokers noted that the group had cut its debt.'
  assert.equal(who(opening, 'cut its debt'), 'brokers (anonymous)')
  const headline = 'BUNDESBANK BUYS DOLLARS IN FRANKFURT - DEALERS\n\nFRANKFURT, March 25 - The Bundesbank bought dollars on the open market, dealers said.'
  assert.equal(who(headline, 'BUNDESBANK BUYS'), 'dealers (anonymous)')
  const officials = 'U.S. OFFICIALS SAY BRAZIL SHOULD DEAL WITH BANKS\n\nWASHINGTON, March 3 - Brazil should settle with its banks, U.S. officials said.'
  assert.equal(who(officials, 'BRAZIL SHOULD'), 'U.S. officials (anonymous)')
  // A name that is a name stays one: a person, and a plural that is no common noun for people.
  assert.equal(who('LONDON, March 25 - Shares rose.\n\nJohn Brokers noted that the group had cut its debt.', 'cut its debt'), 'John Brokers')
  assert.equal(who('WASHINGTON, March 3 - Taxes will rise.\n\nDemocrats said the plan would fail.', 'the plan'), 'Democrats')
})

test('a named speaker\'s remarks are the speaker; initials the article defines are no part of a staff name', () => {
  assert.equal(speakerOfWords('Cherie Blair remarks (anonymous)'), 'Cherie Blair')
  assert.equal(speakerOfWords("Mr Snow's comments (anonymous)"), 'Mr Snow')
  // (Unnamed people's words, and a named document, stay as they are.)
  assert.equal(speakerOfWords('critics comments (anonymous)'), null)
  assert.equal(speakerOfWords('Cherie Blair letter'), null)
  const cnooc = 'PEKING, March 12 - China signed eight contracts.\n\nThe paper quoted a spokesman for the China National Offshore Oil Corp (CNOOC) as saying more would follow.'
  assert.equal(who(cnooc, 'more would follow'), 'China National Offshore Oil Corp spokesman (anonymous)')
})

test('scoring folds a firm\'s legal form inside its unnamed staff\'s name, as at a name\'s end', () => {
  assert.ok(sameSource('Jardine Matheson Holdings Ltd spokesman (anonymous)', 'Jardine Matheson Holdings spokesman (anonymous)'))
  assert.ok(sameSource('Matsushita Electric Industrial Co spokesman (anonymous)', 'Matsushita Electric Industrial spokesman (anonymous)'))
  // (Another firm, or staff of another kind, stays a difference.)
  assert.ok(!sameSource('Jardine Matheson Holdings Ltd spokesman (anonymous)', 'Jardine Matheson spokesman (anonymous)'))
  assert.ok(!sameSource('Nippon Steel Corp spokesman (anonymous)', 'Nippon Steel Corp official (anonymous)'))
  assert.ok(!sameSource('Corp Holdings official (anonymous)', 'Holdings official (anonymous)'))
})
