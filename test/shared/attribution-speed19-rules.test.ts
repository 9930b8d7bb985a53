// Session 19's faster readings give what they replace: fold's plain path
// (a walk by character codes for a pattern), the memo's remembered "no",
// and tokens stored one byte a character from a two-byte text.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fold } from '../../shared/attribution/fold.ts'
import { memo } from '../../shared/attribution/memo.ts'
import { tokenize } from '../../shared/attribution/nlp.ts'

// The full steps fold's plain path stands for.
const slow = (name: string) => name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’‘`]/g, "'")
  .replace(/[“”]/g, '"').replace(/[\s\u00a0]+/g, ' ').trim().replace(/^the /, '')

test('fold gives the full steps\' key on plain names and on the near misses of the plain path', () => {
  for (const name of ['Xinhua', 'The New York Times', 'the Times', 'Mr. Wang', 'AT&T', 'A', '~', '!', 'Moody\'s',
    // Near misses the plain path must leave to the full steps: spaces at the ends or doubled, a backquote, tabs, a
    // non-breaking space, accents, typographic marks, a control character, DEL.
    ' Xinhua', 'Xinhua ', 'New  York', 'Moody`s', 'New\tYork', 'New\u00a0York', 'Erdoğan', 'Mo’s', '“Pravda”', 'a\u0007b', 'a\u007fb', '', ' ']) {
    assert.equal(fold(name), slow(name), JSON.stringify(name))
  }
})

test('memo asks once for a name whose answer is undefined, and again once both generations forgot it', () => {
  const asked: string[] = []
  const outlet = memo((name: string) => { asked.push(name); return name === 'Xinhua' ? 'Xinhua' : undefined }, 2)
  assert.equal(outlet('Wang'), undefined)
  assert.equal(outlet('Wang'), undefined)
  assert.equal(outlet('Xinhua'), 'Xinhua')
  assert.deepEqual(asked, ['Wang', 'Xinhua'])
  // Two generations of two: four newer names push "Wang" out of both.
  for (const name of ['a', 'b', 'c', 'd']) outlet(name)
  assert.equal(outlet('Wang'), undefined)
  assert.equal(asked.filter((n) => n === 'Wang').length, 2)
})

test('tokens of a two-byte text have the same words, lower-cased alike, wherever they sit', () => {
  const plain = 'Mr Wang told Xinhua that trade grew, officials said.'
  // A typographic mark anywhere makes the whole text two bytes a character.
  const typographic = `${plain} “It grew,” he said of Erdoğan’s plan.`
  const one = tokenize(plain)
  const two = tokenize(typographic).slice(0, one.length)
  assert.deepEqual(two, one)
  const words = tokenize(typographic).map((t) => [t.text, t.lower, typographic.slice(t.start, t.end)])
  for (const [text, lower, written] of words) {
    assert.equal(text, written)
    assert.equal(lower, text!.toLowerCase())
  }
  // (A word with a letter beyond one byte keeps it: "Erdoğan" and the marks are as written.)
  assert.ok(words.some(([text]) => text === 'Erdoğan'))
  assert.ok(words.some(([text]) => text === '“'))
})
