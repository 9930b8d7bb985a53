// Source names in their fullest form (GUIDE 4), read from the blind read
// sets' misses: middle initials, post credits, people sharing a surname,
// titles and sentence openers that are no part of a name. Made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'
import { PersonNames, shortFormOf } from '../../shared/attribution/name-forms.ts'
import { acronymsIn } from '../../shared/attribution/acronyms.ts'

test('a name without the middle initial the article gives elsewhere takes the fullest form', () => {
  const text = 'Donald Trump said the new wall would be built by spring.\n\nThe plan was old, Trump said.\n\n' +
    'Senator Ray Olsen J. Dunmore said the costs were unknown.\n\nThe plan is a waste, wrote Donald J. Trump in a letter.'
  assert.equal(who(text, 'the new wall'), 'Donald J. Trump')
  assert.equal(who(text, 'The plan was old'), 'Donald J. Trump')
  assert.ok(shortFormOf('Donald Trump', 'Donald J Trump'))
  assert.ok(!shortFormOf('Hori Parata', 'Te Kaurinui Robert Parata'))
})

test("an embedded post's credit line names its author in full", () => {
  const text = 'Donald Trump said the new wall would be built by spring.\n\nWe will win again!\n\n— Donald J. Trump (@realDonaldTrump) September 30, 2014'
  assert.equal(who(text, 'the new wall'), 'Donald J. Trump')
})

test('two people sharing a surname: the bare surname is the one named first', () => {
  const text = 'Tane Moana has tended the beach for fifty years.\n\n“The sea is angry,” says Moana.\n\n' +
    'His son, Rewi Peter Moana, joined him last year. “We listen first,” says Rewi.\n\n“Nobody asked us,” says Moana.'
  assert.equal(who(text, 'The sea is angry'), 'Tane Moana')
  assert.equal(who(text, 'We listen first'), 'Rewi Peter Moana')
  assert.equal(who(text, 'Nobody asked us'), 'Tane Moana')
  const people = new PersonNames()
  for (const name of ['Tane Moana', 'Rewi Peter Moana', 'Tane H. Moana']) people.learn(name)
  assert.equal(people.fullest('Moana'), 'Tane H. Moana')
  assert.equal(people.fullest('Rewi'), 'Rewi Peter Moana')
})

test('titles are no part of a name: abbreviated ones, "First Lady", and a speaker of a house', () => {
  const police = 'Officers seized two pounds of cocaine on Sunday, said Lt. Dale Brooks, a police spokesman.\n\nThe men were held overnight, Brooks said.'
  assert.equal(who(police, 'seized two pounds'), 'Dale Brooks')
  assert.equal(who(police, 'held overnight'), 'Dale Brooks')
  assert.equal(who('First Lady Laura Vance said the garden would reopen in May.', 'garden would reopen'), 'Laura Vance')
  const house = 'Ohio House Speaker Tom Reddin told the crowd that lawmakers would act.\n\n“We hear you,” Reddin said.'
  assert.equal(who(house, 'lawmakers would act'), 'Tom Reddin')
  assert.equal(who(house, 'We hear you'), 'Tom Reddin')
})

test('an abbreviated title is the role a later role noun names', () => {
  const text = 'Gov. Ellen Marsh said on Monday that the budget would pass.\n\nSenate leader Tom Reddin said the vote could slip. ' +
    'The governor said she expected a vote by June.'
  assert.equal(who(text, 'expected a vote'), 'Ellen Marsh')
})

test('a job word before a single name word is the first word of the name', () => {
  const text = 'Fan Weidong, deputy director of the provincial health centre, told reporters that the case was isolated.'
  assert.equal(who(text, 'the case was isolated'), 'Fan Weidong')
  assert.equal(who('Student Anna Berg said the fees were too high.', 'fees were too high'), 'Anna Berg')
})

test('a conjunction opening the sentence is no part of the name', () => {
  const text = 'Dr. Rosa Delgado Ferrer said the shots were safe.\n\nBut Ferrer said the government had done this before.'
  assert.equal(who(text, 'done this before'), 'Rosa Delgado Ferrer')
})

