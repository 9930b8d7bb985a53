// Hostile files through importFile, as the user's file picker or the
// command line hands them over: each is refused in one sentence of the
// user's words (never a schema's path or a parser's jargon), or imported
// whole. Silently dropping part of an article is neither.

import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { importFile } from '../../shared/import/file.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { canonicalText } from '../../shared/model/document.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

function refusal(name: string, text: string): string {
  try {
    importFile({ name, bytes: utf8(text) })
  } catch (error) {
    assert.ok(error instanceof ImportError, `not an ImportError: ${String(error)}`)
    return error.message
  }
  assert.fail(`${name} was imported`)
}

describe('a text file with one enormous paragraph', () => {
  test('a single line of 1.2 million characters is refused in words, not with the schema\'s limit', () => {
    const message = refusal('one-line.txt', 'word '.repeat(240_001))
    assert.equal(message, 'The text file has a paragraph of more than 1000000 characters, too long to import; blank lines between paragraphs would split it.')
  })

  test('the same words split by blank lines import', () => {
    const draft = importFile({ name: 'split.txt', bytes: utf8(Array.from({ length: 4 }, () => 'word '.repeat(60_001)).join('\n\n')) })
    assert.equal(draft.blocks.length, 4)
  })
})

describe('Markdown nested past what the parser follows', () => {
  // markdown-it stops at 100 levels and drops the rest of the block: the
  // words inside, and in a list everything after it.
  test('quotes 150 deep are refused, not imported without their words', () => {
    const message = refusal('deep.md', `First paragraph.\n\n${'>'.repeat(150)} deep words\n\nLast paragraph.\n`)
    assert.equal(message, 'This Markdown file is too deeply nested to import safely (lists or quotes inside each other about 50 times or more).')
  })

  test('lists 150 deep are refused, and so is the 100,000-deep one', () => {
    assert.match(refusal('deep-list.md', `First.\n\n${'- '.repeat(150)}deep item\n\nLast paragraph.\n`), /too deeply nested/)
    assert.match(refusal('deeper.md', `${'- '.repeat(100_000)}item\n`), /too deeply nested/)
    assert.match(refusal('deeper-quote.md', `${'>'.repeat(100_000)} quoted\n`), /too deeply nested/)
    assert.match(refusal('mixed.md', `${'> - '.repeat(50_000)}item\n`), /too deeply nested/)
  })

  test('quotes 60 deep, within the limit, keep every word', () => {
    const draft = importFile({ name: 'fine.md', bytes: utf8(`First.\n\n${'>'.repeat(60)} deep words\n\nLast.\n`) })
    assert.equal(canonicalText(draft.blocks), 'First.\n\ndeep words\n\nLast.')
  })

  test('deep emphasis keeps its words as text', () => {
    const draft = importFile({ name: 'emphasis.md', bytes: utf8(`${'*a '.repeat(200)}middle${' a*'.repeat(200)}\n`) })
    assert.match(canonicalText(draft.blocks), /middle/)
  })
})

describe('an HTML table row of very many cells', () => {
  // Each cell asked whether the row so far held text by reading all of it:
  // 80,000 cells took 42 s, 160,000 over 2 minutes. Linear, this is a few
  // seconds even on a loaded machine; the bound is far above that.
  test('100,000 cells import in bounded time', () => {
    const started = performance.now()
    const draft = importFile({ name: 'row.html', bytes: utf8(`<html><body><table><tr>${'<td>a</td>'.repeat(100_000)}</tr></table></body></html>`) })
    assert.ok(performance.now() - started < 30_000, `${Math.round(performance.now() - started)} ms`)
    assert.match(canonicalText(draft.blocks), /^a \| a \| a/)
  })
})
