import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sentenceFor, sentenceSpans } from '../../renderer/sentence-spans.ts'

const TEXT = 'Xi met Mishustin. He said ties were strong.\n\nTass reported the visit. It ended Tuesday.'
const words = (s: { start: number; end: number } | null) => s && TEXT.slice(s.start, s.end)

test('sentences are trimmed, and a paragraph break ends one', () => {
  assert.deepEqual(sentenceSpans(TEXT).map(words), ['Xi met Mishustin.', 'He said ties were strong.', 'Tass reported the visit.', 'It ended Tuesday.'])
})

test('current, next and previous sentence from a caret or a selection', () => {
  const spans = sentenceSpans(TEXT)
  const caret = TEXT.indexOf('ties')
  assert.equal(words(sentenceFor(spans, { start: caret, end: caret }, 'current')), 'He said ties were strong.')
  assert.equal(words(sentenceFor(spans, { start: caret, end: caret }, 'next')), 'Tass reported the visit.')
  assert.equal(words(sentenceFor(spans, { start: caret, end: caret }, 'previous')), 'Xi met Mishustin.')
  const second = spans[1]!
  assert.equal(words(sentenceFor(spans, second, 'next')), 'Tass reported the visit.')
  assert.equal(words(sentenceFor(spans, second, 'previous')), 'Xi met Mishustin.')
  assert.equal(sentenceFor(spans, spans[0]!, 'previous'), null)
  assert.equal(sentenceFor(spans, spans[3]!, 'next'), null)
})
