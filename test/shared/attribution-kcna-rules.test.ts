// State-media sources (session 19, h-kcna): how the sources of KCNA-style
// copy are named and scored, each rule on made-up sentences beside a
// near-miss it must leave alone.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sameSource } from '../../shared/attribution/score.ts'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { fromOriginal, toOriginal, unglueNames } from '../../shared/attribution/glued-names.ts'
import { who } from '../helpers/who-said.ts'

test('scoring reads a state in full and by its initials as one name, its body before or after it', () => {
  assert.ok(sameSource("Foreign Ministry of the Democratic People's Republic of Korea spokesman (anonymous)", 'DPRK Foreign Ministry spokesman (anonymous)'))
  assert.ok(sameSource("Ministry of National Defence of the Democratic People's Republic of Korea spokesman (anonymous)", 'Ministry of National Defence of DPRK spokesman (anonymous)'))
  assert.ok(sameSource('United States', 'U.S.'))
  assert.ok(sameSource('Republic of Korea', 'ROK'))
  assert.ok(sameSource("People's Republic of China", 'PRC'))
  // (Another state, a state's words inside another name, or a body of another state stay differences.)
  assert.ok(!sameSource('DPRK Foreign Ministry', 'ROK Foreign Ministry'))
  assert.ok(!sameSource('Foreign Ministry of the DPRK', 'Foreign Ministry'))
  assert.ok(!sameSource('Republic of Korea', "Democratic People's Republic of Korea"))
  assert.ok(!sameSource('United States Steel', 'U.S.'))
  assert.ok(!sameSource('Bank of America', 'Bank'))
})

test('a name glued to the words around it is read with its spaces, the offsets staying in the text as written', () => {
  const text = 'Pyongyang, October 1 (KCNA) -- The Marshal met the players on Monday.\n\n' +
    'ComradeKim Jong Unpraised the players for their victory.\n\n' +
    'He said that the win was a pride of the country, according to the talk ofKim Jong Un.\n\n' +
    'ComradeKim Jong Unsaid that sports would flourish in the country.'
  const found = suggestAttributions(text)
  const s = found.find((x) => x.content.text.includes('sports would flourish'))
  assert.equal(s?.source, 'Kim Jong Un')
  for (const x of found) {
    assert.equal(text.slice(x.content.start, x.content.end), x.content.text)
    assert.equal(text.slice(x.cue.start, x.cue.end), x.cue.text)
  }
  const u = unglueNames(text)!
  assert.ok(u.text.includes('Comrade Kim Jong Un praised') && u.text.includes('of Kim Jong Un.'))
  for (const at of [0, 40, text.indexOf('sports'), text.length]) assert.equal(toOriginal(u, fromOriginal(u, at)), at)
})

test('camel-cased names and words that only extend a name are not unglued', () => {
  // (Neither a lower-case word nor a title runs into the name; "Yorker" extends a name not glued on its left.)
  assert.equal(unglueNames('BlackRock Investment Institute said rates would rise. The BlackRock Investment Institute, in a note.'), null)
  assert.equal(unglueNames('The New Yorker said New York, in a column, was tired. YouTube Music said so.'), null)
  // (A word after a name is split off only where the article spells the name without it.)
  assert.equal(unglueNames('ComradeKim Jong Unsaid it.')?.text, 'Comrade Kim Jong Unsaid it.')
  assert.equal(who('The BlackRock Investment Institute said rates would rise.', 'rates would rise'), 'BlackRock Investment Institute')
})
