// The attribution engine's pieces on small texts: offsets, alias folding,
// pronouns and role nouns, relays and venues, exclusions, registry matching
// and bounded work on hostile input.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { fold } from '../../shared/attribution/fold.ts'
import { knownOutlet } from '../../shared/attribution/outlets.ts'
import { sameSource } from '../../shared/attribution/score.ts'
import { builtInSources } from '../../shared/model/source.ts'

const only = (text: string) => {
  const all = suggestAttributions(text)
  assert.equal(all.length, 1, `expected one suggestion, got ${JSON.stringify(all.map((s) => s.source))}`)
  return all[0]!
}

test('content and cue offsets are exact substrings of the text', () => {
  const text = 'Héllo “world”.\n\nXi said that trade grew 5%, according to Xinhua. \u00a0Prices rose, Sun said.'
  const all = suggestAttributions(text)
  assert.ok(all.length >= 2)
  for (const s of all) {
    assert.equal(s.content.text, text.slice(s.content.start, s.content.end))
    assert.equal(s.cue.text, text.slice(s.cue.start, s.cue.end))
    for (const c of s.cues) assert.equal(c.text, text.slice(c.start, c.end))
  }
  assert.equal(all[0]!.content.text, 'trade grew 5%')
})

test('aliases fold: Xinhua News Agency is Xinhua, Tass is TASS, Mr. Mishustin is the fullest name', () => {
  assert.equal(knownOutlet('Xinhua News Agency'), 'Xinhua')
  assert.equal(knownOutlet('Tass'), 'TASS')
  assert.equal(fold('  Çé  The'), 'ce the')
  assert.ok(sameSource('Xinhua News Agency', 'xinhua'))
  const all = suggestAttributions('Russian Prime Minister Mikhail Mishustin arrived on Monday.\n\nTrade will grow, Mr. Mishustin said.')
  assert.equal(all[0]!.source, 'Mikhail Mishustin')
  assert.equal(all[0]!.sourceKind, 'person')
})

test('pronouns follow the last speaker, role nouns the person described so', () => {
  const all = suggestAttributions('Mishustin conveyed greetings to President Xi. He said the talks went well.\n\n' +
    'Wang Xiaoquan, an expert with the Academy, told the Global Times that ties are strong.\n\nThe expert added that trade would grow.')
  assert.deepEqual(all.map((s) => s.source), ['Mishustin', 'Mishustin', 'Wang Xiaoquan', 'Wang Xiaoquan'])
})

test('relays: the inner speaker via the outlet; an outlet alone is the source; a venue is not a relay', () => {
  let s = only('Xi said the two countries should cooperate, according to Xinhua.')
  assert.deepEqual([s.source, s.via, s.sourceKind], ['Xi', 'Xinhua', 'person'])
  s = only('The meeting is held every year, per Xinhua.')
  assert.deepEqual([s.source, s.via, s.sourceKind], ['Xinhua', null, 'outlet'])
  s = only('Russia and China are partners, according to a joint communique, Tass reported.')
  assert.deepEqual([s.source, s.via, s.sourceKind], ['joint communique', 'TASS', 'document'])
  s = only('"Ties are mature," Wang Xiaoquan told the Global Times.')
  assert.deepEqual([s.source, s.via, s.venue], ['Wang Xiaoquan', null, 'Global Times'])
  s = only('The Interfax agency quoted Deputy Foreign Minister Andrey Rudenko as saying that talks were under way.')
  assert.deepEqual([s.source, s.via], ['Andrey Rudenko', 'Interfax'])
  s = only('Trains will run on the new line, the Russian Ministry of Transport said on its Telegram channel.')
  assert.equal(s.venue, 'Telegram')
})

test('exclusions: negation, agentless passives, bylines, the newswire tag, content-less events', () => {
  for (const text of [
    'The minister did not say whether the plan would go ahead.',
    'The proposal is considered the most significant change in a decade.',
    'The deal is thought to be worth $2 billion.',
    '(Reporting by Jane Doe; Editing by Mark Potter)',
    'Beijing, Nov. 05, 2025 (GLOBE NEWSWIRE) -- Xi met Mishustin in Beijing.',
    'A spokeswoman for the company declined to comment.',
    'Peskov told reporters.',
    'Shipping rates rose 5 per cent this year.',
  ]) assert.deepEqual(suggestAttributions(text), [], text)
})

test('anonymous sources stay anonymous and keep their group', () => {
  const all = suggestAttributions('New rules are coming, U.S. officials said, speaking on condition of anonymity.\n\n' +
    'They could be announced next month, one of the officials said.')
  assert.deepEqual(all.map((s) => [s.source, s.sourceKind]), [['U.S. officials (anonymous)', 'anonymous'], ['U.S. officials (anonymous)', 'anonymous']])
})

test('reach: multi-sentence quotes, "X. Y, Sun said." and "Wang said that X. Such ..."', () => {
  const text = 'The parties are partners, according to a joint communique.\n\n"Ties are strong. We will go further," the document reads.\n\nCooperation is old. It will grow, Sun said.\n\n' +
    'Wang said that trade is up. Such cooperation helps both.'
  const all = suggestAttributions(text)
  assert.deepEqual(all.map((s) => s.contentIn), ['same', 'quote', 'same', 'previous', 'same', 'same', 'next'])
  assert.equal(all[1]!.source, 'joint communique')
})

test('a list frame covers the bullets after it', () => {
  const text = 'Alexander Novak spoke at the forum.\n\nBelow are the deputy prime minister\'s key statements:\n\n' +
    '- The market is balanced.\n\n- OPEC+ will meet in September.\n\nBrent rose 1%.'
  const all = suggestAttributions(text)
  assert.deepEqual(all.map((s) => [s.content.text, s.contentIn]), [['- The market is balanced.', 'next'], ['- OPEC+ will meet in September.', 'next']])
})

test('registry matching: existing sources by name or alias, case- and diacritic-folded; new ones get none', () => {
  const registry = [...builtInSources, { id: 'peskov', name: 'Dmitrý Peskov', aliases: [] }]
  const all = suggestAttributions('Talks will go on next week, Dmitry Peskov said, TASS reported.\n\nPrices rose sharply in May, according to Xinhua News Agency.\n\nRain fell all over the north, Sun Xiuwen said.', { registry })
  assert.deepEqual(all.map((s) => [s.sourceId, s.viaId]), [['peskov', 'tass'], ['xinhua', null], [null, null]])
})

test('hostile input stays linear: one huge sentence, deep quotes, no punctuation', () => {
  const huge = 'said '.repeat(200_000) + ('"'.repeat(10_000)) + 'according to '.repeat(20_000)
  const started = performance.now()
  suggestAttributions(huge)
  assert.ok(performance.now() - started < 20_000)
  assert.deepEqual(suggestAttributions(''), [])
  assert.deepEqual(suggestAttributions('__proto__ said constructor.'), suggestAttributions('__proto__ said constructor.'))
})
