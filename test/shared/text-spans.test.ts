// asciiSpans finds a query's words in an ASCII text without cutting it
// into words; it must give exactly the spans find-hits.ts's spans() gives
// over every word of the text (the first `max`), on texts of every shape.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spans } from '../../shared/library/find-hits.ts'
import { asciiLowered, asciiSpans } from '../../shared/library/text-spans.ts'
import { wordKeys, wordsOf } from '../../shared/library/words.ts'

// A fixed-seed generator (mulberry32), so a failure can be replayed.
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const VOCABULARY = ['gas', 'Gas', 'GASPROM', 'gasp', 'pipeline', 'pipe', 'pipelines', 'nord', 'stream2', '2', 'Zakharova', 'zakh', 'a', 'as', 'sag']
const GLUE = [' ', ', ', '. ', '\n\n', '-', "'", ' (', ') ', '_', '~']

test('the same spans as cutting the text into words, together and apart', () => {
  const next = random(18)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!
  for (let round = 0; round < 400; round++) {
    let text = ''
    const length = Math.floor(next() * 60)
    for (let i = 0; i < length; i++) text += pick(VOCABULARY) + pick(GLUE)
    const words = Math.ceil(next() * 3)
    const queryText = Array.from({ length: words }, () => {
      const w = pick(VOCABULARY)
      return next() < 0.3 ? w.slice(0, Math.ceil(next() * w.length)) : w
    }).join(' ')
    const query = wordKeys(queryText)
    const max = next() < 0.5 ? 1000 : Math.ceil(next() * 5)
    for (const together of [true, false]) {
      const expected = spans(wordsOf(text), query, together).slice(0, max)
      assert.deepEqual(asciiSpans(asciiLowered(text)!, query, together, max), expected, JSON.stringify({ text, queryText, together, max }))
    }
  }
})

test('a text that is not ASCII is left to be cut into words', () => {
  assert.equal(asciiLowered('Café society'), null)
  assert.deepEqual(asciiSpans(asciiLowered('Cafe society')!, ['cafe'], true, 10), [[0, 4]])
})
