// A person or a body telling someone to do something says what is to be done
// (cue-directives.ts), on made-up sentences, with near misses: an act with no
// "to" clause, a passive, a court's order.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"has directed authorities to swiftly apprehend", "asked Dorvia to delete": the speaker says what is to be done', () => {
  assert.equal(who('Kelso news\n\nMinister Ivo Tam has directed authorities to swiftly apprehend those responsible.', 'swiftly apprehend'), 'Ivo Tam')
  assert.equal(who('Kelso news\n\nMinister Ivo Tam asked Dorvia to delete the incorrect material.', 'delete the incorrect'), 'Ivo Tam')
  // (An object with a participle or a list in it: "the top 100 listed firms", "members, students, and families".)
  assert.equal(who('KSB directs top 100 listed firms to clarify market rumours\n\nThe Kelso Securities Board (KSB) issued the rule.', 'clarify market rumours'), 'Kelso Securities Board')
  assert.equal(who('Kelso news\n\nSheriff Ivo Tam encouraged parents, students, and teachers to report any threat.', 'report any threat'), 'Ivo Tam')
  assert.equal(who('Kelso news\n\nThe rally encouraged investors to buy more shares.', 'buy more shares'), '-')
})

test('near misses: an order with no "to" clause, a passive and a judge\'s order stay unattributed', () => {
  assert.equal(who('Kelso news\n\nMinister Ivo Tam ordered investigations into the crash.', 'investigations into'), '-')
  assert.equal(who('Kelso news\n\nThe workers were ordered to return to duty by Monday.', 'return to duty'), '-')
  assert.equal(who('Kelso news\n\nThe officer asked him to empty his pockets.', 'empty his pockets'), '-')
  assert.equal(who('Kelso news\n\nLast week, Justice Ana Varga ordered the police chief to appear in court.', 'appear in court'), '-')
})
