// Big and odd files through importFile, as the file picker hands them over:
// what is too long is refused early, saying what is too long and the limit
// in plain words; a big ordinary page imports; a title made from the file's
// name carries no control or bidi characters.

import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { importFile } from '../../shared/import/file.ts'
import { importHtml } from '../../shared/import/html/import.ts'
import { importMarkdown } from '../../shared/import/markdown.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { WorkMeter } from '../../shared/import/work-meter.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    assert.ok(error instanceof ImportError, `not an ImportError: ${String(error)}`)
    return error.message
  }
  assert.fail('it was imported')
}

// 12 MB: one paragraph of 210,000 links, as a page of links saved whole.
function linksPage(): string {
  const links: string[] = []
  for (let i = 0; i < 210_000; i++) links.push(`<a href="https://example.com/story/${i}">word ${i}</a>`)
  return `<!doctype html><html><head><title>Links</title></head><body><p>${links.join(' ')}</p></body></html>`
}

describe('a paragraph longer than a paragraph may be', () => {
  test('a 12 MB page that is one paragraph of links is refused as soon as the paragraph passes the limit, in words', () => {
    const source = linksPage()
    assert.ok(source.length > 12_000_000, `${source.length} bytes`)
    const meter = new WorkMeter()
    const message = refusal(() => importHtml(source, meter))
    assert.equal(message, 'This HTML file has a paragraph longer than 1,000,000 characters, the most one paragraph may hold (it starts “word 0 word 1 word 2 word 3 word 4 word…”); split it into shorter paragraphs and import it again.')
    // Parsing and finding the article take about 2.4 million steps here;
    // reading the paragraph to its end and building its block took 4 million more.
    assert.ok(meter.steps < 3_500_000, `${meter.steps} steps for ${source.length} bytes`)
    assert.equal(refusal(() => importFile({ name: 'links.html', bytes: utf8(source) })), message)
  })

  test('an over-long heading in HTML, and paragraph in Markdown, are named as what they are', () => {
    const heading = refusal(() => importHtml(`<html><body><h2>${'long '.repeat(210_000)}</h2><p>Text.</p></body></html>`))
    assert.match(heading, /^This HTML file has a heading longer than 1,000,000 characters, the most one paragraph may hold \(it starts “long long /)
    const paragraph = refusal(() => importMarkdown(`Start ${'word '.repeat(200_001)}`))
    assert.equal(paragraph, 'This Markdown file has a paragraph longer than 1,000,000 characters, the most one paragraph may hold (it starts “Start word word word word word word wor…”); split it into shorter paragraphs and import it again.')
  })

  test('more paragraphs than a document may hold are counted in words', () => {
    const message = refusal(() => importMarkdown('word\n\n'.repeat(100_001)))
    assert.equal(message, 'This Markdown file has at least 100,001 paragraphs; one document may hold at most 100,000. Split it into smaller files and import those.')
  })
})

describe('a big ordinary page', () => {
  // parse5 hands text over a word and a space at a time; counted as nodes,
  // a 10 MB article of plain paragraphs passed the limit of 2,000,000.
  test('a 10 MB article of 21,000 plain paragraphs imports', () => {
    const paragraph = `<p>${'Some words of an ordinary article sentence here. '.repeat(10)}</p>\n`
    const source = `<!doctype html><html><head><title>Long read</title></head><body><article>${paragraph.repeat(21_000)}</article></body></html>`
    assert.ok(source.length > 10_000_000, `${source.length} bytes`)
    const draft = importFile({ name: 'long.html', bytes: utf8(source) })
    assert.equal(draft.blocks.length, 21_000)
  })
})

describe('a title made from the file name', () => {
  test('loses its control, bidi and invisible characters', () => {
    const page = utf8('<html><body><p>Just a few words of text, and no title or heading.</p></body></html>')
    assert.equal(importFile({ name: 'invoice\u202Egnp.html', bytes: page }).meta.title, 'invoicegnp')
    assert.equal(importFile({ name: 'a\u0000b\u0007c\u200Bd\u2066e\u2069.html', bytes: page }).meta.title, 'abcde')
    assert.equal(importFile({ name: 'notes\u0000.md', bytes: utf8('Some words, no heading.') }).meta.title, 'notes')
    // Nothing readable left: the usual stand-in.
    assert.equal(importFile({ name: '\u202E\u0000.html', bytes: page }).meta.title, 'Untitled')
  })
})
