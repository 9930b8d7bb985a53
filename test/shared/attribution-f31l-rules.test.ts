// Rules of session 26 (h-f31l), names in the fullest form the article gives
// (GUIDE 4): a document whose issuer is written by initials the article
// spells out, a company named later by its name without "Holdings" or
// "Group", and a sentence's opening adverb kept out of the speaker before
// "in a statement". Made-up text, with near misses left alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('"The VEC report says" after "the Varnian Energy Council (VEC)": the issuer spelt out', () => {
  const story = 'Power demand\n\nThe Varnian Energy Council (VEC) has said demand will rise.\n\n' +
    'The VEC report says that electricity use will double by 2030. The VEC\'s analysis projects that prices will fall.'
  assert.equal(who(story, 'electricity use will double'), 'Varnian Energy Council report')
  assert.equal(who(story, 'prices will fall'), 'Varnian Energy Council analysis')
  // (Near miss: initials the article never spells out stay as written.)
  const bare = 'Power demand\n\nThe VEC report says that electricity use will double by 2030.'
  assert.equal(who(bare, 'electricity use will double'), 'VEC report')
})

test('"ORVB Holdings Plc ... ORVB said": the company in its first full form', () => {
  const story = 'Banks see upside\n\nORVB Holdings Plc said on Monday that stocks would rise. ORVB said the index could gain 21%.'
  assert.equal(who(story, 'index could gain'), 'ORVB Holdings Plc')
  // (Near miss: two companies of one short name leave the short name alone.)
  const two = 'Banks see upside\n\nORVB Holdings Plc said stocks would rise. ORVB Group Ltd said bonds would fall. ORVB said the index could gain 21%.'
  assert.equal(who(two, 'index could gain'), 'ORVB')
})

test('"Also, the Chilean presidency, in a statement denied ...": the opening adverb is no speaker', () => {
  const story = 'Talks resume\n\nAlso, the Chilean presidency, in a statement denied reports about the president leaving the country.'
  assert.equal(who(story, 'president leaving the country'), 'Chilean presidency')
  // (Near miss: a name in apposition still ends at its comma.)
  const apposed = 'Talks resume\n\nTomas Adler, a council member, in a statement denied reports about the president leaving the country.'
  assert.equal(who(apposed, 'president leaving the country'), 'Tomas Adler')
})

test('"Inspector General of Police Tomas Adler said": the title and its body are no part of the name', () => {
  const story = 'Summons\n\nInspector General of Police Tomas Adler said on Monday he would appear in court. Director General of Prisons Service Mira Holt said the inmates were moved.'
  assert.equal(who(story, 'appear in court'), 'Tomas Adler')
  assert.equal(who(story, 'inmates were moved'), 'Mira Holt')
  // (Near miss: a body named after "of" with no person after it stays the body.)
  const body = 'Summons\n\nThe Inspector General of Police said on Monday he would appear in court.'
  assert.notEqual(who(body, 'appear in court'), 'Police')
})

test('"IG Adler" after "Inspector General of Police Tomas Adler": the abbreviated post is the titled person', () => {
  const story = 'Summons\n\nInspector General of Police Tomas Adler said on Monday he would appear in court. IG Adler said the officers had been suspended.'
  assert.equal(who(story, 'officers had been suspended'), 'Tomas Adler')
})
