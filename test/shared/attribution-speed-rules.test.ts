// Faster readings that must give what they replace: patterns opening on a
// capitalised word read linearly (capital-runs.ts), word lists as sets
// (word-lists.ts); the same answers on the shapes where a shortcut could differ.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { capitalMatches, possessorOf } from '../../shared/attribution/capital-runs.ts'
import { wordList } from '../../shared/attribution/word-lists.ts'
import { memo } from '../../shared/attribution/memo.ts'
import { kindBodies } from '../../shared/attribution/kind-bodies.ts'
import { Discourse } from '../../shared/attribution/discourse.ts'
import { Documents } from '../../shared/attribution/documents.ts'

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
  // (The quickest of three runs of each size: CPU time still grows under a loaded machine's cache misses and
  // collections. Four times the text is four times the work when linear, sixteen when quadratic.)
  const quickest = (n: number) => Math.min(cpu(words(n)), cpu(words(n)), cpu(words(n)))
  const small = quickest(5)
  const big = quickest(20)
  assert.ok(big < 8 * small + 100, `${big.toFixed(0)} ms for 400 KB against ${small.toFixed(0)} ms for 100 KB`)
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

test('memo keeps the names it was asked for lately when it fills, and forgets when both generations are full', () => {
  let calls = 0
  const length = memo((name: string) => { calls++; return name.length }, 4)
  for (const name of ['a', 'bb', 'ccc', 'dddd']) length(name)
  // A fifth name fills the newer generation: the four before are kept in the older one.
  length('eeeee')
  assert.equal(length('a'), 1)
  assert.equal(calls, 5)
  // Near miss: past two generations the oldest names are computed again.
  for (const name of ['f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n']) length(name)
  const before = calls
  assert.equal(length('bb'), 2)
  assert.equal(calls, before + 1)
})

test('a kind body is found where the kind\'s word is, in the paragraph or the whole text; two bodies of the kind leave the group as written', () => {
  const group = () => [{ source: 'navy spokesman (anonymous)', sourceKind: 'anonymous', sourceId: null, cue: { start: 2000, end: 2010 } }]
  const far = `${'x '.repeat(900)}\n\nA navy spokesman said the ship was safe.`
  const one = group()
  kindBodies(one, `The Indonesian navy sent a ship.\n\n${far}`, () => null)
  assert.equal(one[0]!.source, 'Indonesian navy spokesman (anonymous)')
  // Up to three capitalised words before the kind, an opener dropped; a kind inside a longer body's name is none.
  const three = group()
  kindBodies(three, `In Royal Malaysian Navy drills, the Royal Malaysian Navy Board met.\n\n${far}`, () => null)
  assert.equal(three[0]!.source, 'Royal Malaysian Navy spokesman (anonymous)')
  // Near miss: two navies named.
  const two = group()
  kindBodies(two, `The Indonesian navy and the Thai navy sent ships.\n\n${far}`, () => null)
  assert.equal(two[0]!.source, 'navy spokesman (anonymous)')
  // Near miss: the word inside another word ("navyblue") or a lower-case word before it is no body.
  const none = group()
  kindBodies(none, `The Indonesian navyblue ships and the old navy sailed.\n\n${far}`, () => null)
  assert.equal(none[0]!.source, 'navy spokesman (anonymous)')
})

test('canonical names stay right when a person is learnt after they were asked for', () => {
  const discourse = new Discourse()
  assert.equal(discourse.canonical('Okafor').name, 'Okafor')
  assert.equal(discourse.canonical('Lund').name, 'Lund')
  discourse.learnName('Adaeze Okafor')
  assert.equal(discourse.canonical('Okafor').name, 'Adaeze Okafor')
  // Near miss: a name that reads no word of the person learnt keeps its answer.
  assert.equal(discourse.canonical('Lund').name, 'Lund')
  discourse.learnName('Petra Lund')
  assert.equal(discourse.canonical('Lund').name, 'Petra Lund')
})

test('a document takes the capitalised words before it, and only those', () => {
  assert.equal(new Documents('Russia and China signed the Russia-China joint communique on Monday.').longerForm('joint communique'), 'Russia-China joint communique')
  // Near miss: lower-case words before it, or none at the text's start.
  assert.equal(new Documents('They signed the new joint communique on Monday.').longerForm('joint communique'), null)
  assert.equal(new Documents('joint communique was signed.').longerForm('joint communique'), null)
})
