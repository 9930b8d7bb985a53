import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { importMarkdown } from '../../shared/import/markdown.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { ArticleDraft, type Block } from '../../shared/model/document.ts'

const texts = (blocks: Block[]) => blocks.map((b) => b.text)
// Each mark as the words it covers, so offsets are checked against the text.
const covered = (b: Block) => (b.marks ?? []).map((m) => [m.type, b.text.slice(m.from, m.to), m.href ?? null])

describe('importMarkdown: headings and paragraphs', () => {
  test('a first level-1 heading is the title and the metadata title', () => {
    const r = importMarkdown('# Leaders Meet\n\nThey met on Tuesday.\n\n## Background\n\nMore.\n\n# Late h1\n\n###### Deep')
    assert.deepEqual(r.blocks, [
      { type: 'title', text: 'Leaders Meet' },
      { type: 'paragraph', text: 'They met on Tuesday.' },
      { type: 'heading', text: 'Background', level: 2 },
      { type: 'paragraph', text: 'More.' },
      { type: 'heading', text: 'Late h1', level: 1 },
      { type: 'heading', text: 'Deep', level: 6 },
    ])
    assert.deepEqual(r.meta, { title: 'Leaders Meet' })
  })

  test('an h1 after other text is a heading and sets no title', () => {
    const r = importMarkdown('Intro.\n\n# Heading')
    assert.deepEqual(r.blocks, [{ type: 'paragraph', text: 'Intro.' }, { type: 'heading', text: 'Heading', level: 1 }])
    assert.deepEqual(r.meta, {})
  })

  test('a first h2 is a heading, not the title; setext headings count too', () => {
    assert.deepEqual(importMarkdown('## Sub\n\nText.').blocks[0], { type: 'heading', text: 'Sub', level: 2 })
    assert.deepEqual(importMarkdown('Big Title\n=========\n\nText.').blocks[0], { type: 'title', text: 'Big Title' })
  })

  test('line breaks inside a paragraph become single spaces', () => {
    const r = importMarkdown('One line\nnext line  \nhard break\\\nbackslash break\n\n  Second   paragraph.  ')
    assert.deepEqual(texts(r.blocks), ['One line next line hard break backslash break', 'Second paragraph.'])
  })

  test('entities are decoded and inline code keeps its text', () => {
    const r = importMarkdown('Fish &amp; chips &copy; &#1046; use `npm  test` now')
    assert.deepEqual(r.blocks, [{ type: 'paragraph', text: 'Fish & chips © Ж use npm test now' }])
  })
})

