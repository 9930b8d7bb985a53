import { test } from 'node:test'
import assert from 'node:assert/strict'
import { meanScore, shingleScore, words } from '../../bench/shingle-f1.ts'

test('words: lowercased letter runs; each CJK character is a word', () => {
  assert.deepEqual(words('Xi met Mishustin, on Nov. 5.'), ['xi', 'met', 'mishustin', 'on', 'nov', '5'])
  assert.deepEqual(words('中俄合作 Россия!'), ['中', '俄', '合', '作', 'россия'])
})

test('identical texts score 1, disjoint texts 0, joins between blocks do not matter', () => {
  const body = 'one two three four five six seven'
  assert.deepEqual(shingleScore(body, body), { precision: 1, recall: 1, f1: 1 })
  assert.equal(shingleScore('one two three four\n\nfive six seven', body).f1, 1)
  assert.equal(shingleScore('alpha beta gamma delta epsilon', body).f1, 0)
})

test('extra text costs precision, missing text costs recall', () => {
  const body = 'a b c d e f g h' // 5 shingles
  const extra = shingleScore(`${body} x y z w`, body) // 9 shingles, 5 right
  assert.equal(extra.recall, 1)
  assert.equal(extra.precision, 5 / 9)
  const part = shingleScore('a b c d e', body) // 2 shingles, both right
  assert.equal(part.precision, 1)
  assert.equal(part.recall, 2 / 5)
  assert.ok(Math.abs(part.f1 - (2 * 1 * 0.4) / 1.4) < 1e-12)
})

test('shingles count as a multiset: a repeated teaser is not free', () => {
  const body = 'the quick brown fox jumps'
  assert.equal(shingleScore(`${body} ${body}`, body).precision, 2 / 7) // 2 of 7 shingles
})

test('empty texts, short texts, and the mean weighs pages equally', () => {
  assert.equal(shingleScore('', '').f1, 1)
  assert.equal(shingleScore('', 'some words here now').f1, 0)
  assert.equal(shingleScore('two words', 'two words').f1, 1)
  assert.deepEqual(meanScore([{ precision: 1, recall: 1, f1: 1 }, { precision: 0, recall: 0.5, f1: 0 }]), { precision: 0.5, recall: 0.75, f1: 0.5 })
})