test('a surname the tagger reads as a verb still completes the full name', () => {
  const text = 'Her mother, Wendy, said the pills were dangerous.\n\nWendy Parry issued a plea on Monday for people to stay away.'
  assert.equal(who(text, 'pills were dangerous'), 'Wendy Parry')
})

test('initials of a body the article spells out without a bracket are the body', () => {
  const text = 'Doctors offered shots at a Coast and Harbor Protection center on Friday.\n\nIn August, CHP announced that it would not vaccinate families.'
  assert.equal(who(text, 'would not vaccinate'), 'Coast and Harbor Protection')
  // A title spelt by initials is no body.
  assert.equal(acronymsIn('The Chief Executive Officer was away. The CEO said the plant would close.').get('CEO'), undefined)
})

test("a posting's place before a name is no part of it", () => {
  const text = 'Norway’s ambassador to Japan Ola Brekke has said that the talks will go on.\n\nThe deal was close, Brekke said.'
  assert.equal(who(text, 'talks will go on'), 'Ola Brekke')
  assert.equal(who(text, 'deal was close'), 'Ola Brekke')
})

const kindOf = (text: string, words: string) => {
  const at = text.indexOf(words)
  return suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)?.sourceKind ?? '-'
}

test('bodies named by words the lexicon lacks, and magazine mastheads, are of their kind', () => {
  const rights = 'Amnesty International said the arrests broke the law.'
  assert.equal(kindOf(rights, 'arrests broke'), 'organisation')
  assert.equal(kindOf('Carter Bell Productions said the show would go on.', 'show would go on'), 'organisation')
  assert.equal(kindOf('The band will not play, Teen Vogue reported.', 'band will not'), 'outlet')
  assert.equal(kindOf('The band will not play, according to the Wrap.', 'band will not'), 'outlet')
  assert.equal(kindOf('The senator will run again, the Washington Examiner reported.', 'run again'), 'outlet')
})

test('unnamed groups written with a capital are anonymous: a share of a people, Wall Street, initial reports', () => {
  const people = 'Many Norwegians said the museum attack had shaken them.'
  assert.equal(who(people, 'museum attack'), 'Norwegians (anonymous)')
  assert.equal(kindOf(people, 'museum attack'), 'anonymous')
  assert.equal(who('The firm earned $2.53 a share. Wall Street predicted $2.52 a share.', '$2.52'), 'Wall Street (anonymous)')
  const reports = 'Initial reports said the gunman had been shot by police.'
  assert.equal(who(reports, 'gunman had been shot'), 'initial reports (anonymous)')
  assert.equal(kindOf(reports, 'gunman had been shot'), 'anonymous')
})

test('unnamed staff of a place the paragraph names take its name', () => {
  const text = 'The flight landed at the Oslo airport at dawn, an airport official said.'
  assert.equal(who(text, 'landed at'), 'Oslo airport official (anonymous)')
  const sheriff = 'Deputies of the Pine County sheriff’s department fired tear gas, a sheriff’s spokeswoman said.'
  assert.equal(who(sheriff, 'fired tear gas'), 'Pine County sheriff’s department spokeswoman (anonymous)')
})

test('"his office" is the office of the person the article met before, not of a place named after it', () => {
  const text = 'Gov. Ellen Marsh signed the budget on Monday.\n\nHis office said he was flying to Nevada for a conference that Marsh has attended since 2016.'
  assert.equal(who(text, 'flying to Nevada'), "Ellen Marsh's office")
})

test('a surname that is a masthead without its "The" is the person ("Hill said" is Nora Hill, "The Hill reported" the outlet)', () => {
  const text = 'Former adviser Nora Hill testified on Tuesday that the memo was withheld.\n\n“We raised it twice,” Hill said.\n\n' +
    'The panel will meet again in May, Hill said.'
  assert.equal(who(text, 'We raised it twice'), 'Nora Hill')
  assert.equal(who(text, 'will meet again'), 'Nora Hill')
  assert.equal(who('The Hill reported that the hearing would resume.', 'the hearing would resume'), 'The Hill')
  assert.equal(who('The Guardian reported that the vote was close.\n\nThe count was late, Guardian editors said.', 'the vote was close'), 'The Guardian')
})