describe('importMarkdown: quotes and lists', () => {
  test('quotes become quote blocks whose level is the nesting depth', () => {
    const r = importMarkdown('> First quoted.\n>\n> > Inner one.\n> >\n> > > Third.\n>\n> Back out.\n\nAfter.')
    assert.deepEqual(r.blocks, [
      { type: 'quote', text: 'First quoted.', level: 1 },
      { type: 'quote', text: 'Inner one.', level: 2 },
      { type: 'quote', text: 'Third.', level: 3 },
      { type: 'quote', text: 'Back out.', level: 1 },
      { type: 'paragraph', text: 'After.' },
    ])
  })

  test('a heading inside a quote is quoted text', () => {
    assert.deepEqual(importMarkdown('> ## Said\n> Words.').blocks, [
      { type: 'quote', text: 'Said', level: 1 },
      { type: 'quote', text: 'Words.', level: 1 },
    ])
  })

  test('bullet lists are unordered items with their depth', () => {
    const r = importMarkdown('- one\n- two\n  - two a\n    - two a i\n- three')
    assert.deepEqual(r.blocks, [
      { type: 'item', text: 'one', level: 1, ordered: false },
      { type: 'item', text: 'two', level: 1, ordered: false },
      { type: 'item', text: 'two a', level: 2, ordered: false },
      { type: 'item', text: 'two a i', level: 3, ordered: false },
      { type: 'item', text: 'three', level: 1, ordered: false },
    ])
  })

  test('ordered lists number from their start, nested lists count on their own', () => {
    // (A nested list not starting at 1 needs the blank line: CommonMark lets only "1." interrupt a paragraph.)
    const r = importMarkdown('3. three\n3. four (marker ignored)\n\n   7) seven\n   1) eight\n      - bullet\n5. five\n\nText.\n\n0. zero\n1. one')
    assert.deepEqual(r.blocks, [
      { type: 'item', text: 'three', level: 1, ordered: true, number: 3 },
      { type: 'item', text: 'four (marker ignored)', level: 1, ordered: true, number: 4 },
      { type: 'item', text: 'seven', level: 2, ordered: true, number: 7 },
      { type: 'item', text: 'eight', level: 2, ordered: true, number: 8 },
      { type: 'item', text: 'bullet', level: 3, ordered: false },
      { type: 'item', text: 'five', level: 1, ordered: true, number: 5 },
      { type: 'paragraph', text: 'Text.' },
      { type: 'item', text: 'zero', level: 1, ordered: true, number: 0 },
      { type: 'item', text: 'one', level: 1, ordered: true, number: 1 },
    ])
  })

  test('later paragraphs of an item join its text with a space, marks shifted', () => {
    const r = importMarkdown('1. First para.\n\n   Second *para*.\n\n2. Next.')
    assert.deepEqual(r.blocks, [
      { type: 'item', text: 'First para. Second para.', level: 1, ordered: true, number: 1, marks: [{ type: 'em', from: 19, to: 23 }] },
      { type: 'item', text: 'Next.', level: 1, ordered: true, number: 2 },
    ])
  })

  test('lists inside a quote are items; a quote inside an item is a quote', () => {
    const r = importMarkdown('> Said:\n> 1. a\n>    - b\n\n- item\n\n  > quoted in item')
    assert.deepEqual(r.blocks, [
      { type: 'quote', text: 'Said:', level: 1 },
      { type: 'item', text: 'a', level: 1, ordered: true, number: 1 },
      { type: 'item', text: 'b', level: 2, ordered: false },
      { type: 'item', text: 'item', level: 1, ordered: false },
      { type: 'quote', text: 'quoted in item', level: 1 },
    ])
  })

  test('nesting deeper than six is clamped to level 6', () => {
    const quotes = importMarkdown('> > > > > > > > deep')
    assert.deepEqual(quotes.blocks, [{ type: 'quote', text: 'deep', level: 6 }])
    const list = importMarkdown(Array.from({ length: 8 }, (_, i) => `${'  '.repeat(i)}- l${i + 1}`).join('\n'))
    assert.deepEqual(list.blocks.map((b) => b.level), [1, 2, 3, 4, 5, 6, 6, 6])
  })

  test('an empty item makes no block but keeps its number', () => {
    assert.deepEqual(importMarkdown('1. a\n2.\n3. c').blocks.map((b) => [b.text, b.number]), [['a', 1], ['c', 3]])
  })
})

describe('importMarkdown: code, tables, rules, images', () => {
  test('code blocks give one paragraph per group of lines', () => {
    const r = importMarkdown('```js\nconst a =  1\nconst b = 2\n\n\nrun()\n```\n\n    indented code\n    more\n\nText.')
    assert.deepEqual(r.blocks, [
      { type: 'paragraph', text: 'const a = 1 const b = 2' },
      { type: 'paragraph', text: 'run()' },
      { type: 'paragraph', text: 'indented code more' },
      { type: 'paragraph', text: 'Text.' },
    ])
  })

  test('tables give one paragraph per row, cells joined with " | "', () => {
    const r = importMarkdown('| Name | Role |\n|------|------|\n| Xi | *President* |\n|  |  |\n| Mishustin |  |')
    assert.deepEqual(r.blocks, [
      { type: 'paragraph', text: 'Name | Role' },
      { type: 'paragraph', text: 'Xi | President', marks: [{ type: 'em', from: 5, to: 14 }] },
      { type: 'paragraph', text: 'Mishustin |' },
    ])
  })

  test('rules and images, alt text included, are dropped', () => {
    const r = importMarkdown('Before.\n\n---\n\n![a photo of *Beijing*](https://example.com/x.jpg)\n\nText ![alt](http://x/y.png "t") after.\n\n***')
    assert.deepEqual(texts(r.blocks), ['Before.', 'Text after.'])
    assert.ok(!JSON.stringify(r).includes('example.com'))
    assert.ok(!JSON.stringify(r).includes('x/y.png'))
  })
})

