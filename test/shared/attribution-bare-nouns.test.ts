// A source left as a bare common noun is the body the article names for it
// (bare-nouns.ts), on made-up stories, with near misses: two firms alike, a
// noun described by its owner, a state.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

const BANK = 'Shares of VKCB fall 15% after bank discloses loan losses\n\n' +
  'The regional bank announced that Mara Ostin, its chair, will take on the role of chief executive.\n\n' +
  'VKCB has been under pressure in recent months over its office loans.\n\n' +
  'Shares of Valley Kestrel Community Bancorp fell 15% on Thursday after the regional lender disclosed the losses.'

test('a firm\'s bare noun before any antecedent is the firm the story names most, its initials spelt out', () => {
  assert.equal(who(BANK, 'Mara Ostin, its chair'), 'Valley Kestrel Community Bancorp')
})

test('a bare body noun is the one body named twice whose name holds it', () => {
  const text = 'Road closed after crash\n\nThe port authority said the road would reopen on Friday.\n\n' +
    'The Dornbay Harbour Authority closed the road on Monday.\n\nThe Dornbay Harbour Authority has run the port since 1990.'
  assert.equal(who(text, 'the road would reopen'), 'Dornbay Harbour Authority')
})

test('a statement named by its noun alone is the statement of the firm the story is about', () => {
  const text = 'Kestrel shares jump as results beat estimates\n\n' +
    'Revenue rose 3% from a year earlier, according to a statement.\n\n' +
    'Kestrel said it expects revenue of $1.1 billion next quarter.\n\nKestrel called for more growth.'
  assert.equal(who(text, 'Revenue rose 3%'), 'Kestrel statement')
})

test('"the markets regulator" is the regulator the story names most; "the command" the one command named twice', () => {
  const text = 'Regulator seeks more time for Velmora report\n\n' +
    'The markets regulator told the court that it had finished 17 of its 24 inquiries.\n\n' +
    'The Kelso Securities Board (KSB) sought 15 more days on Monday.\n\nThe Kelso Securities Board has 24 inquiries open.'
  assert.equal(who(text, 'it had finished 17'), 'Kelso Securities Board')
  const force = 'Hoodlums burn police post\n\nThe command also said there was an attempt to burn a post.\n\n' +
    'The Dornbay Police Command said four men were held.\n\nThe Dornbay Police Command has 40 posts.'
  assert.equal(who(force, 'an attempt to burn'), 'Dornbay Police Command')
})

test('near misses: two firms named alike keep the noun; a noun with its owner and a state are left', () => {
  const two = 'Bank shares fall\n\nThe regional bank announced a new chair on Monday.\n\n' +
    'Kestrel Bancorp and Ostin Bancorp both fell.\n\nKestrel Bancorp and Ostin Bancorp are rivals.'
  assert.equal(who(two, 'a new chair'), 'regional bank')
  const owned = 'Kelso trains late\n\nThe country\'s railway operator said trains would run late, Kelso Radio reported.\n\n' +
    'Kelso Radio said more delays were likely.\n\nKelso Radio is state-owned.'
  assert.notEqual(who(owned, 'trains would run late'), 'Kelso Radio')
})

test('a firm named once beside its chief\'s post ("Velmora CEO and controlling shareholder ...") keeps its own name', () => {
  const text = 'Velmora says deal is viable\n\nVelmora told investors on Thursday a deal could get done.\n\n' +
    'Trump has attacked Velmora CEO and controlling shareholder Brian Rolt.'
  assert.equal(who(text, 'deal is viable'), 'Velmora')
  // (The chief named with the post is still the person: "Velmora CEO Brian Rolt said".)
  assert.equal(who('Velmora news\n\nVelmora CEO Brian Rolt said a deal could get done.', 'a deal could get done'), 'Brian Rolt')
})
