// Names that end in "'s" (shared/attribution/possessive-names.ts): a firm
// or a title named after its founder keeps its possessive, and a
// possessive with a reporting verb after it is the end of a name.
// Made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a name the article only writes with its "\'s" keeps it', () => {
  assert.equal(who('Sales rose in May, according to Vantoni\'s, the restaurant chain.', 'Sales rose'), 'Vantoni\'s')
  assert.equal(who('According to Harlow’s, the fleet has four frigates.', 'the fleet'), 'Harlow’s')
})

test('a possessive written elsewhere without its "\'s" is dropped, and so is a country\'s', () => {
  const text = 'Vantoni opened a new office. Sales rose in May, according to Vantoni\'s, the chain.'
  assert.equal(who(text, 'Sales rose'), 'Vantoni')
  const fund = 'The Global Lending Fund is cutting its outlook for 2027, including Canada’s, citing labour shortages.'
  assert.equal(who(fund, 'cutting its outlook'), 'Global Lending Fund')
})

test('a possessive name with a reporting verb after it is the verb\'s subject', () => {
  assert.equal(who('Moody\'s said the outlook for the bank was stable.', 'outlook for the bank'), 'Moody\'s')
  assert.equal(who('The outlook for the bank is stable, Moody\'s said on Monday.', 'outlook for the bank'), 'Moody\'s')
  assert.equal(who('Harlow’s reported a record sale of paintings.', 'record sale'), 'Harlow’s')
})

test('a possessive that owns the word after the verb is no speaker', () => {
  assert.equal(who('Norway\'s reported cases rose by a third in May.', 'cases rose'), '-')
})
