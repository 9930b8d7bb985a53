// The paragraph count made before parsing (shared/import/paragraph-count.ts):
// for plain text it is exactly the importer's; for Markdown the importer
// never makes fewer blocks than it says, over thousands of generated files
// mixing every construct that can hide a line from the count (code, raw
// HTML, lists, quotes, tables, front matter). Past the limit the file is
// refused in words before markdown-it runs.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { markdownParagraphs, textParagraphs } from '../../shared/import/paragraph-count.ts'
import { importText } from '../../shared/import/text.ts'
import { importMarkdown } from '../../shared/import/markdown.ts'
import { splitFrontMatter } from '../../shared/import/markdown-front-matter.ts'
import { importFile } from '../../shared/import/file.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { WorkMeter } from '../../shared/import/work-meter.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

const TEXT_LINES = ['', ' ', '\t', ' \t ', 'word', '  two words  ', '\u00a0', '\u3000', '\f', 'Title', 'A sentence.', '\uFEFF', 'x']
const BREAKS = ['\n', '\r\n', '\r']

const MARKDOWN_LINES = [
  '', '   ', 'word', 'A sentence.', '1.5 million', '2024 was a year', ' indented', '  two in', '   three in', '    code', '\tcode',
  '- item', '* item', '+ item', '-', '- ', '1. first', '2) second', '1.', '12345678901. not a list',
  '# Heading', '###### Six', '#NoSpace', '# ', '> quoted', '>', '> > nested', '  - nested item', '    - deep item',
  '```', '```js', '~~~', '````', '``` `x`', '  ```', '<!--', '-->', '<!-- one line -->', '<div>', '</div>', '<script>', '</script>',
  '<pre>', '</pre>', '<?php', '?>', '<!DOCTYPE x>', '<![CDATA[', ']]>', '<b>bold</b> text', '<http://example.com>',
  '[ref]: http://example.com', '[ref]', '![image](x.png)', '***', '---', '===', '| a | b |', '|---|---|', 'a | b', '--|--',
  '*emphasis*', '_under_', '&amp; entity', '\\- escaped', '`code` span', '-\titem', '1.\titem', ' - item', '- - item', '- # h',
  '- > q', '> - item', '- ```', '> ```', '   ~~~', '<table>', '<a href="x">', '|-|', 'a|b', 'x\\', '10. ten', '-1. x',
]

function generated(random: () => number, lines: readonly string[], count: number, breaks: readonly string[] = ['\n']): string {
  let text = ''
  for (let i = 0; i < count; i++) {
    text += lines[Math.floor(random() * lines.length)]!
    text += breaks[Math.floor(random() * breaks.length)]!
  }
  return random() < 0.5 ? text : text.slice(0, -1)
}

function blocksOf(run: () => { blocks: unknown[] }): number {
  try {
    return run().blocks.length
  } catch (error) {
    // "no readable text", and the like: no blocks.
    if (error instanceof ImportError && !/paragraphs; one document/.test(error.message)) return 0
    throw error
  }
}

test('plain text: the count is the importer\'s, line breaks and whitespace of every kind', () => {
  const random = seededRandom(7)
  for (let i = 0; i < 3000; i++) {
    const text = generated(random, TEXT_LINES, 1 + Math.floor(random() * 30), BREAKS)
    assert.equal(textParagraphs(text), blocksOf(() => importText(text)), JSON.stringify(text))
  }
})

test('Markdown: the importer makes at least as many blocks as counted, and exactly as many for plain paragraphs', () => {
  const random = seededRandom(11)
  let counted = 0
  for (let i = 0; i < 4000; i++) {
    const front = random() < 0.1 ? '---\ntitle: A title\n\nauthor: Someone\n---\n' : ''
    const source = front + generated(random, MARKDOWN_LINES, 1 + Math.floor(random() * 25))
    const count = markdownParagraphs(splitFrontMatter(source).body)
    const blocks = blocksOf(() => importMarkdown(source))
    assert.ok(count <= blocks, `counted ${count}, the importer made ${blocks}: ${JSON.stringify(source)}`)
    counted += count
  }
  // The count is not a trivial zero.
  assert.ok(counted > 1000, `${counted}`)
  const plain = 'One.\n\nTwo\nstill two.\n\n- three\n- four\n\n# Five\n\nSix.\n\n> Seven\n'
  assert.equal(markdownParagraphs(plain), 7)
  assert.equal(importMarkdown(plain).blocks.length, 7)
})

test('950,000 one-letter paragraphs: refused in words, saying how many and the limit, before the Markdown parser runs', () => {
  const text = Array.from({ length: 950_000 }, () => 'a').join('\n\n')
  const refusal = (run: () => unknown) => {
    try {
      run()
    } catch (error) {
      assert.ok(error instanceof ImportError, String(error))
      return error.message
    }
    assert.fail('it was imported')
  }
  const bytes = new TextEncoder().encode(text)
  assert.throws(() => importFile({ name: 'letters.txt', bytes }), { message: 'This text file has 950,000 paragraphs; one document may hold at most 100,000. Split it into smaller files and import those.' })
  assert.throws(() => importFile({ name: 'letters.md', bytes }), { message: 'This Markdown file has at least 950,000 paragraphs; one document may hold at most 100,000. Split it into smaller files and import those.' })
  const meter = new WorkMeter()
  assert.throws(() => importMarkdown(text, meter), ImportError)
  assert.equal(meter.steps, 0, 'the Markdown blocks were walked before the refusal')
  // Just past the limit, and at it.
  assert.match(refusal(() => importText('a\n\n'.repeat(100_001))), /has 100,001 paragraphs; one document may hold at most 100,000/)
  assert.equal(importText('a\n\n'.repeat(100_000)).blocks.length, 100_000)
  assert.match(refusal(() => importMarkdown('- a\n'.repeat(100_001))), /has at least 100,001 paragraphs/)
  assert.equal(importMarkdown('a\n\n'.repeat(100_000)).blocks.length, 100_000)
})
