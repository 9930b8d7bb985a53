// The shared text helpers (shared/text/): one place for whitespace, clipping,
// code point offsets and the character classes callers must agree on.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { clip, flatten, oneLine } from '../../shared/text/one-line.ts'
import { codePointOffsets, utf16Offsets } from '../../shared/text/code-points.ts'
import { anyOf, BIDI_CONTROLS, CONTROLS, INVISIBLES, SEPARATORS, SPACES } from '../../shared/text/characters.ts'

test('oneLine folds every whitespace run, line breaks included, and trims; flatten does not trim', () => {
  assert.equal(oneLine('  a \t b\n\nc\u00a0\u2003d  '), 'a b c d')
  assert.equal(flatten(' a\n b '), ' a b ')
  assert.equal(oneLine(''), '')
})

test('clip cuts to at most max units, never inside a surrogate pair, the ellipsis counted', () => {
  assert.equal(clip('short', 10), 'short')
  assert.equal(clip('abcdef', 3), 'abc')
  assert.equal(clip('ab😀cd', 3), 'ab')
  assert.equal(clip('ab😀cd', 4), 'ab😀')
  assert.equal(clip('abc def', 5, '…'), 'abc…')
  assert.equal(clip('ab😀cd', 4, '…'), 'ab…')
  for (const text of ['😀😀😀😀', 'a😀b😀c', 'plain text here']) {
    for (let max = 1; max <= text.length; max++) {
      const cut = clip(text, max, '…')
      assert.ok(cut.length <= max, `${text} ${max}`)
      assert.doesNotMatch(cut, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, `${text} ${max}`)
    }
  }
})

test('code point and UTF-16 offsets convert both ways', () => {
  const text = 'a😀b𝄞𝄞c\ud800d'
  const toCp = codePointOffsets(text)
  const toUtf16 = utf16Offsets(text)
  const boundaries = [0, 1, 3, 4, 6, 8, 9, 10, 11]
  const cps = [0, 1, 2, 3, 4, 5, 6, 7, 8]
  assert.deepEqual(boundaries.map(toCp), cps)
  assert.deepEqual(cps.map(toUtf16), boundaries)
  assert.equal(codePointOffsets('plain')(3), 3)
  assert.equal(utf16Offsets('plain')(3), 3)
})

test('the character classes cover what they say and nothing ordinary', () => {
  const hidden = anyOf(CONTROLS, SPACES, SEPARATORS, BIDI_CONTROLS, INVISIBLES)
  for (const c of ['\u0000', '\t', '\n', '\u001b', '\u007f', '\u009b', ' ', '\u00a0', '\u2003', '\u2028', '\u200e', '\u202e', '\u2066', '\u200b', '\ufeff']) {
    assert.ok(hidden.test(c), `U+${c.charCodeAt(0).toString(16)}`)
  }
  for (const c of ['a', 'é', '中', '-', '/', '%']) assert.ok(!hidden.test(c), c)
})
