// A headline's described speaker is the lede's source that the description
// fits (headline-descriptions.ts), on made-up stories, with near misses: a
// lede source of another kind, a description the lede does not bear out, a
// name written in full, an outlet credit.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('an unnamed source in the headline is the lede\'s unnamed source, in the lede\'s words', () => {
  const text = 'Velmora nears deal to buy Ostrik battery unit, source says\n\n' +
    'Velmora is nearing a deal to buy the battery unit of Ostrik for about $4 billion, a person familiar with the matter told reporters on Monday.'
  assert.equal(who(text, 'Velmora nears deal'), 'person familiar with the matter (anonymous)')
})

test('a body\'s initials in a headline credit are spelt out by the lede', () => {
  const text = 'Central bank may hold rates until spring: TCB economist\n\n' +
    'The central bank may hold its rates until the spring, a chief economist at the Tarvish Commercial Bank said on Tuesday.'
  assert.equal(who(text, 'Central bank may hold'), 'Tarvish Commercial Bank chief economist (anonymous)')
})

test('an office-holder the headline describes is the person the lede names with its words', () => {
  const text = 'Markets in Dornbay to stay shut on Friday, says Dornbay police chief\n\n' +
    'Deputy Inspector General Dornbay Police Arvel Trusk said on Monday that markets would stay shut on Friday.'
  assert.equal(who(text, 'Markets in Dornbay to stay shut'), 'Arvel Trusk')
})

test('a body\'s initials heading a headline are the lede\'s body that writes them', () => {
  const text = 'UN warns of hunger in Dorvia before the harvest\n\n' +
    'GENEVA - The U.N. food agency voiced concern on Friday that hunger in Dorvia would worsen before the harvest.'
  assert.equal(who(text, 'of hunger in Dorvia before'), 'U.N. food agency')
})

test('a post\'s initials closing a headline are the person the lede names with that post', () => {
  const text = 'Truce in Gaza closer than ever: FM\n\n' +
    'TEHRAN - Dorvian Foreign Minister Ivo Kassar said on Monday that a truce in Gaza was closer than ever.'
  assert.equal(who(text, 'Truce in Gaza closer'), 'Ivo Kassar')
})

test('a headline\'s initials spelling a body, not a post, never take the body\'s spokesperson', () => {
  const text = 'Dorvia condemns remarks of alliance chief: FM\n\n' +
    'BEIJING - Dorvian Foreign Ministry spokesperson Lin Tao said on Friday that the remarks were irresponsible.'
  assert.notEqual(who(text, 'condemns remarks'), 'Lin Tao')
})

test('"...: Report" is whom the lede\'s report relays; "quotes ... as saying" relays as "quoted" does', () => {
  const text = 'Dorvia sees truce deal unlikely: Report\n\n' +
    'The Kelso Herald quotes several officials as saying they are skeptical that a truce deal can be reached.'
  assert.equal(who(text, 'sees truce deal'), 'officials (anonymous) via Kelso Herald')
  assert.equal(who(text, 'they are skeptical'), 'officials (anonymous) via Kelso Herald')
  const opinion = 'Kelso news\n\n"Buyers will pay more," the Kelso Herald quotes the expert\'s opinion.'
  assert.notEqual(who(opinion, 'Buyers will pay more'), '-')
})

test('near misses: a body head never takes a person, an unnamed source never a named one, a description the lede lacks', () => {
  const force = 'Police urge traders in Kelso to keep the peace\n\n' +
    'The Commissioner of Police in Kelso State, Dario Fenk, has urged traders to keep the peace during the strike.'
  assert.notEqual(who(force, 'Police urge traders'), 'Dario Fenk')
  const named = 'Velmora nears deal for Ostrik unit, source says\n\n' +
    'Velmora chief executive Anna Pirel said on Monday that talks with Ostrik were close to a deal.'
  assert.notEqual(who(named, 'Velmora nears deal'), 'Anna Pirel')
  const elsewhere = 'Kelso markets to reopen, says Dornbay police chief\n\n' +
    'Trade minister Ilse Varga said on Monday that the markets in Kelso would reopen next week.'
  assert.notEqual(who(elsewhere, 'Kelso markets to reopen'), 'Ilse Varga')
})