describe('importMarkdown: inline marks', () => {
  test('emphasis, strong and links become marks over the right words', () => {
    const b = importMarkdown('Some *em*, **strong**, ***both*** and [a **bold** link](https://example.com/a "T").').blocks[0]!
    assert.equal(b.text, 'Some em, strong, both and a bold link.')
    assert.deepEqual(covered(b), [
      ['em', 'em', null],
      ['strong', 'strong', null],
      ['em', 'both', null],
      ['strong', 'both', null],
      ['link', 'a bold link', 'https://example.com/a'],
      ['strong', 'bold', null],
    ])
  })

  test('marks survive collapsed whitespace and edge trimming', () => {
    const b = importMarkdown('   *first\n   words*   and   **more\nwords  here**  ').blocks[0]!
    assert.equal(b.text, 'first words and more words here')
    assert.deepEqual(b.marks, [{ type: 'em', from: 0, to: 11 }, { type: 'strong', from: 16, to: 31 }])
    assert.deepEqual(covered(b), [['em', 'first words', null], ['strong', 'more words here', null]])
  })

  test('a link with spaces inside its brackets covers only its words; an all-space link is dropped', () => {
    const b = importMarkdown('See [  the   report  ](https://a.example/r) and [ ](https://b.example) end').blocks[0]!
    assert.equal(b.text, 'See the report and end')
    assert.deepEqual(covered(b), [['link', 'the report', 'https://a.example/r']])
  })

  test('only http, https and mailto links are kept; others keep their words', () => {
    const b = importMarkdown([
      '[evil](javascript:alert(1))',
      '[data](data:text/html,<b>x</b>)',
      '[rel](/about)',
      '[file](file:///etc/passwd)',
      '[web](http://a.example)',
      '[mail](mailto:desk@a.example)',
      '<https://auto.example/p>',
      '<desk@b.example>',
    ].join(' ')).blocks[0]!
    assert.equal(b.text, 'evil data rel file web mail https://auto.example/p desk@b.example')
    assert.deepEqual(covered(b), [
      ['link', 'web', 'http://a.example'],
      ['link', 'mail', 'mailto:desk@a.example'],
      ['link', 'https://auto.example/p', 'https://auto.example/p'],
      ['link', 'desk@b.example', 'mailto:desk@b.example'],
    ])
    assert.ok(!JSON.stringify(b).includes('javascript'))
  })

  test('reference links resolve and an unsafe one is unlinked', () => {
    const b = importMarkdown('Read [the text][1] or [that][bad].\n\n[1]: https://a.example/t\n[bad]: javascript:void(0)').blocks
    assert.equal(b.length, 1)
    assert.deepEqual(covered(b[0]!), [['link', 'the text', 'https://a.example/t']])
    assert.equal(b[0]!.text, 'Read the text or that.')
  })

  test('strikethrough keeps its text without a mark', () => {
    assert.deepEqual(importMarkdown('a ~~gone~~ b').blocks, [{ type: 'paragraph', text: 'a gone b' }])
  })
})

