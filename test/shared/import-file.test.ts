import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { formatFromName, importFile, readAs, sniffFormat, toArticleDraft } from '../../shared/import/file.ts'
import { ImportError, type ImportedArticle } from '../../shared/import/imported-article.ts'
import { ArticleDraft, canonicalText, type Block } from '../../shared/model/document.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/encodings/${name}`, import.meta.url))))
const utf8 = (text: string) => new TextEncoder().encode(text)

// Every draft importFile returns must pass the schema as it is.
function importOk(name: string, content: string | Uint8Array): ArticleDraft {
  const draft = importFile({ name, bytes: typeof content === 'string' ? utf8(content) : content })
  const parsed = ArticleDraft.safeParse(draft)
  assert.ok(parsed.success, parsed.success ? '' : parsed.error.message)
  assert.deepEqual(parsed.data, draft)
  return draft
}

function rejects(run: () => unknown, message: string) {
  assert.throws(run, (error: unknown) => {
    assert.ok(error instanceof ImportError, `not an ImportError: ${String(error)}`)
    assert.equal(error.message, message)
    return true
  })
}

const paragraph = (text: string): Block => ({ type: 'paragraph', text })

// The same bytes read as each format: Markdown makes "#" a heading and
// "*x*" emphasis, HTML reads tags, text keeps every character.
const MIXED = '# Markets rally\n\nStocks *rose* on <b>Tuesday</b>, traders said.'

describe('format by extension', () => {
  test('.txt and .text are plain text, whatever they contain', () => {
    for (const name of ['story.txt', 'STORY.TXT', 'story.text']) {
      const draft = importOk(name, MIXED)
      assert.deepEqual(draft.blocks, [{ type: 'title', text: '# Markets rally' }, paragraph('Stocks *rose* on <b>Tuesday</b>, traders said.')], name)
      assert.equal(draft.meta.title, '# Markets rally')
    }
  })

  test('.md, .markdown, .mdown and .mkd are Markdown', () => {
    for (const name of ['story.md', 'story.markdown', 'Story.MDown', 'story.mkd']) {
      const draft = importOk(name, MIXED)
      assert.equal(draft.meta.title, 'Markets rally', name)
      assert.equal(draft.blocks[0]!.text, 'Markets rally', name)
      // Raw HTML is dropped by the Markdown importer, emphasis becomes a mark.
      assert.equal(draft.blocks.length, 2, name)
      assert.ok(!canonicalText(draft.blocks).includes('*'), name)
    }
  })

  test('.html, .htm, .xhtml and .shtml are HTML', () => {
    const page = '<p>Stocks rose on <b>Tuesday</b>, traders said.</p>'
    for (const name of ['story.html', 'story.HTM', 'story.xhtml', 'story.shtml']) {
      const draft = importOk(name, page)
      assert.equal(canonicalText(draft.blocks), 'Stocks rose on Tuesday, traders said.', name)
      assert.equal(draft.meta.title, 'story', name)
    }
  })

  test('the extension is the last one of the last path segment', () => {
    assert.equal(formatFromName('C:\\news\\2025.11\\story.md'), 'markdown')
    assert.equal(formatFromName('/home/me/notes.txt/story.html'), 'html')
    assert.equal(formatFromName('story.html.txt'), 'text')
    assert.equal(formatFromName('.md'), undefined)
    assert.equal(formatFromName('README'), undefined)
    assert.equal(formatFromName('data.json'), undefined)
  })

  test('an extension named like an Object.prototype member is just unknown', () => {
    for (const ext of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      assert.equal(formatFromName(`story.${ext}`), undefined, ext)
    }
    const draft = importFile({ name: 'story.constructor', bytes: new TextEncoder().encode('A title\n\nSome text.') })
    assert.equal(draft.meta.title, 'A title')
  })
})

