// Who a source is (session 15, h-who): the right entity for a pronoun, a
// role noun or a verb whose subject sits before an aside; each rule on
// made-up sentences beside a near miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a verb after the aside that follows the opening name is that name\'s; the phrase after it begins the content', () => {
  const text = 'Ports\n\nHarbour Commissioner Lena Okafor, in remarks unrelated to the strike, said the port would stay open.\n\n' +
    'State Rep. Tom Barrow (D-Elm), for example, said Carver "has never listened."\n\n' +
    'Mark Ellis, defending, said Hartwell had a clean record.'
  assert.equal(who(text, 'stay open'), 'Lena Okafor')
  assert.equal(who(text, 'never listened'), 'Tom Barrow')
  assert.equal(who(text, 'clean record'), 'Mark Ellis')
})

test('content opened by names before the comma keeps the verb inverted', () => {
  const text = 'Talks\n\nRussia, Iran and Syria agreed on a ceasefire, said Sergei Lavrov.\n\n' +
    '"We will win," said Dana Smith.\n\n' +
    'WASHINGTON, March 31 - The White House, in a statement, said the talks had failed.'
  assert.equal(who(text, 'agreed on a ceasefire'), 'Sergei Lavrov')
  assert.equal(who(text, 'We will win'), 'Dana Smith')
  assert.equal(who(text, 'talks had failed'), 'White House')
})

test('the person a sentence has take the floor is "he" or "she" in the paragraphs after; one merely placed is not', () => {
  const text = 'Envoy hosts reception\n\nPYONGYANG, May 2 (Agency) -- The envoy hosted a reception on Friday.\n\n' +
    'Ambassador Oleg Petrov made a speech at the reception.\n\n' +
    'Noting the anniversary, he referred to the treaty signed by Vladimir Putin, president of the Russian Federation.\n\n' +
    'The treaty opened a new page in relations between the two countries, he noted.\n\n' +
    'Then Foreign Minister Han Sol Mi made a speech.\n\n' +
    'The friendship of the two peoples is unbreakable, she said.'
  assert.equal(who(text, 'opened a new page'), 'Oleg Petrov')
  assert.equal(who(text, 'friendship of the two peoples'), 'Han Sol Mi')
  const placed = 'Court\n\nDefence lawyer Maria Lodge said her client meant no harm.\n\nIlhan Noor was in court on Tuesday.\n\n"It was a mistake," she said.'
  assert.equal(who(placed, 'It was a mistake'), 'Maria Lodge')
})

test('"he" is one person: never a group, nor a state\'s name the tagger read as a person\'s', () => {
  const text = 'Gulf\n\nLONDON, March 23 - Iranian spokesman Ali Rezai said shipping was safe.\n\n' +
    'U.S. Officials have said Iran has new missiles.\n\n' +
    '"We will answer any attack," he said.'
  assert.equal(who(text, 'answer any attack'), 'Ali Rezai')
  assert.equal(who(text, 'Iran has new'), 'U.S. officials (anonymous)')
  const state = 'Talks\n\nAmbassador Oleg Petrov arrived on Monday for talks.\n\n' +
    'The talks were held in the capital of the Democratic People\'s Republic of Korea.\n\nThe visit was a success, he said.'
  assert.equal(who(state, 'visit was a success'), 'Oleg Petrov')
})

test('the pronouns an article uses for a person give her gender: "he" passes over her', () => {
  const text = 'Court\n\nLee Oduya, the governor, said the choice was easy.\n\n' +
    'Kim Aldana was born in Spain. She studied law in Seattle.\n\n' +
    '"I will serve the state," Aldana said.\n\n' +
    '"She is the best person for the job," he added.'
  assert.equal(who(text, 'best person for the job'), 'Lee Oduya')
  // (Pronouns that disagree tell nothing: the last speaker stays.)
  const mixed = 'Court\n\nLee Oduya, the governor, said the choice was easy.\n\n' +
    'Kim Aldana was born in Spain, where her father served as he trained pilots.\n\n' +
    '"I will serve the state," Aldana said.\n\n' +
    '"It is an honour," he added.'
  assert.equal(who(mixed, 'It is an honour'), 'Kim Aldana')
})

test('a person a sentence introduces with a description is the "he" after it in the paragraph; not one a "he" before them mentions', () => {
  const text = 'Grain\n\nPEKING, April 1 - Farmers lack incentives, vice-governor Yang Lin said.\n\n' +
    'Yang said costs had risen.\n\n' +
    'The agency quoted Zhou Ping, a delegate to the congress, attacking grain policy. He said investment had been cut.'
  assert.equal(who(text, 'investment had been cut'), 'Zhou Ping')
  const own = 'Grain\n\nPEKING, April 1 - Farmers lack incentives, vice-governor Yang Lin said.\n\n' +
    'Noting the harvest, he referred to a plan by Zhou Ping, a delegate to the congress, to cut imports. He said storage was poor.'
  assert.equal(who(own, 'storage was poor'), 'Yang Lin')
})

test('the job written before a name is a role of that person: "the presidential spokesman" is the named one, unless an unnamed one is nearer', () => {
  const text = 'Trade\n\nWASHINGTON, March 31 - President Reagan has reaffirmed his opposition to protectionism and his chief spokesman said the sanctions were lawful.\n\n' +
    'Later, White House spokesman Marla Finch defended the new sanctions against Japan.\n\n' +
    '"It is nothing to be alarmed about," the presidential spokesman added.'
  assert.equal(who(text, 'nothing to be alarmed'), 'Marla Finch')
  const nearer = 'Trade\n\nWASHINGTON, March 31 - White House spokesman Marla Finch defended the new sanctions against Japan.\n\n' +
    'A Pentagon spokesman said the fleet was ready.\n\n' +
    '"It is nothing to be alarmed about," the spokesman added.'
  assert.equal(who(nearer, 'nothing to be alarmed'), 'Pentagon spokesman (anonymous)')
  // (A lower-case "central bank president" heads a body: no presidential office.)
  const office = 'Peru\n\nLIMA - Peruvian central bank president Leonel Figueroa met the Mexican bank chief yesterday.\n\nFigueroa\'s office confirmed the trip.'
  assert.equal(who(office, 'confirmed the trip'), "Leonel Figueroa's office")
})

test('a connective opening the sentence is no name in apposition; the unnamed person described after it speaks', () => {
  const text = 'Shares\n\nHowever, one dealer, who asked not to be named, told Reuters the sales were weak.\n\n' +
    'Meanwhile, Tom Hardy, a trader at Citi, said prices would rise.'
  assert.match(who(text, 'sales were weak'), /dealer \(anonymous\)/)
  assert.equal(who(text, 'prices would rise'), 'Tom Hardy')
})
