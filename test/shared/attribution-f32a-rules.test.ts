// Rules of session 28 (f32a) on made-up text: a body's fullest name with
// lower-case words in it, one person's surname spelt two ways, and a bare
// text noun named after the issuer the article gives it. Each with a near
// miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'

const kindOf = (text: string, words: string) => {
  const at = text.indexOf(words)
  return suggestAttributions(text).find((s) => s.content.start < at + words.length && s.content.end > at)?.sourceKind
}

test('a body named "Office for the Protection of the ..." keeps its whole name, and is a body, not a law', () => {
  const text = 'Norland\'s Federal Office for the Protection of the Charter (BfC) on Monday said the risk of sabotage had grown.'
  assert.equal(who(text, 'risk of sabotage'), 'Federal Office for the Protection of the Charter')
  assert.equal(kindOf(text, 'risk of sabotage'), 'organisation')
  // (A law's name stays a text: "the Charter of Rights Act".)
  assert.equal(kindOf('The Charter of Rights Act said each citizen may appeal.', 'may appeal'), 'document')
  // (A ministry of a country named by its possessive still takes the country's adjective.)
  assert.equal(who('Norway\'s Ministry of Fisheries said the quota would fall.', 'quota would fall'), 'Norwegian Ministry of Fisheries')
})

test('initials in the body\'s own language with a lower-case letter ("BfC") stand for the name before them', () => {
  const text = 'Valdoria\'s Federal Office for the Protection of the Charter (BfC) published its yearly review.\n\n' +
    'The BfC said the number of extremists had risen.'
  assert.equal(who(text, 'number of extremists'), 'Federal Office for the Protection of the Charter')
  // (A name in brackets is no initials: "(Reuters)".)
  assert.equal(who('The Harbour Board (Harbord) said fees would rise.', 'fees would rise'), 'Harbour Board')
})

test('a lower-case noun between the capitalised words of a body\'s name is inside it, and its initials say so', () => {
  const text = 'Her warning came as the Vaccines and Clinical devices Safety Agency (VCSA) warned against buying pens online.\n\n' +
    'The VCSA said fake pens had been seized.'
  assert.equal(who(text, 'warned against buying'), 'Vaccines and Clinical devices Safety Agency')
  assert.equal(who(text, 'fake pens'), 'Vaccines and Clinical devices Safety Agency')
  // (Words before the run that do not complete the initials stay out: "in medical" is no part of "Devices Agency".)
  const loose = 'Trade in medical Devices Agency (MDA) goods grew.\n\nThe MDA said fake pens had been seized.'
  assert.ok(!who(loose, 'fake pens').includes('medical'))
})

test('a surname misspelt by one letter, swapped letters or a long name\'s slip is the one person named in full', () => {
  const text = 'Agency chief Tobias Grunewaldt said the threat was real.\n\n"It is higher than ever," said Grunewelt.\n\n' +
    'Inspector Amara Nofrat Osei spoke first. Later, Inspector Amara Nforat said the cases had doubled.'
  assert.equal(who(text, 'higher than ever'), 'Tobias Grunewaldt')
  assert.equal(who(text, 'cases had doubled'), 'Amara Nofrat Osei')
})

test('a misspelt surname with a second person it could be stays as written', () => {
  const text = 'Tobias Grunewaldt and Ella Grunewalt spoke at the launch.\n\n"It is higher than ever," said Grunewelt.'
  assert.equal(who(text, 'higher than ever'), 'Grunewelt')
  // (Two letters off in a short name is another name: "Koval" is not "Kovac".)
  const short = 'Minister Ivan Kovac spoke first.\n\n"We will wait," said Kogal.'
  assert.equal(who(short, 'We will wait'), 'Kogal')
})

test('a bare study or assessment takes the issuer the article gives it ("a Brightline Labs study", "which conducted the study")', () => {
  const text = 'Study says canned soups carry too much salt\n\n' +
    '"The soups we tested are far above the limits," said Ana Reyes, director at Brightline Labs, which conducted the study.'
  assert.equal(who(text, 'canned soups carry'), 'Brightline Labs study')
  const assessed = 'Valdoria\'s Federal Office for the Protection of the Charter (BfC) met on Monday.\n\nIn the BfC threat assessment, agency head Tobias Grunewaldt said the risk had grown.\n\n' +
    'Extremist groups were recruiting online, he said.\n\nWhile their aims differ from those of al-Shamal, the assessment noted that both seek recruits.'
  assert.equal(who(assessed, 'both seek recruits'), 'BfC threat assessment')
  // (One word the article does not define as initials names no issuer: "the A&E figures" are about A&E.)
  assert.equal(who(assessed.replace(' (BfC)', ''), 'both seek recruits') === 'BfC threat assessment', false)
  // (A nationality names no issuer: "a Norwegian study" stays as the engine names it.)
  assert.equal(who('A Norwegian study found that salt intake rose.', 'salt intake rose'), 'Norwegian study')
})

test('a new study with no issuer beside it is the research the article credits to one body, and not when it credits two', () => {
  const text = 'Emissions will hit a record this year, a new study has found.\n\n' +
    'Coal use rose 2%, according to projections by the Carbon Ledger Project in the journal Earth Data.'
  assert.equal(who(text, 'record this year'), 'Carbon Ledger Project study')
  const two = `${text} Oil use fell, according to estimates by the Fuel Watch Institute.`
  assert.equal(who(two, 'record this year'), 'new study')
})

test('a description of a body ("Norland\'s domestic intelligence agency", "the U.N. water office") is the one body it fits', () => {
  const text = 'Norland intelligence warns of sabotage risk\n\n' +
    'Norland\'s domestic intelligence agency says the danger is growing.\n\n' +
    'Norland\'s Federal Office for the Protection of the Charter (BfC) on Monday said the risk had grown.'
  assert.equal(who(text, 'danger is growing'), 'Federal Office for the Protection of the Charter')
  const un = 'GENEVA - The U.N. water office voiced concern on Friday that wells were drying up.\n\n' +
    'Ana Reyes, head of the team at the Office for Water and Sanitation Affairs (OWSA), said the pumps had failed.'
  assert.equal(who(un, 'wells were drying'), 'Office for Water and Sanitation Affairs')
  // (Two bodies of that country: the description stays as written.)
  const two = `${text}\n\nNorland's Federal Police Agency said it had made arrests.`
  assert.equal(who(two, 'danger is growing'), 'Norland\'s domestic intelligence agency')
})

test('a body named for a list of its fields keeps its commas ("Ministry of Harbours, Canals and Inland Waterways")', () => {
  const text = 'The Ministry of Harbours, Canals and Inland Waterways said the locks would reopen.'
  assert.equal(who(text, 'locks would reopen'), 'Ministry of Harbours, Canals and Inland Waterways')
  assert.equal(who('According to the Department for Farming, Forests and Fisheries, the quota will fall.', 'quota will fall'), 'Department for Farming, Forests and Fisheries')
  // (Names in a list with no body's word before them are a list: "Varga, Orsi and Tamas".)
  assert.notEqual(who('Varga, Orsi and Tamas said the locks would reopen.', 'locks would reopen'), 'Varga, Orsi and Tamas')
})
