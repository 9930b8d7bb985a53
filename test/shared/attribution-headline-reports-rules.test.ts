// Headlines that credit the press at their end (session 11): ": reports",
// ": media", "— report", "-- sources". The headline is attributed like the
// body it sums up, each shown on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"...: reports" and "-- sources" at a headline\'s end are unnamed sources', () => {
  const text = 'New drones to join the navy next year: reports\n\nThe navy is testing three new drones, a state broadcaster said on Monday.'
  assert.equal(who(text, 'New drones to join'), 'reports (anonymous)')
  const sources = 'U.S. weighs new curbs on chip exports -- sources\n\nThe United States is weighing new curbs, three sources said.'
  assert.equal(who(sources, 'U.S. weighs new curbs'), 'sources (anonymous)')
})

test('"...: media" takes the media the body names', () => {
  const text = 'Leader to order troop cut from the region: media\n\nWASHINGTON, May 4 (Xinhua) -- The troop cut could come next week, U.S. media reported on Monday.'
  assert.equal(who(text, 'Leader to order troop cut'), 'U.S. media (unnamed)')
})

test('a single "report" at a headline\'s end is the outlet whose report the lede gives', () => {
  const text = 'Navy seizes oil tanker near the strait — report\n\nThe navy seized a foreign tanker on Monday, the Tasnim news agency reported.'
  assert.equal(who(text, 'Navy seizes oil tanker'), 'Tasnim')
  // A headline that ends in "report" as a plain noun is no credit.
  assert.equal(who('Council delays its annual budget report\n\nThe council met on Monday.', 'Council delays'), '-')
})
