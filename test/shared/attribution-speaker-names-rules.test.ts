// Who a named speaker is, read from read8's wrong sources: a given name
// the tagger takes for a verb, a surname shared with a company named
// after the person, and a person "of" a people or place. Made-up sentences.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

test('a given name the tagger reads as a verb still starts the name, so the surname takes the full name', () => {
  const text = 'From the deck of his old trawler in Bergen, skipper Wade Holloway knows the catch well.\n\n' +
    'Holloway, 30 years at sea, keeps an eye on the price of cod.\n\n"The fish is cheap this year," Holloway said.'
  assert.equal(who(text, 'The fish is cheap'), 'Wade Holloway')
  const s = suggestAttributions(text).find((x) => x.source === 'Wade Holloway')
  assert.equal(s?.sourceKind, 'person')
})

test('a capitalised verb after a name in a title-case line is no given name', () => {
  const text = 'Donald Trump Advises Boeing To Rename Its Jet\n\n"Rename the plane," Trump said on Monday.'
  assert.equal(who(text, 'Rename the plane'), 'Donald Trump')
})

test('a surname the article gives a person is his, not the company named after him', () => {
  const text = 'President Donald Trump spoke about planes on Monday.\n\n' +
    '"I know branding," Trump said, given his history with the defunct Trump Airlines.\n\n"Nobody suffered like this," Trump said.'
  assert.equal(who(text, 'I know branding'), 'Donald Trump')
  assert.equal(who(text, 'Nobody suffered'), 'Donald Trump')
  // A company still takes its own short form where no person has the word.
  const firm = 'Nordwave Semiconductor cut its forecast.\n\nDemand will recover next year, Nordwave said.'
  assert.equal(who(firm, 'Demand will recover'), 'Nordwave Semiconductor')
})

test('a given name and surname "of" a people or a place are a person', () => {
  const text = 'Park ranger Jamie Walker of Ngatiwai attended his first stranding last year.\n\n"It was a shock," says Walker.'
  assert.equal(who(text, 'It was a shock'), 'Jamie Walker')
  assert.equal(who('"We will vote no," said Ron Paulsen of Texas.', 'We will vote no'), 'Ron Paulsen')
  // A body's name with "of" stays the body.
  assert.equal(who('Dozens were held, according to the Law Society of Kenya.', 'Dozens were held'), 'Law Society of Kenya')
  assert.equal(who('Rates will stay high, the Bank of England said.', 'Rates will stay high'), 'Bank of England')
})

test("a state's ministry named by the country's possessive takes the country's adjective, as written otherwise", () => {
  assert.equal(who("Russia's foreign ministry said it viewed the move as unlawful.", 'viewed the move'), 'Russian foreign ministry')
  assert.equal(who("Seoul's unification ministry said it regrets the launch.", 'regrets the launch'), 'South Korean unification ministry')
  assert.equal(who('Oil output rose in Kazakhstan in May, its energy ministry said.', 'Oil output rose'), 'Kazakh energy ministry')
  // Written with the adjective already, the same name.
  assert.equal(who('The Russian foreign ministry said the move was unlawful.', 'the move was unlawful'), 'Russian foreign ministry')
  // No state's ministry: a bank, or a body of a place that is no country.
  assert.equal(who("Russia's central bank said rates would rise.", 'rates would rise'), "Russia's central bank")
  assert.equal(who("Alabama's health department said cases fell.", 'cases fell'), "Alabama's health department")
})

test('"the production company" is the firm named before whose name has its trade word', () => {
  const text = 'Harbor Lane Productions denied that it had settled with the label.\n\n' +
    '"We have no further comment," the production company said in a statement.'
  assert.equal(who(text, 'no further comment'), 'Harbor Lane Productions')
  // A trade no firm in reach is named for stays the description.
  assert.equal(who('Harbor Lane Productions cut jobs.\n\nThe oil company said output would rise.', 'output would rise'), 'oil company')
})

test('"the doctors" in a story about the group Doctors for Open Clinics is the group, even before it is named', () => {
  const text = 'In a letter, the doctors pleaded with the agency to reconsider.\n\n' +
    'The doctors, members of a new group Doctors for Open Clinics, have offered to run a clinic.\n\n"We write with urgency," the doctors stated.'
  assert.equal(who(text, 'pleaded with the agency'), 'Doctors for Open Clinics')
  assert.equal(who(text, 'We write with urgency'), 'Doctors for Open Clinics')
  // Without such a group the doctors stay unnamed; a plural that is no group's first word stays too.
  assert.equal(who('"We write with urgency," the doctors stated.', 'We write'), 'doctors (anonymous)')
  assert.equal(who('Doctors for Open Clinics met on Monday.\n\n"The plan will fail," the officials said.', 'The plan will fail'), 'officials (anonymous)')
})
