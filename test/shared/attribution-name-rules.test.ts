// The form of a source's name once the right one is found (session 18,
// h-name): unnamed groups without
// quantifiers, the first of two joined groups, a body's staff named after the
// body, a headline's capitals in the article's own case, and a person's name
// with the title glued before it. Each shape with a near miss it must leave
// alone, on made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { firstGroup, groupForm, memberInCue, spokesmanFor, withoutQuantifier } from '../../shared/attribution/group-forms.ts'
import { unglued } from '../../shared/attribution/glued-titles.ts'
import { articleForms } from '../../shared/attribution/written-forms.ts'

test('a body\'s unnamed staff are named after the body', () => {
  assert.equal(spokesmanFor('spokesman for one U.S. bank creditor (anonymous)'), 'U.S. bank creditor spokesman (anonymous)')
  assert.equal(memberInCue('economist (anonymous)', 'An economist at ABN Bank said'), 'ABN Bank economist (anonymous)')
  const text = 'AMSTERDAM, June 1 - Dutch rates may ease.\n\nAn economist at Hollandse Bank said he expected rates to fall in July.'
  assert.equal(who(text, 'rates to fall'), 'Hollandse Bank economist (anonymous)')
  // A name that already holds the body, or a body not named, is left as it is.
  assert.equal(memberInCue('Bank of Japan officials (anonymous)', 'Officials at the Bank of Japan said'), null)
  assert.equal(memberInCue('economist (anonymous)', 'An economist at a big bank said'), null)
  assert.equal(spokesmanFor('lawyer for the woman (anonymous)'), null)
  assert.equal(spokesmanFor('spokesman (anonymous)'), null)
})

test('two groups joined by "and" are two sources: the first speaks, the other is among the others', () => {
  assert.deepEqual(firstGroup('bank economists and dealers (anonymous)'), ['bank economists (anonymous)', 'dealers (anonymous)'])
  const text = 'AMSTERDAM, June 1 - The guilder firmed.\n\nBank economists and dealers said a rate cut was now likely.'
  const s = suggestAttributions(text).find((x) => x.content.text.includes('rate cut'))!
  assert.equal(s.source.toLowerCase(), 'bank economists (anonymous)')
  assert.deepEqual(s.otherSources.map((n) => n.toLowerCase()), ['dealers (anonymous)'])
  // Describing words joined by "and" describe one group; a name before "and" is no unnamed group.
  assert.equal(firstGroup('current and former officials (anonymous)'), null)
  assert.equal(firstGroup('U.S. and foreign officials (anonymous)'), null)
  assert.equal(firstGroup('Holcomb and GOP leaders (anonymous)'), null)
})

test('quantifiers are no part of a group\'s name', () => {
  assert.equal(withoutQuantifier('other western officials (anonymous)'), 'western officials (anonymous)')
  assert.equal(withoutQuantifier('a number of analysts (anonymous)'), 'analysts (anonymous)')
  // "others" alone is the word for the group, not a quantifier before one.
  assert.equal(withoutQuantifier('others (anonymous)'), 'others (anonymous)')
})

test('a headline in capitals takes the article\'s own case, and "close to X" the fullest name of X', () => {
  const text = 'SOURCES CLOSE TO BALLADUR SAY HE WILL RUN\nPARIS - Edouard Balladur will run, sources close to Balladur said.'
  const forms = articleForms(text, (n) => (n === 'Balladur' ? 'Edouard Balladur' : n))
  assert.equal(groupForm({ source: 'sOURCES CLOSE TO BALLADUR (anonymous)', kind: 'anonymous', otherSources: [] }, '', forms).source, 'sources close to Edouard Balladur (anonymous)')
  // A capitalised phrase the article never writes otherwise stays; a known person's short name is not lengthened by another's.
  assert.equal(forms.written('TRADERS IN TOKYO'), null)
  assert.equal(groupForm({ source: 'sources close to Jospin (anonymous)', kind: 'anonymous', otherSources: [] }, '', forms).source, 'sources close to Jospin (anonymous)')
})

test('a person\'s name with a title glued before it is the person', () => {
  const none = () => null
  assert.equal(unglued('U.S. Undersecretary of State for Economic Affairs Allen Wallis', none), 'Allen Wallis')
  assert.equal(unglued('U.S. Secretary of State Blinken', none), 'Blinken')
  assert.equal(unglued('industry analyst Elliot Levine of Ladenburg Thalmann Co', (n) => (n === 'Levine' ? 'Elliot Levine' : null)), 'Elliot Levine')
  const text = 'WASHINGTON, March 2 - Talks on debt resumed.\n\nU.S. Undersecretary of State for Economic Affairs Allen Wallis said the talks went well.'
  assert.equal(who(text, 'the talks went well'), 'Allen Wallis')
  // Bodies named after a person or an office are no person.
  assert.equal(unglued('United Nations High Commissioner for Human Rights', none), null)
  assert.equal(unglued('General Motors', none), null)
  assert.equal(unglued('Queen Elizabeth Hospital', none), null)
})
