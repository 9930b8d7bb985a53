// Which body a role noun or a kind-described unnamed speaker stands for
// (session 17, h-res): one scored choice over the bodies in reach
// (role-antecedents.ts) and unnamed staff named after the body their kind
// stands for (kind-staff.ts). Each shape with a near miss it must leave
// alone, on made-up text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { roleAntecedent, ROLE_WEIGHTS } from '../../shared/attribution/role-antecedents.ts'
import type { Entity } from '../../shared/attribution/entity.ts'

const entity = (name: string, kind: Entity['kind'], para: number, more: Partial<Entity> = {}): Entity =>
  ({ name, kind, via: null, roles: new Set(), para, spokeAt: -1, salientAt: -1, mentions: 1, ...more })

test('"the airline said" is the firm in reach, not a public body that spoke after it', () => {
  // Most recent first, as the discourse hands them over.
  const recent = [entity('Indonesian navy', 'organisation', 4, { spokeAt: 3 }), entity('AirAsia', 'person', 3, { spokeAt: 1 })]
  assert.equal(roleAntecedent(recent, { head: 'airline', mods: [], para: 5, genders: null })?.name, 'AirAsia')
  // Near miss: "the navy said" is the navy.
  assert.equal(roleAntecedent(recent, { head: 'navy', mods: [], para: 5, genders: null })?.name, 'Indonesian navy')
})

test('"the ministry" is the body whose name carries the noun, over a firm named later', () => {
  const recent = [entity('Sumiko Trading', 'organisation', 2, { spokeAt: 2 }), entity('Ministry of Finance', 'organisation', 1, { spokeAt: 1 })]
  assert.equal(roleAntecedent(recent, { head: 'ministry', mods: [], para: 2, genders: null })?.name, 'Ministry of Finance')
  // Near miss: a modifier the body's name does not carry ("the trade ministry") names no candidate.
  assert.equal(roleAntecedent(recent, { head: 'ministry', mods: ['trade'], para: 2, genders: null }), null)
})

test('a person\'s name is never "the company", and a place merely named is no body', () => {
  const recent = [entity('Dana Whitlock', 'person', 1, { spokeAt: 2 }), entity('Jakarta', 'organisation', 1)]
  assert.equal(roleAntecedent(recent, { head: 'company', mods: [], para: 1, genders: null }), null)
  assert.ok(ROLE_WEIGHTS.nameHas > 0)
})

test('"a senior central bank official" is named after the bank the story named', () => {
  const text = 'TOKYO, March 3 - The Bank of Japan will keep buying dollars to steady the yen, a senior central bank official said.'
  assert.equal(who(text, 'keep buying dollars'), 'senior Bank of Japan official (anonymous)')
  // Near miss: with no bank named, the description stays as written.
  const none = 'TOKYO, March 3 - Japan will keep buying dollars to steady the yen, a senior central bank official said.'
  assert.equal(who(none, 'keep buying dollars'), 'senior central bank official (anonymous)')
})

test('"company officials" and "a spokesman for the central bank" take the body the story is about', () => {
  const text = 'Halvard Shipping Corp said profits fell in the quarter. Company officials said the strong dollar hurt exports.'
  assert.equal(who(text, 'the strong dollar hurt'), 'Halvard Shipping officials (anonymous)')
  const bank = 'MEXICO CITY - The Bank of Mexico kept rates on hold on Friday.\n\nA spokesman for the central bank said the bank had no information on any change.'
  assert.equal(who(bank, 'no information on any change'), 'Bank of Mexico spokesman (anonymous)')
  // Near miss: a ministry's official where only a firm was named stays as written.
  const firm = 'Halvard Shipping Corp said profits fell in the quarter. A ministry official said the strong dollar hurt exports.'
  assert.equal(who(firm, 'the strong dollar hurt'), 'ministry official (anonymous)')
})
