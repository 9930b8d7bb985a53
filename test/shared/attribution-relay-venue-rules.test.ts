// Relay and venue rules of session 8 (GUIDE 5, 6), found by counting the
// via misses of read8, the committed sets and relays/ by cause. Each is
// shown on made-up sentences, not fixture text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a speaker who told reporters or a briefing in person takes no relay from the next sentence of the paragraph', () => {
  const text = 'Foreign Ministry spokesman Tomas Berg told reporters in Oslo that talks would resume. ' +
    'Berg said, according to TASS, that the date was not fixed.'
  assert.equal(who(text, 'talks would resume'), 'Tomas Berg')
  assert.equal(who(text, 'the date was not fixed'), 'Tomas Berg via TASS')
  const briefing = 'Spokeswoman Ana Ruiz urged calm at a regular briefing in Madrid. Ruiz said, according to Xinhua, that dialogue was the only way.'
  assert.equal(who(briefing, 'urged calm'), 'Ana Ruiz')
  // A plain "said" beside the relay still takes it (the paragraph rule).
  const plain = 'Spokeswoman Ana Ruiz said the talks were useful. Ruiz said, according to Xinhua, that dialogue was the only way.'
  assert.equal(who(plain, 'talks were useful'), 'Ana Ruiz via Xinhua')
})

test('an outlet\'s own tally or count is the outlet speaking, not a relay of the tally', () => {
  const text = 'The strike was the third on the port this week, according to a tally by Anadolu Agency.'
  assert.equal(who(text, 'the third on the port'), 'Anadolu')
  const ap = 'At least 40 vessels are waiting to load, according to a tally by AFP.'
  assert.equal(who(ap, 'vessels are waiting'), 'AFP')
})

test('"said in a commentary published by" a newspaper: the paper relays the writer\'s words', () => {
  const text = 'Party secretary Ri Son Gwon said in a commentary published by the Rodong Sinmun newspaper that the drills were a provocation.'
  assert.equal(who(text, 'the drills were'), 'Ri Son Gwon via Rodong Sinmun')
})
