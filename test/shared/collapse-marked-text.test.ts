import { test } from 'node:test'
import assert from 'node:assert/strict'
import { collapseMarkedText } from '../../shared/import/collapse-marked-text.ts'

const ascii = (c: string) => c === ' ' || c === '\n' || c === '\t'

test('runs of spaces become one, the ends none; marks keep their words and lose their spaces', () => {
  const raw = '  Xi  met\n\tMishustin   in  Beijing  '
  const marks = [
    { type: 'em', from: raw.indexOf('Xi') - 1, to: raw.indexOf('met') + 4 }, // " Xi  met\n"
    { type: 'strong', from: raw.indexOf('Beijing'), to: raw.length }, // "Beijing  "
    { type: 'em', from: 0, to: 2 }, // only leading spaces
  ]
  const { text, marks: moved } = collapseMarkedText(raw, marks, ascii)
  assert.equal(text, 'Xi met Mishustin in Beijing')
  assert.deepEqual(moved.map((m) => [m.type, text.slice(m.from, m.to)]), [['em', 'Xi met'], ['strong', 'Beijing']])
})

test('surrogate pairs and CJK keep their offsets; what counts as a space is the caller\'s', () => {
  const raw = '合作  🎉\u00a0 done'
  const at = raw.indexOf('🎉')
  const { text, marks } = collapseMarkedText(raw, [{ from: at, to: at + 2 }], ascii)
  assert.equal(text, '合作 🎉\u00a0 done')
  assert.equal(text.slice(marks[0]!.from, marks[0]!.to), '🎉')
  assert.equal(collapseMarkedText(raw, [], (c) => /\s/.test(c)).text, '合作 🎉 done')
})
