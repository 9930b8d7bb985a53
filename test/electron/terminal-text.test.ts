import { test } from 'node:test'
import assert from 'node:assert/strict'
import { terminalJson, terminalText } from '../../electron/cli/terminal-text.ts'

test('C0, DEL, C1 and bidi controls are shown escaped; other text is untouched', () => {
  assert.equal(terminalText('\x1b]0;pwned\x07\x1b[2J'), '\\x1B]0;pwned\\x07\\x1B[2J')
  assert.equal(terminalText('a\nb\tc\rd\0'), 'a\\x0Ab\\x09c\\x0Dd\\x00')
  assert.equal(terminalText('\x7f\u0085\u009b31m'), '\\x7F\\x85\\x9B31m')
  assert.equal(terminalText('invoice\u202Efdp.exe \u2066x\u2069 \u2028'), 'invoice\\u202Efdp.exe \\u2066x\\u2069 \\u2028')
  const plain = 'Xi Jinping meets «Мишустин» — 习近平 🙂 \\x1B'
  assert.equal(terminalText(plain), plain)
})

test('JSON for the terminal has no raw control character and parses to the same value', () => {
  const value = [{ title: 'a\x1b[2J\u009b\u202e\u2069b', n: 1 }]
  const text = terminalJson(value)
  assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/)
  assert.deepEqual(JSON.parse(text), value)
  assert.equal(terminalJson({ a: 'plain' }), JSON.stringify({ a: 'plain' }, null, 2))
})