describe('format by sniffing, for unknown or missing extensions', () => {
  test('HTML openings', () => {
    for (const text of [
      '<!DOCTYPE html>\n<p>x</p>',
      '<!doctype HTML><p>x</p>',
      '  \n<html lang="en"><p>x</p>',
      '<HTML>',
      '<head><title>x</title></head>',
      '<body>x</body>',
      '\uFEFF<html>',
      '<!-- saved from url=(0042)https://example.com/ -->\n<!-- another -->\n<html>',
      '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
      '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html>',
    ]) assert.equal(sniffFormat(text), 'html', text)
  })

  test('everything else is text, Markdown included', () => {
    for (const text of [
      'Plain words.',
      '# A Markdown heading\n\n*emphasis*',
      '<p>A fragment is not a page</p>',
      '<htmlish>',
      '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>',
      '<?xml version="1.0"',
      '<!-- a comment that never ends <html>',
      'Text first, then <html>',
    ]) assert.equal(sniffFormat(text), 'text', text)
  })

  test('a page without an extension is read as HTML, anything else as text', () => {
    const page = importOk('download', '<!DOCTYPE html><html><head><title>Rates held</title></head><body><p>The bank held rates.</p></body></html>')
    assert.equal(page.meta.title, 'Rates held')
    assert.equal(canonicalText(page.blocks), 'The bank held rates.')
    const text = importOk('story.dat', MIXED)
    assert.deepEqual(text.blocks, [{ type: 'title', text: '# Markets rally' }, paragraph('Stocks *rose* on <b>Tuesday</b>, traders said.')])
  })
})

describe('unsupported and non-text files', () => {
  const cases: [string, string][] = [
    // An .mhtml or .mht file is read as an archive (mhtml.test.ts); text that is not one is refused as such.
    ['page.mhtml', 'The file is not an MHTML web archive: it has no multipart/related page in it.'],
    ['page.MHT', 'The file is not an MHTML web archive: it has no multipart/related page in it.'],
    ['page.webarchive', 'Safari web archives are not supported yet; save the page as "Web page, HTML only" and import that.'],
    ['report.pdf', 'PDF files are not supported yet; export it as text and import that.'],
    ['report.PDF', 'PDF files are not supported yet; export it as text and import that.'],
    ['letter.docx', 'Word documents are not supported yet; export it as text and import that.'],
    ['book.epub', 'EPUB books are not supported yet; export it as text and import that.'],
  ]
  for (const [name, message] of cases) {
    test(`${name} is refused by its extension or content`, () => rejects(() => importFile({ name, bytes: utf8('Some text that would import fine.') }), message))
  }

  test('a .txt file that is really a PNG is rejected as binary', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])
    rejects(() => importFile({ name: 'photo.txt', bytes: png }), 'This is a PNG image, not text, Markdown or HTML.')
  })

  test('a .md file of binary data is rejected', () => {
    rejects(() => importFile({ name: 'notes.md', bytes: Uint8Array.from({ length: 300 }, (_, i) => (i * 97 + 13) % 256) }), 'The file is not text: it looks like binary data.')
  })

  test('an empty file is rejected', () => {
    rejects(() => importFile({ name: 'empty.html', bytes: new Uint8Array(0) }), 'The file is empty.')
  })
})

describe('legacy encodings end to end', () => {
  const expected = {
    gbk: {
      title: '中俄总理举行第三十次定期会晤',
      paragraphs: ['新华社北京11月4日电 国务院总理李强在人民大会堂同俄罗斯总理米舒斯京举行中俄总理第三十次定期会晤。', '双方同意深化经贸、能源和人文交流合作。'],
    },
    cp1251: {
      title: 'Встреча глав правительств России и Китая',
      paragraphs: [
        'Председатель КНР Си Цзиньпин встретился в Пекине с председателем правительства России Михаилом Мишустиным.',
        'Стороны обсудили торговлю, энергетику и гуманитарные связи; встреча прошла в четверг.',
      ],
    },
  }

  for (const [name, file, want] of [
    ['gbk-meta-charset.html', 'gbk-meta-charset.html', expected.gbk],
    ['windows-1251-http-equiv.html', 'windows-1251-http-equiv.html', expected.cp1251],
    ['saved page with no extension (GBK)', 'gbk-meta-charset.html', expected.gbk],
  ] as const) {
    test(name, () => {
      const draft = importOk(name.endsWith('.html') ? name : 'saved-page', fixture(file))
      assert.equal(draft.meta.title, want.title)
      const texts = draft.blocks.map((b) => b.text)
      for (const p of want.paragraphs) assert.ok(texts.includes(p), `missing paragraph ${p}`)
      assert.ok(!canonicalText(draft.blocks).includes('\uFFFD'))
    })
  }
})

