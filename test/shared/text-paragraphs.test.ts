// Plain text's paragraphs made in one pass (shared/import/text-paragraphs.ts):
// the same paragraphs as splitting into lines made, and a paragraph of a
// million lines refused without a string per line (under a heap cap the
// old way runs out of memory).

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { textParagraphTexts } from '../../shared/import/text-paragraphs.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'

// What text.ts did before, kept here as the reference.
function byLines(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).filter(Boolean).join(' ').replace(/[ \t]+/g, ' '))
    .filter((p) => p.length > 0)
}

test('the paragraphs are those the line-by-line reading made, on random texts of spaces, tabs, breaks and other whitespace', () => {
  const pieces = ['a', 'b', ' ', '  ', '\t', '\n', '\n\n', '\n \t\n', '\u00a0', '\f', '\u2028', '\u3000', '\uFEFF', '\ud800', 'x y']
  let seed = 7
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }
  for (let round = 0; round < 3000; round++) {
    let text = ''
    const length = random(40)
    for (let i = 0; i < length; i++) text += pieces[random(pieces.length)]
    assert.deepEqual(textParagraphTexts(text, 1000, () => new Error('too long')), byLines(text), JSON.stringify(text))
  }
})

test('a paragraph past the limit is refused, one at the limit kept', () => {
  const tooLong = () => new Error('too long')
  assert.deepEqual(textParagraphTexts('ab\ncd', 5, tooLong), ['ab cd'])
  assert.throws(() => textParagraphTexts('ab\ncde', 5, tooLong), /too long/)
  assert.deepEqual(textParagraphTexts('  ab  \n\n  \n cd\t\n', 2, tooLong), ['ab', 'cd'])
})

test('a text file of one paragraph in 950,000 lines is refused under a 160 MB heap, saying why', () => {
  const script = `
    const loaded = await import(${JSON.stringify(join(REPO_ROOT, 'shared', 'import', 'text.ts'))})
    const { importText } = loaded.importText ? loaded : loaded.default
    const text = 'Title\\n\\n' + 'word word word ab\\n'.repeat(950000)
    try { importText(text); console.log('imported') } catch (error) { console.log(error.message) }
  `
  const run = spawnSync(process.execPath, ['--max-old-space-size=160', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' })
  assert.equal(run.status, 0, `exited ${run.status} ${run.signal ?? ''}: ${run.stderr.slice(-500)}`)
  assert.match(run.stdout, /a paragraph of more than 1000000 characters, too long to import/)
})
