// Relay, venue and recall rules of the relay round (session 6), found by
// reading blind5's and blind6's misses by cause, never by sentence. Each
// is shown on made-up sentences, not fixture text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { who } from '../helpers/who-said.ts'

test('a hyphenated given name the tagger split ("Park Sung-hoon") still names an inverted speaker', () => {
  const text = '"The tests are a sales pitch. Every launch is an advert," said Lee Min-seo, a lecturer at Hanbit University.'
  assert.equal(who(text, 'Every launch'), 'Lee Min-seo')
  assert.equal(who(text, 'The tests are'), 'Lee Min-seo')
})

test('an appositive opening with a participle ("managing director at ...") is passed over to the name', () => {
  const text = 'Speaking to Radio Nord\'s "Morning Show," Ilse Varga, managing director at Fennel Capital, said buyers were cautious.'
  assert.equal(who(text, 'buyers were cautious'), 'Ilse Varga')
})

test('"X, asked by reporters whether ..., said": the question between commas is passed over to the speaker', () => {
  const text = 'Cabinet spokesman Olaf Brandt, asked by reporters whether Berlin was worried about the strike, said the situation was calm.'
  assert.equal(who(text, 'situation was calm'), 'Olaf Brandt')
  const when = 'Mayor Rita Holm, responding to a question about the bridge, said repairs would start in May.'
  assert.equal(who(when, 'repairs would start'), 'Rita Holm')
})

test('"the Y news agency quoted the governor of Z, NAME, as saying": the named governor speaks through the agency', () => {
  const text = 'The TASS news agency quoted the governor of the northern Tver region, Pavel Orlov, as saying that a depot had burned down.'
  assert.equal(who(text, 'a depot had'), 'Pavel Orlov via TASS')
})

test('"said in a statement carried by X last week that ...": the outlet passes the statement on, the content follows', () => {
  assert.equal(who('Bera Nonn, the younger sister of the party leader, said in a statement carried by TASS last week that talks were over.', 'talks were over'), 'Bera Nonn via TASS')
  assert.equal(who('Bera Nonn said in a statement carried by the TASS news agency that talks were over.', 'talks were over'), 'Bera Nonn via TASS')
})

test('a state\'s armed service speaks: "Norway\'s air force said", "the air force said", "Norway\'s military said"', () => {
  const text = 'Two ships were hit overnight, Norway\'s air force said on Monday, causing delays in the fjord.\n\n' +
    'The air force said on Telegram that 40 drones had been shot down.'
  assert.notEqual(who(text, 'Two ships'), '-')
  assert.notEqual(who(text, '40 drones'), '-')
  assert.notEqual(who('A rocket landed in the sea, Norway\'s military said.', 'A rocket'), '-')
})