describe('title fallback', () => {
  const draft = (imported: ImportedArticle, name = 'folder/2025-11-05 rates.txt') => toArticleDraft(imported, name).meta.title

  test('the title the file states comes first', () => {
    assert.equal(draft({ meta: { title: 'Stated' }, blocks: [{ type: 'title', text: 'Block title' }, paragraph('x')] }), 'Stated')
  })

  test('then the first title block, then the first heading', () => {
    const blocks: Block[] = [paragraph('Lead.'), { type: 'heading', text: 'First heading', level: 2 }, { type: 'title', text: 'Late title' }, { type: 'heading', text: 'Second', level: 2 }]
    assert.equal(draft({ meta: {}, blocks }), 'Late title')
    assert.equal(draft({ meta: {}, blocks: blocks.filter((b) => b.type !== 'title') }), 'First heading')
  })

  test('then the file name without its extension or folder', () => {
    assert.equal(draft({ meta: {}, blocks: [paragraph('x')] }), '2025-11-05 rates')
    assert.equal(draft({ meta: {}, blocks: [paragraph('x')] }, 'C:\\Users\\me\\  report.final.md  '), 'report.final')
  })

  test('"Untitled" when even the name is blank', () => {
    assert.equal(draft({ meta: {}, blocks: [paragraph('x')] }, '   .txt'), 'Untitled')
    assert.equal(draft({ meta: {}, blocks: [paragraph('x')] }, ''), 'Untitled')
  })

  test('blank candidates are skipped and whitespace collapses', () => {
    assert.equal(draft({ meta: { title: ' \n ' }, blocks: [{ type: 'heading', text: 'Rates\nheld  steady', level: 1 }] }), 'Rates held steady')
  })

  test('a long title is cut to 1000 characters with an ellipsis, never inside a surrogate pair', () => {
    const long = draft({ meta: { title: 'word '.repeat(400) }, blocks: [paragraph('x')] })
    assert.equal(long, `${'word '.repeat(199)}word…`)
    assert.equal(long.length, 1000)
    const emoji = draft({ meta: {}, blocks: [{ type: 'title', text: `ab${'😀'.repeat(600)}` }] })
    assert.equal(emoji, `ab${'😀'.repeat(498)}…`)
    assert.equal(emoji.length, 999)
  })

  test('end to end: a text file with a title line, one without, and Markdown with only a subheading', () => {
    assert.equal(importOk('x.txt', 'Rates Held\n\nThe bank held rates on Tuesday.').meta.title, 'Rates Held')
    assert.equal(importOk('bank-decision.txt', 'The bank held rates on Tuesday.').meta.title, 'bank-decision')
    assert.equal(importOk('x.md', 'The bank held rates.\n\n## What comes next\n\nMore cuts.').meta.title, 'What comes next')
  })
})

describe('the draft is checked', () => {
  test('metadata fields left undefined are dropped', () => {
    assert.deepEqual(toArticleDraft({ meta: { author: undefined, publisher: 'Wire' }, blocks: [paragraph('x')] }, 'a.txt'), {
      meta: { publisher: 'Wire', title: 'a' },
      blocks: [paragraph('x')],
    })
  })

  test('an importer result that breaks the schema is described in words', () => {
    rejects(() => toArticleDraft({ meta: {}, blocks: [paragraph('a'), { type: 'paragraph', text: 'ab', marks: [{ type: 'em', from: 0, to: 3 }] }] }, 'a.txt'),
      'The file could not be imported: block 2 is invalid (a mark reaches past the end of its block).')
    rejects(() => toArticleDraft({ meta: { url: 'x'.repeat(5000) }, blocks: [paragraph('a')] }, 'a.txt'),
      'The file could not be imported: the url is invalid (too big: expected string to have <=4096 characters).')
    rejects(() => toArticleDraft({ meta: {}, blocks: [{ type: 'heading', text: 'H', level: 9 }] }, 'a.txt'),
      'The file could not be imported: block 1 (level) is invalid (too big: expected number to be <=6).')
  })

  test('no blocks at all', () => {
    rejects(() => toArticleDraft({ meta: { title: 'T' }, blocks: [] }, 'a.txt'), 'The file has no text to import.')
  })

  test('an unexpected error in an importer becomes one sentence naming the format', () => {
    rejects(() => readAs('html', 'x', () => { throw new TypeError('Cannot read properties of undefined (reading \'tagName\')\n    at walk (x.ts:1:1)') }),
      'The file could not be read as HTML: Cannot read properties of undefined (reading \'tagName\').')
    rejects(() => readAs('markdown', 'x', () => { throw new RangeError('Maximum call stack size exceeded.') }),
      'The file could not be read as Markdown: Maximum call stack size exceeded.')
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a non-Error throw turns into is the case under test
    rejects(() => readAs('text', 'x', () => { throw 'odd' }), 'The file could not be read as text: odd.')
  })

  test('an ImportError from an importer reaches the user unchanged', () => {
    rejects(() => readAs('html', 'x', () => { throw new ImportError('The HTML file has no readable article text.') }), 'The HTML file has no readable article text.')
  })
})
