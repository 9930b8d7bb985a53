// Naming the source, round 2 (session 12, R2): each rule with the shape it
// handles and a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sameSource } from '../../shared/attribution/score.ts'
import { who } from '../helpers/who-said.ts'

test('a numbered unnamed source is one name wherever its number stands (GUIDE 4)', () => {
  assert.ok(sameSource('State Department official #1 (anonymous)', 'State Department official (anonymous) #1'))
  assert.ok(sameSource('western diplomat (unnamed) #2', 'western diplomat #2 (anonymous)'))
  // Near miss: the number still tells two sources apart, and a number is no qualifier to drop.
  assert.ok(!sameSource('official #1 (anonymous)', 'official (anonymous) #2'))
  assert.ok(!sameSource('official (anonymous)', 'official (anonymous) #1'))
})

test('an Arabic name with hyphened articles in apposition to a role is the speaker, and its short form later is that person', () => {
  const text = "OPEC's president, who is also Nigeria's oil minister, said the group would keep its pact.\n\nKuwait's Oil Minister, Sheikh Ali al-Khalifa al-Sabah, said there were no plans for an emergency meeting.\n\nSheikh Ali denied that Kuwait was over-producing."
  assert.equal(who(text, 'no plans for an emergency'), 'Ali al-Khalifa al-Sabah')
  assert.equal(who(text, 'over-producing'), 'Ali al-Khalifa al-Sabah')
  assert.equal(who("Egypt's president, Abdel Fattah el-Sisi, said the canal would stay open.", 'canal would stay'), 'Abdel Fattah el-Sisi')
  // Near miss: a lower-case word with a hyphen is no article ("well-known"), and a long run of words stays no appositive name.
  assert.notEqual(who("The bank's chief economist, a well-known Fed watcher, said rates would rise.", 'rates would rise'), 'well-known Fed watcher')
})

test('a group\'s plural before "\'s" inside a body\'s name owns nothing ("The National People\'s Congress said")', () => {
  assert.equal(who("The National People's Congress said it would debate the law next year.", 'debate the law'), "National People's Congress")
  assert.equal(who("The People's Bank of China said it would cut rates.", 'cut rates'), "People's Bank of China")
  // Near miss: a country's possessive still owns the body it names.
  assert.equal(who("China's Foreign Ministry said the visit would go ahead.", 'visit would go'), 'Chinese Foreign Ministry')
})

test('"he" speaking in a relative clause ("the mentality which he said led to theft") is the person who opens the sentence', () => {
  const lone = 'Charges of waste have surfaced in debates at the annual session of the provincial assembly.\n\nShanghai banker Chen Bo, chairman of the Eastern Trust Corporation (ETC), attacked the "money first" mentality which he said led to theft.'
  assert.equal(who(lone, 'led to theft'), 'Chen Bo')
  const after = 'Party chief Li Wei said the session had gone well.\n\nShanghai banker Chen Bo, chairman of the Eastern Trust Corporation (ETC), who also sits in the assembly, attacked the "money first" mentality which he said led to theft.'
  assert.equal(who(after, 'led to theft'), 'Chen Bo')
  // Near miss: a sentence a body opens leaves "he" to the person who spoke before.
  const body = 'Party chief Li Wei said the session had gone well.\n\nThe ministry attacked the mentality which he said led to waste.'
  assert.equal(who(body, 'led to waste'), 'Li Wei')
})

test('a bare ministry under a Gulf or city-state dateline is that state\'s, and a time\'s possessive ("Today\'s Foreign Ministry statement") owns nothing', () => {
  const kuwait = 'KUWAIT, June 2 - Kuwait rejected the charges.\n\n"These vessels were out fishing," the Foreign Ministry said in a statement.\n\nToday\'s Foreign Ministry statement said the crews would be freed.'
  assert.equal(who(kuwait, 'out fishing'), 'Kuwaiti Foreign Ministry')
  const riyadh = 'RIYADH, March 1 - The Oil Ministry said output would stay at its quota.'
  assert.equal(who(riyadh, 'output would stay'), 'Saudi Oil Ministry')
  // Near miss: a possessive owner that is no time ("the North's Foreign Ministry") keeps the ministry as written.
  const north = 'SEOUL, June 2 - The North\'s Foreign Ministry said the drills were a provocation.\n\nThe Foreign Ministry said talks were off.'
  assert.equal(who(north, 'talks were off'), 'Foreign Ministry')
})
