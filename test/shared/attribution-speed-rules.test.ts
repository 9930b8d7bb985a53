// Faster readings that must give what they replace: patterns opening on a
// capitalised word read linearly (capital-runs.ts), word lists as sets
// (word-lists.ts); the same answers on the shapes where a shortcut could differ.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { capitalMatches, possessorOf } from '../../shared/attribution/capital-runs.ts'
import { wordList } from '../../shared/attribution/word-lists.ts'

const RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|on|the|and|&)\s+)*\p{Lu}[\p{L}'’.-]*){2,8}/gu
const WORD = /[\p{L}'’.-]/u
const MASTHEAD = /((?:\p{Lu}[\p{L}'’.&-]*\s+){1,4})(Times|Sun|Herald)(?![\p{L}\p{N}])/gu
const MASTHEAD_WORD = /[\p{L}'’.&-]/u

const all = (found: Iterable<RegExpExecArray>) => [...found].map((m) => [m.index, ...m])

test('capitalMatches finds what matchAll finds, a capital inside a word included', () => {
  for (const text of ['the Bank of England and the Federal Reserve Bank said', 'eBay Europe Holdings and iPhone Maker Group', 'McDonald Corp Holdings Ltd',
    'ABC DEF GHI and JKL', 'A.B.C. Media Group Inc.', 'The Élysée Palace Press Office', 'x𝐀bc Def Ghi', '']) {
    assert.deepEqual(all(capitalMatches(text, RUN, WORD)), all(text.matchAll(RUN)), text)
  }
  // A search going on inside a word after a match ("Chicago Sun" then "Times Herald").
  for (const text of ['the Chicago Sun-Times Media Herald said', 'Daily Sun-Times Herald', 'AB Times, CD-EF Herald']) {
    assert.deepEqual(all(capitalMatches(text, MASTHEAD, MASTHEAD_WORD)), all(text.matchAll(MASTHEAD)), text)
  }
  // Near miss: a capital after a letter outside the word's class starts a match of its own ("B&Q": Q, with & outside RUN's class).
  assert.deepEqual(all(capitalMatches('B&Q Home Stores Group', RUN, WORD)).map((m) => m[1]), ['Q Home Stores Group'])
})

test('capitalMatches tries each word of capitals once: 400 KB of them read in linear time', () => {
  const words = (n: number) => `${'A'.repeat(20_000)} `.repeat(n)
  const cpu = (text: string) => { const used = process.cpuUsage(); [...capitalMatches(text, RUN, WORD)]; const spent = process.cpuUsage(used); return (spent.user + spent.system) / 1000 }
  cpu(words(2))
  const small = Math.min(cpu(words(5)), cpu(words(5)))
  assert.ok(cpu(words(20)) < 8 * small + 100)
})

test('possessorOf gives the capitalised word before a final "\'s", as /(\\p{Lu}[\\p{L}-]*)[\'’]s$/u does', () => {
  const pattern = /(\p{Lu}[\p{L}-]*)['’]s$/u
  for (const name of ["Canada's", 'Canada’s', "the Smith-Jones's", "x-Foo's", "eBay's", "Foo bar's", "McDonald's sales", "'s", "ab1Cd's", "𝐀bc's", "São-Paulo's", 'Times']) {
    assert.equal(possessorOf(name), pattern.exec(name)?.[1] ?? null, name)
  }
  assert.equal(possessorOf(`${'A'.repeat(100_000)}'s`), 'A'.repeat(100_000))
})

test('wordList tests a whole word as the pattern of its words does: no part, no other case', () => {
  const list = wordList('last|this|by comparison')
  const pattern = /^(?:last|this|by comparison)$/
  for (const w of ['last', 'this', 'by comparison', 'Last', 'lasts', 'las', 'this ', 'comparison', '', 'undefined']) assert.equal(list.test(w), pattern.test(w), w)
})
