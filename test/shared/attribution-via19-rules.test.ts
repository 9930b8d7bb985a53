// Relays (GUIDE 5), session 19, h-via: how far a relay stays in force and
// what ends it, and the names of the outlets that relay. Each rule on
// made-up wire copy, with a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { who } from '../helpers/who-said.ts'

const venueOf = (text: string, words: string) => {
  const at = text.indexOf(words)
  return suggestAttributions(text).find((x) => x.content.start < at + words.length && x.content.end > at)?.venue ?? null
}

test('a masthead keeps the particle between its capitalised words ("Welt am Sonntag", not "Sonntag" nor Die Welt)', () => {
  const text = 'BONN, March 16 - Chief executive Carl Hahn said the inquiry could take months.\n\n' +
    '"We will find those responsible," he told Welt am Sonntag newspaper in an interview.\n\n' +
    '"It will take time," he was quoted by the newspaper as saying.\n\n' +
    'The daily said managers had met prosecutors on Friday.'
  assert.equal(who(text, 'find those responsible'), 'Carl Hahn via Welt am Sonntag')
  assert.equal(venueOf(text, 'find those responsible'), 'Welt am Sonntag')
  assert.equal(who(text, 'It will take time'), 'Carl Hahn via Welt am Sonntag')
  assert.equal(who(text, 'managers had met prosecutors'), 'Welt am Sonntag')
  // (Near miss: a capitalised word then "am" then a lower-case word is no masthead.)
  const plain = 'BONN, March 16 - Chief executive Carl Hahn said the inquiry could take months.\n\n' +
    '"We will find those responsible," he told Welt newspaper in an interview.\n\n' +
    'The daily said managers had met prosecutors on Friday.'
  assert.equal(who(plain, 'managers had met prosecutors'), 'Die Welt')
})

test('the lede that sums up a relayed story leaves the relay open for the source met again later', () => {
  const text = 'GERMAN BANKER SEES NO RATE CUT\n\n' +
    'FRANKFURT, March 22 - Bundesbank vice-president Helmut Schlesinger said there was no room for a cut in interest rates.\n\n' +
    'Schlesinger was quoted by the business daily Handelsblatt as saying the bank\'s policy was appropriate.\n\n' +
    'He said money supply growth was still too fast.\n\n' +
    'Economists in Frankfurt agreed.'
  assert.equal(who(text, 'money supply growth'), 'Helmut Schlesinger via Handelsblatt')
  // (Near miss: a lede heard at an event of the speaker's own is heard directly, and ends the relay's reach.)
  const event = 'GERMAN BANKER SEES NO RATE CUT\n\n' +
    'FRANKFURT, March 22 - Bundesbank vice-president Helmut Schlesinger, speaking before a meeting of bankers, said there was no room for a cut in interest rates.\n\n' +
    'Schlesinger was quoted by the business daily Handelsblatt as saying the bank\'s policy was appropriate.\n\n' +
    'He said money supply growth was still too fast.\n\n' +
    'Economists in Frankfurt agreed.'
  assert.equal(who(event, 'no room for a cut'), 'Helmut Schlesinger')
  assert.equal(who(event, 'money supply growth'), 'Helmut Schlesinger')
})

test('"was also quoted by" and "was quoted in today\'s edition of" an outlet relay the subject', () => {
  const text = 'WARSAW, March 26 - Minister Jozef Koziol said prices would rise.\n\n' +
    'But he was also quoted by the official PAP news agency as saying the government had to take economic realities into account.\n\n' +
    'He was quoted in today\'s edition of the armed forces newspaper Harian AB as saying the warnings were only an alert.'
  assert.equal(who(text, 'economic realities'), 'Jozef Koziol via PAP')
  assert.equal(who(text, 'only an alert'), 'Jozef Koziol via Harian AB')
  // (Near miss: an adverb between "was" and "quoted" with no outlet after "by" relays nothing.)
  const near = 'WARSAW, March 26 - Minister Jozef Koziol said prices would rise.\n\n' +
    'But he was also quoted by name in the filing as saying the government had to take economic realities into account.'
  assert.ok(!who(near, 'economic realities').includes(' via '))
})

test('initials the article gives a news agency it spells out relay as the agency, by its spelled-out name', () => {
  const text = 'CAIRO, March 24 - Sudan rejected the demand, the official Sudan News Agency (SUNA) reported.\n\n' +
    'Finance Minister Beshir Omer, quoted by SUNA, said his government also rejected a demand to lift subsidies.\n\n' +
    'ACCRA, June 19 - Ghana lifted the ban, the Ghana News Agency (GNA) said.\n\n' +
    'GNA quoted Kwesi Botchwey as saying rain had been lacking.'
  assert.equal(who(text, 'lift subsidies'), 'Beshir Omer via Sudan News Agency')
  assert.equal(who(text, 'rain had been lacking'), 'Kwesi Botchwey via Ghana News Agency')
  // (Near miss: initials of a body that is no outlet stay a body that speaks for itself.)
  const body = 'CAIRO, March 24 - The Sudan Debt Commission (SUDC) said the talks had ended.\n\n' +
    'Finance Minister Beshir Omer, quoted by SUDC, said his government also rejected a demand to lift subsidies.'
  assert.ok(!who(body, 'lift subsidies').includes(' via '))
})

test('a lede summing up what a state agency reports next takes the agency as its relay', () => {
  const text = 'IRAQ SAYS IT CRUSHED IRANIAN ATTACK\n\n' +
    'BAGHDAD, March 11 - Iraq said today its forces had crushed an Iranian attack on a mountain peak.\n\n' +
    'The official Iraqi news agency INA said the attack was repelled yesterday by the Fifth Army Corps.'
  assert.equal(who(text, 'crushed an Iranian attack on'), 'Iraq via INA')
  assert.equal(who(text, 'repelled yesterday'), 'INA')
  // (Near miss: a paper with a story of its own next to the lede relays nothing.)
  const paper = 'CHINA SUGAR IMPORTS TO STAY LOW\n\n' +
    'PEKING, June 2 - China will not raise sugar imports this year, traders said.\n\n' +
    'The Farmers Daily said the cane harvest was the largest on record.'
  assert.equal(who(paper, 'raise sugar imports'), 'traders (anonymous)')
})

test('an outlet that "reported X as saying" relays X, as "quoted X as saying" does', () => {
  const text = 'RIYADH, March 19 - The daily al-Riyadh reported Defence Minister Prince Sultan as saying that a study of submarines had been completed.'
  assert.equal(who(text, 'study of submarines'), 'Prince Sultan via al-Riyadh')
  // (Near miss: "reported X as" with no saying is the outlet's own report of a thing.)
  const thing = 'RIYADH, March 19 - The daily al-Riyadh reported the study as complete after two years of work.'
  assert.ok(!who(thing, 'two years of work').includes(' via '))
})
