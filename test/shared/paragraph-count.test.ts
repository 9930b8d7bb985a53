// The paragraph count made before parsing (shared/import/paragraph-count.ts):
// for plain text it is exactly the importer's; for Markdown the importer
// never makes fewer blocks than it says, over thousands of generated files
// mixing every construct that can hide a line from the count (code, raw
// HTML, lists, quotes, tables, front matter). Past the limit the file is
// refused in words before markdown-it runs. A web page's count is of the
// paragraphs, headings and list items that start with text, and parse5
// finds at least as many.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, type DefaultTreeAdapterTypes } from 'parse5'
import { markdownParagraphs, textParagraphs } from '../../shared/import/paragraph-count.ts'
import { htmlParagraphs } from '../../shared/import/html/paragraph-count.ts'
import { importHtml } from '../../shared/import/html/import.ts'
import { importText } from '../../shared/import/text.ts'
import { importMarkdown } from '../../shared/import/markdown.ts'
import { splitFrontMatter } from '../../shared/import/markdown-front-matter.ts'
import { importFile } from '../../shared/import/file.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { WorkMeter } from '../../shared/import/work-meter.ts'
import { seededRandom } from '../helpers/seeded-random.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'

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

const HTML_PIECES = [
  '<p>', '</p>', '<P>', '<li>', '</li>', '<h2>', '</h2>', '<h7>', 'text', 'More words.', ' ', '\n  ', '<span>', '</span>', '<b>', '<div>', '</div>',
  '<!-- <p>hidden -->', '<!--', '-->', '<script>"<p>a"</script>', '<script>', '</script>', '<style>p{}</style>', '<p title="<p>y">',
  '<p data-x=\'>\'>', '<p a"b>', '<textarea><p>z</textarea>', '<title><p>t</title>', '<br/>', '<p/>', 'a < b', '<?x?>', '<!x>',
  '<svg>', '</svg>', '<math>', '<table>', '<td>', '<ul>', '<pre>', '<noscript><p>n</noscript>', '</ p>', '<p\tclass=x>', '<select>', '</select>', '<template>', '</template>', '<option>', '<script><!--<script>', '-->',
  '<![CDATA[', ']]>', '<frameset>', '<plaintext>', '<iframe>', '</iframe>', '<xmp>', '<head>', '<body>', '</html>', '<desc>', '<foreignObject>',
  '<annotation-xml encoding="text/html">', '<input>', '<table><tr>', '<caption>', '&nbsp;', '&amp;', '\u00a0', '<a href="x">', '<dd>', '<form>', '<listing>',
]

function textOf(node: DefaultTreeAdapterTypes.ParentNode): string {
  return node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : 'childNodes' in child ? textOf(child) : '')).join('')
}

// The paragraphs, headings and list items with text in parse5's tree (a
// template's content is no part of the page).
function treeParagraphs(html: string): number {
  let found = 0
  const visit = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue
      if (/^(?:p|li|h[1-6])$/.test(child.tagName) && child.namespaceURI === 'http://www.w3.org/1999/xhtml' && /\S/.test(textOf(child))) found++
      visit(child)
    }
  }
  visit(parse(html))
  return found
}

test('HTML: parse5 finds at least as many paragraphs starting with text as counted; 950,000 of them are refused before it runs', () => {
  const random = seededRandom(13)
  let counted = 0
  for (let i = 0; i < 3000; i++) {
    const html = generated(random, HTML_PIECES, 1 + Math.floor(random() * 30), [''])
    const count = htmlParagraphs(html)
    assert.ok(count <= treeParagraphs(html), `counted ${count}, parse5 found ${treeParagraphs(html)}: ${JSON.stringify(html)}`)
    counted += count
  }
  assert.ok(counted > 100, `${counted}`)
  // Real pages (the extraction fixtures): at most what parse5 finds on each
  // (a list of links starts with an element, and is left out), a good part of it in all.
  const fixtures = join(REPO_ROOT, 'test', 'fixtures', 'extraction')
  let pages = 0
  let inPages = 0
  let countedInPages = 0
  for (const name of readdirSync(fixtures)) {
    const path = join(fixtures, name, 'source.html')
    if (!existsSync(path)) continue
    const html = readFileSync(path, 'utf8')
    const [count, inTree] = [htmlParagraphs(html), treeParagraphs(html)]
    assert.ok(count <= inTree, `${name}: counted ${count}, parse5 found ${inTree}`)
    pages++
    inPages += inTree
    countedInPages += count
  }
  assert.ok(pages > 20 && countedInPages >= inPages * 0.4, `${pages} pages: counted ${countedInPages} of ${inPages}`)
  const page = `<html><body>${'<p>a</p>'.repeat(950_000)}`
  const meter = new WorkMeter()
  assert.throws(() => importHtml(page, meter), { message: 'This HTML file has at least 950,000 paragraphs; one document may hold at most 100,000. Split it into smaller files and import those.' })
  assert.equal(meter.steps, 0, 'the page was parsed before the refusal')
  assert.equal(importHtml(`<html><body>${'<p>a</p>'.repeat(100_000)}`).blocks.length, 100_000)
})
