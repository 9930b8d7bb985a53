// The engine's work on hostile text stays linear (common.md: "work on
// untrusted input linear and bounded"). Each hostile text is timed against
// a linear baseline measured in the same test, a realistic article of the
// same length, in CPU time of this process (the machine is shared, so wall
// time says more about the others' load than about this work); the limit
// is generous, but a quadratic walk or a backtracking pattern exceeds it
// many times over.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { suggestAttributions } from '../../shared/attribution/suggest.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

const fixtures = new URL('../fixtures/attribution/', import.meta.url)
const articles = ['state-media-relays', 'business-analysts', 'anonymous-officials', 'quotes-and-reach', 'wire-port-strike']
  .map((name) => readFileSync(new URL(`${name}.txt`, fixtures), 'utf8').trim())

// Whole development articles in a row, to about `size` characters.
function realistic(size: number): string {
  let text = ''
  for (let i = 0; text.length < size; i++) text += articles[i % articles.length]! + '\n\n'
  return text.slice(0, size)
}

const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

function cpuMs(run: () => unknown): number {
  const used = process.cpuUsage()
  run()
  const spent = process.cpuUsage(used)
  return (spent.user + spent.system) / 1000
}

// The lesser of two runs, after one to warm up: the engine's cost on text of this size.
function baseline(size: number): number {
  const text = realistic(size)
  suggestAttributions(text)
  return Math.min(cpuMs(() => suggestAttributions(text)), cpuMs(() => suggestAttributions(text)))
}

const LIMIT = 5
const SLACK_MS = 250

function assertLinear(name: string, text: string, base: number): void {
  const spent = cpuMs(() => suggestAttributions(text))
  assert.ok(spent < LIMIT * base + SLACK_MS,
    `${name}: ${spent.toFixed(0)} ms of CPU for ${text.length} characters, against ${base.toFixed(0)} ms for an article as long`)
}

test('a text opening with many blank lines costs no more than the article after them (the dateline is looked for line by line)', () => {
  const article = articles[4]!
  const base = baseline(article.length)
  assertLinear('120 line breaks, then an article', '\n'.repeat(120) + article, base)
  assertLinear('blank lines of spaces', ' \n \n'.repeat(200) + article, base)
})

const SIZE = 200_000

// A pasted blob: base64 without a space (wink's tokenizer is quadratic in a word's length).
function blob(size: number): string {
  const random = seededRandom(12)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let text = ''
  while (text.length < size) text += alphabet[Math.floor(random() * alphabet.length)]
  return text
}

// Distinct made-up names, and "the doctors" (a group's members, group-names.ts) in every other sentence.
function manyNames(size: number): string {
  const random = seededRandom(16)
  const name = () => 'BCDFGKLMNPRST'[Math.floor(random() * 13)] + Array.from({ length: 5 }, () => 'aeioulnrst'[Math.floor(random() * 10)]).join('')
  let text = ''
  while (text.length < size) text += `${name()} ${name()} met ${name()} ${name()}. The doctors said it was fine. `
  return text.slice(0, size)
}

// Distinct made-up mastheads' texts and founders' firms speaking (outlet-forms.ts, possessive-firms.ts read the whole text for each).
function manyFirms(size: number): string {
  const random = seededRandom(17)
  const name = () => 'BCDFGKLMNPRST'[Math.floor(random() * 13)] + Array.from({ length: 5 }, () => 'aeioulnrst'[Math.floor(random() * 10)]).join('')
  let text = ''
  while (text.length < size) text += `The ${name()} Daily editorial said it was fine. ${name()}'s ${name()} Group said so, county officials said. `
  return text.slice(0, size)
}

const HOSTILE: [string, (size: number) => string][] = [
  ['sentences that each open a quotation and never close it', (n) => repeat('“Yes. ', n)],
  ['quotations with their tags, never closed', (n) => repeat('“Yes, he said. ', n)],
  ['one quotation over the whole text', (n) => '“' + repeat('the minister said trade grew and ', n - 2) + '”'],
  ['no sentence end', (n) => repeat('the minister said trade grew and ', n)],
  ['quotation marks alone', (n) => repeat('" “ ” ', n)],
  ['capitalised words in a row', (n) => repeat('John Smith Jones Brown ', n)],
  ['capitalised words, then a cue', (n) => repeat('Alpha Beta Gamma ', n - 20) + 'said it was fine.'],
  ['"said" in a row', (n) => repeat('said ', n)],
  // (glued-names.ts: a name glued to the words around it at every word, and case flipping inside one long word.)
  ['names glued to the words around them', (n) => repeat('ComradeKim Jong Unsaid ofKim Jong Un, ', n)],
  ['lower and upper case alternating in one word', (n) => repeat('aB', n)],
  ['cues in one long sentence', (n) => repeat('officials said that ', n)],
  ['deep parentheses', (n) => '('.repeat(n / 2) + ')'.repeat(n / 2)],
  ['colons before quotations', (n) => repeat('He said: "', n)],
  ['line breaks only', (n) => '\n'.repeat(n)],
  ['one word without a space (a base64 blob)', blob],
  ['hyphenated run', (n) => repeat('a-', n)],
  // (Patterns opening on a capital were tried again at every capital of a word: over a minute for 200 KB, capital-runs.ts.)
  ['words of 20,000 capitals', (n) => repeat(`${'A'.repeat(20_000)} `, n)],
  ['words of 20,000 capitals with a possessive', (n) => repeat(`${'A'.repeat(20_000)}'s said `, n)],
  ['one run of capitals without a space', (n) => 'A'.repeat(n)],
  // (The word-acronym runs were tried again at each capital of the word: 6 s, word-acronyms.ts.)
  ['one word of 50,000 capitals in an article', (n) => realistic(n / 2) + ' ' + 'A'.repeat(50_000) + ' ' + realistic(n / 2 - 50_002)],
  // (Each piece of a run joined back to the word before it: the square of the run's length, letter-joins.ts.)
  ['a run of letters beyond ASCII in a sentence', (n) => `Officials said on Monday that ${'ĞA'.repeat((n - 50) / 2)} would meet.`],
  // (Every name the article gives was read at each plural group's cue: 12 s for 200 KB, group-names.ts.)
  ['many names, each sentence a plural group speaking', manyNames],
  // (ASCII's \b stands before each A of "ĞAĞA": two whole-text patterns opening on a capital read on from each, bare-groups.ts, minister-countries.ts.)
  ['a run of letters beyond ASCII between two articles', (n) => `${realistic(n / 2)}\n\n${'ĞA'.repeat(30_000)}\n\n${realistic(n / 2 - 60_004)}`],
  ['many mastheads\' texts and founders\' firms speaking', manyFirms],
  ['"A." tokens with spaces', (n) => repeat('A. ', n)],
  ['"A." tokens without a space', (n) => repeat('A.', n)],
]

let base = 0
for (const [name, make] of HOSTILE) {
  test(`hostile text stays linear: ${name}`, () => {
    base ||= baseline(SIZE)
    assertLinear(name, make(SIZE), base)
  })
}