describe('importMarkdown: raw HTML', () => {
  const source = [
    'Intro <span class="x">kept words</span> end.',
    '',
    '<script>alert(1)</script>',
    '',
    'Inline <script>alert(2)</script> script and <style>p{color:red}</style> style.',
    '',
    '<img src=x onerror=alert(3)>',
    '',
    'Inline <img src=x onerror=alert(4)> image. <!-- a comment -->',
    '',
    '<div>',
    'block html',
    '</div>',
    '',
    'Last.',
  ].join('\n')
  const r = importMarkdown(source)

  test('HTML tags, script and style contents and HTML blocks are gone', () => {
    assert.deepEqual(texts(r.blocks), ['Intro kept words end.', 'Inline script and style.', 'Inline image.', 'Last.'])
  })

  test('nothing of the HTML shows in any block', () => {
    for (const b of r.blocks) {
      for (const bad of ['<', '>', 'alert', 'onerror', 'script>', 'color:red', 'comment']) {
        assert.ok(!b.text.includes(bad), `${JSON.stringify(b.text)} contains ${bad}`)
      }
    }
  })

  test('a file of nothing but HTML has no readable text', () => {
    assert.throws(() => importMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n'), ImportError)
  })
})

describe('importMarkdown: front matter', () => {
  test('maps the known keys, case-insensitively, and joins author arrays', () => {
    const r = importMarkdown([
      '---',
      'Title: "  Talks in   Beijing "',
      'SITE_NAME: Globe Newswire',
      'Authors: [Jane Doe, "John Roe", 42]',
      'Date: 2025-11-05',
      'Canonical: https://example.com/story',
      'tags: [a, b]',
      '---',
      '# Heading title',
      '',
      'Body.',
    ].join('\n'))
    assert.deepEqual(r.meta, {
      title: 'Talks in Beijing',
      publisher: 'Globe Newswire',
      author: 'Jane Doe, John Roe, 42',
      published: '2025-11-05',
      url: 'https://example.com/story',
    })
    // The h1 is still the title block; the front matter only wins in meta.
    assert.deepEqual(r.blocks, [{ type: 'title', text: 'Heading title' }, { type: 'paragraph', text: 'Body.' }])
  })

  test('the first alias with a usable value wins', () => {
    const r = importMarkdown('---\npublisher: Reuters\nsource: AP\nurl: ftp://x.example/f\nlink: https://ok.example/\nbyline: By Staff\n---\nText.')
    assert.deepEqual(r.meta, { publisher: 'Reuters', url: 'https://ok.example/', author: 'By Staff' })
  })

  test('dates: midnight gives the day, a time gives full ISO, strings stay as written', () => {
    assert.equal(importMarkdown('---\npublished: 2025-11-05T10:30:00Z\n---\nx').meta.published, '2025-11-05T10:30:00.000Z')
    assert.equal(importMarkdown('---\npublished_at: 2025-11-05 08:00:00 +08:00\n---\nx').meta.published, '2025-11-05')
    assert.equal(importMarkdown('---\npubdate: "Nov. 5, 2025"\n---\nx').meta.published, 'Nov. 5, 2025')
    assert.equal(importMarkdown('---\ndate: 2025\n---\nx').meta.published, '2025')
  })

  test('values that are not text are ignored', () => {
    const r = importMarkdown('---\ntitle: {nested: map}\nauthor: null\npublisher: true\nurl: [https://a.example]\n---\nx')
    assert.deepEqual(r.meta, {})
  })

  test('over-long values are cut to the model limits; an over-long URL is dropped', () => {
    const long = 'a'.repeat(1500)
    const r = importMarkdown(`---\ntitle: ${long}\npublished: ${'9'.repeat(150)}x\nurl: https://a.example/${'p'.repeat(5000)}\n---\nx`)
    assert.equal(r.meta.title, 'a'.repeat(1000))
    assert.equal(r.meta.published, '9'.repeat(100))
    assert.equal(r.meta.url, undefined)
  })

  test('truncation never splits an emoji', () => {
    const r = importMarkdown(`---\ntitle: ${'a'.repeat(999)}😀\n---\nx`)
    assert.equal(r.meta.title, 'a'.repeat(999))
  })

  test('broken YAML is stripped, not shown, and gives no metadata', () => {
    const r = importMarkdown('---\ntitle: "unclosed\nauthor: [a, b\n---\nBody text.')
    assert.deepEqual(r, { meta: {}, blocks: [{ type: 'paragraph', text: 'Body text.' }] })
  })

  test('YAML that is not a mapping is stripped too', () => {
    assert.deepEqual(importMarkdown('---\n- a list\n- of things\n---\nBody.').blocks, [{ type: 'paragraph', text: 'Body.' }])
    assert.deepEqual(importMarkdown('---\njust words\n---\nBody.'), { meta: {}, blocks: [{ type: 'paragraph', text: 'Body.' }] })
  })

  test('duplicate keys make the YAML invalid', () => {
    assert.deepEqual(importMarkdown('---\ntitle: A\ntitle: B\n---\nBody.').meta, {})
  })

  test('"..." also closes front matter, and empty front matter is fine', () => {
    assert.deepEqual(importMarkdown('---\ntitle: Dots\n...\nBody.').meta, { title: 'Dots' })
    assert.deepEqual(importMarkdown('---\n---\nBody.'), { meta: {}, blocks: [{ type: 'paragraph', text: 'Body.' }] })
  })

  test('front matter must start the file and be closed', () => {
    const late = importMarkdown('Intro.\n\n---\ntitle: X\n---\n')
    assert.deepEqual(late.meta, {})
    assert.deepEqual(late.blocks, [{ type: 'paragraph', text: 'Intro.' }, { type: 'heading', text: 'title: X', level: 2 }])
    const open = importMarkdown('---\nNot front matter.')
    assert.deepEqual(open, { meta: {}, blocks: [{ type: 'paragraph', text: 'Not front matter.' }] })
  })

  test('front matter alone has no readable text', () => {
    assert.throws(() => importMarkdown('---\ntitle: Only meta\n---\n'), ImportError)
  })

  test('with a BOM and CRLF line endings', () => {
    const r = importMarkdown('\uFEFF---\r\ntitle: Windows\r\n---\r\n# Head\r\n\r\nLine one\r\nline two\r\n')
    assert.deepEqual(r, {
      meta: { title: 'Windows' },
      blocks: [{ type: 'title', text: 'Head' }, { type: 'paragraph', text: 'Line one line two' }],
    })
  })
})

describe('importMarkdown: text and errors', () => {
  test('Chinese, Russian and emoji pass through with UTF-16 mark offsets', () => {
    const r = importMarkdown('# 习近平会见米舒斯京\n\n双方就**深化合作**交换了意见。\n\nПремьер *Михаил   Мишустин* прибыл.\n\n😀 𝄞 [ссылка](https://пример.рф/) ok')
    assert.equal(r.meta.title, '习近平会见米舒斯京')
    assert.deepEqual(texts(r.blocks), ['习近平会见米舒斯京', '双方就深化合作交换了意见。', 'Премьер Михаил Мишустин прибыл.', '😀 𝄞 ссылка ok'])
    assert.deepEqual(covered(r.blocks[1]!), [['strong', '深化合作', null]])
    assert.deepEqual(covered(r.blocks[2]!), [['em', 'Михаил Мишустин', null]])
    const emoji = r.blocks[3]!
    assert.deepEqual(emoji.marks?.map((m) => [m.from, m.to]), [[6, 12]])
    assert.equal(covered(emoji)[0]![1], 'ссылка')
    // As written, as the HTML importer keeps it (the reader opens it punycoded).
    assert.equal(covered(emoji)[0]![2], 'https://пример.рф/')
  })

  test('empty, blank or content-free input throws ImportError with a sentence', () => {
    for (const input of ['', '   ', '\uFEFF\r\n\r\n \t\n', '---\n\n***\n', '![only an image](https://x.example/i.png)', '<!-- just a comment -->']) {
      assert.throws(() => importMarkdown(input), (e: unknown) => {
        assert.ok(e instanceof ImportError, `${JSON.stringify(input)} threw ${String(e)}`)
        assert.equal(e.message, 'The Markdown file has no readable text.')
        return true
      })
    }
  })

  test('a block beyond the model limit is refused, not cut', () => {
    assert.throws(() => importMarkdown(`Start ${'word '.repeat(200_001)}`), /^ImportError: This Markdown file has a paragraph longer than 1,000,000 characters, the most one paragraph may hold \(it starts “Start word/)
  })
})

describe('importMarkdown: every result is a valid draft', () => {
  const inputs = [
    '# T\n\nA *b* **c** [d](https://e.example).',
    '---\ntitle: x\nauthor: [a, b]\ndate: 2025-01-02T03:04:05Z\nurl: https://a.example\n---\n> q\n>> qq\n\n1. a\n   - b\n\n     para\n',
    '| a | **b** |\n|---|---|\n|  x  | [y](http://y.example) |\n\n```\n\n\ncode\n\n\n```',
    '<script>x</script>\n\nWord <b>bold</b> *  * ** ** [ ](https://x.example) [](https://y.example) tail',
    '中文 **粗体**\n\nРусский _курсив_\n\n😀 *😀* 😀',
    Array.from({ length: 9 }, (_, i) => `${'> '.repeat(i + 1)}level ${i + 1}`).join('\n\n'),
    '999999999. big\n1. next',
  ]
  for (const [i, input] of inputs.entries()) {
    test(`input ${i + 1} parses as an ArticleDraft`, () => {
      const { meta, blocks } = importMarkdown(input)
      const parsed = ArticleDraft.safeParse({ meta: { title: 'x', ...meta }, blocks })
      assert.ok(parsed.success, parsed.success ? '' : parsed.error.message)
      for (const b of blocks) {
        assert.equal(b.text, b.text.trim())
        assert.ok(!/\s\s|\n/.test(b.text), JSON.stringify(b.text))
        for (const m of b.marks ?? []) assert.equal(b.text.slice(m.from, m.to), b.text.slice(m.from, m.to).trim())
      }
    })
  }
})

describe('the declared language', () => {
  test('comes from the front matter\'s lang, language or locale', () => {
    assert.equal(importMarkdown('---\ntitle: Встреча\nlang: ru\n---\n\nТекст.').meta.language, 'ru')
    assert.equal(importMarkdown('---\ntitle: t\nlocale: zh_CN\n---\n\n文本。').meta.language, 'zh-CN')
    assert.equal(importMarkdown('---\ntitle: t\nlanguage: "not a language"\n---\n\nText.').meta.language, undefined)
  })
})
