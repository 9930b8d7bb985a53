import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importHtml } from '../../shared/import/html/import.ts'
import { ImportError, type ImportedArticle } from '../../shared/import/imported-article.ts'
import { ArticleDraft, canonicalText, type Block } from '../../shared/model/document.ts'

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url)), 'utf8')

// Every import must be a valid draft once a title is supplied.
function imported(source: string): ImportedArticle {
  const result = importHtml(source)
  const parsed = ArticleDraft.safeParse({ meta: { title: 'x', ...result.meta }, blocks: result.blocks })
  assert.ok(parsed.success, parsed.success ? '' : parsed.error.message)
  return result
}

const texts = (blocks: Block[]) => blocks.map((b) => b.text)
const marked = (block: Block) => (block.marks ?? []).map((m) => [m.type, block.text.slice(m.from, m.to), ...(m.href ? [m.href] : [])])
const blockWith = (blocks: Block[], start: string) => {
  const block = blocks.find((b) => b.text.startsWith(start))
  assert.ok(block, `no block starts with ${JSON.stringify(start)}`)
  return block
}

describe('importHtml on a saved news page', () => {
  const { meta, blocks } = imported(fixture('saved-page.html'))

  test('keeps the article blocks, in order, and nothing else', () => {
    assert.deepEqual(blocks.map((b) => [b.type, b.text.slice(0, 40)]), [
      ['title', 'Council backs floating solar farm on Mil'],
      ['paragraph', 'Test panels moored on the Millbrook rese'],
      ['paragraph', 'NORTHPORT, March 14, 2025 (Ledger Wire) '],
      ['paragraph', 'The 4.2-megawatt array will cover roughl'],
      ['paragraph', 'Councillor Priya Natarajan, who chairs t'],
      ['heading', 'How the panels will float'],
      ['paragraph', 'The panels sit on polyethylene pontoons '],
      ['quote', '“We are not inventing anything here. Flo'],
      ['quote', '“What is new is doing it on a site the c'],
      ['paragraph', 'The approval comes with conditions. The '],
      ['item', 'keep two fishing platforms open to the p'],
      ['item', 'publish water-quality readings every mon'],
      ['item', 'dissolved oxygen, and'],
      ['item', 'water temperature at three depths;'],
      ['item', 'remove the array at its own cost after 2'],
      ['paragraph', 'The timetable set out in the council pap'],
      ['item', 'Survey of the reservoir bed, spring 2025'],
      ['item', 'Installation of the moorings, autumn 202'],
      ['item', 'First power to the grid, summer 2026.'],
      ['paragraph', 'The array will occupy the northern basin'],
      ['paragraph', 'Residents can read the full planning fil'],
    ])
  })

  test('leaves out cookie banner, menus, ads, related links, sidebar, comments, footers, and the byline (metadata)', () => {
    const all = canonicalText(blocks)
    for (const chrome of [
      'cookies', 'Accept all', 'Sections', 'Business', 'Sport', 'Search the Ledger', 'Subscribe', 'Advertisement',
      'Brightwave', 'Related', 'Residents pack', 'Most read', 'Ferry timetable', 'Give the Ledger', 'Comments',
      'Finally some sense', 'All rights reserved', 'About us', 'Topics', 'Corrections policy', 'Share on Chirp',
      'Email this story', 'By Ingrid', 'Morning briefing', 'Sign up', 'gtag', 'dataLayer', 'min-height',
    ]) {
      assert.ok(!all.includes(chrome), `found ${JSON.stringify(chrome)}`)
    }
  })

  test('the headline is the title block, exactly', () => {
    assert.deepEqual(blocks[0], { type: 'title', text: 'Council backs floating solar farm on Millbrook reservoir' })
    assert.equal(blocks.filter((b) => b.type === 'title').length, 1)
  })

  test('whitespace and the figure caption are read as a browser shows them, without the picture\'s credit', () => {
    assert.equal(blocks[1]!.text, 'Test panels moored on the Millbrook reservoir in February.')
    assert.equal(blockWith(blocks, 'publish water').text, 'publish water-quality readings every month, including')
  })

  test('heading, quotes and list items carry levels and numbers', () => {
    assert.deepEqual(blockWith(blocks, 'How the panels'), { type: 'heading', text: 'How the panels will float', level: 2 })
    assert.deepEqual(blocks.filter((b) => b.type === 'quote').map((b) => b.level), [1, 1])
    assert.deepEqual(blocks.filter((b) => b.type === 'item').map((b) => [b.level, b.ordered, b.number]), [
      [1, false, undefined],
      [1, false, undefined],
      [2, false, undefined],
      [2, false, undefined],
      [1, false, undefined],
      [1, true, 1],
      [1, true, 2],
      [1, true, 3],
    ])
  })

  test('the dateline of the lead paragraph is marked, not the byline or caption', () => {
    const lead = blockWith(blocks, 'NORTHPORT')
    assert.deepEqual(lead.marks, [{ type: 'dateline', from: 0, to: 'NORTHPORT, March 14, 2025 (Ledger Wire)'.length }])
    assert.equal(blocks.filter((b) => b.marks?.some((m) => m.type === 'dateline')).length, 1)
  })

  test('em, strong and links cover exactly their words', () => {
    assert.deepEqual(marked(blockWith(blocks, 'The 4.2-megawatt')), [
      ['em', 'about 1,300 homes'],
      ['link', 'published minutes', 'https://www.northport.example/council/minutes/2025-03-13'],
      ['strong', 'early autumn'],
    ])
    assert.deepEqual(marked(blockWith(blocks, 'Councillor Priya')), [['em', 'a practical step']])
    assert.deepEqual(marked(blockWith(blocks, 'Residents can read')), [
      ['link', 'millbrook-solar@northport.example', 'mailto:millbrook-solar@northport.example'],
    ])
  })

  test('metadata comes from the JSON-LD block', () => {
    assert.deepEqual(meta, {
      title: 'Council backs floating solar farm on Millbrook reservoir',
      publisher: 'The Northport Ledger',
      author: 'Ingrid Solberg, Tomás Reyes',
      published: '2025-03-14T08:30:00+00:00',
      url: 'https://www.northportledger.example/news/2025/03/14/millbrook-floating-solar-approved',
      language: 'en',
    })
  })
})

describe('importHtml metadata fallbacks', () => {
  const body = '<article><h1>Ferry fares rise</h1><p>Fares on the island ferry go up in May.</p></article>'

  test('the language comes from <html lang>, else og:locale; a malformed one is dropped', () => {
    assert.equal(imported(`<html lang="zh-Hans"><body>${body}</body></html>`).meta.language, 'zh-Hans')
    assert.equal(imported(`<html><head><meta property="og:locale" content="en_GB"></head><body>${body}</body></html>`).meta.language, 'en-GB')
    assert.equal(imported(`<html lang="not a &quot;tag&quot;"><body>${body}</body></html>`).meta.language, undefined)
  })
  const page = (head: string, content = body) => imported(`<!DOCTYPE html><html><head>${head}</head><body>${content}</body></html>`).meta

  test('Open Graph and article tags, when there is no JSON-LD', () => {
    assert.deepEqual(page([
      '<meta property="og:title" content="Ferry fares rise by 8%">',
      '<meta property="og:site_name" content="Island Post">',
      '<meta property="og:url" content="https://islandpost.example/ferry-fares">',
      '<meta property="article:published_time" content="2025-04-01T06:00:00Z">',
      '<meta name="author" content="Maya Lindqvist">',
    ].join('')), {
      title: 'Ferry fares rise by 8%',
      publisher: 'Island Post',
      author: 'Maya Lindqvist',
      published: '2025-04-01T06:00:00Z',
      url: 'https://islandpost.example/ferry-fares',
    })
  })

  test('<title> loses a " | Site" or " - Site" suffix naming the publisher, and only that', () => {
    assert.equal(page('<title>Ferry fares rise | Island Post</title><meta property="og:site_name" content="Island Post">').title, 'Ferry fares rise')
    assert.equal(page('<title>Ferry fares rise - Island Post</title><meta name="application-name" content="Island Post">').title, 'Ferry fares rise')
    assert.equal(page('<title>Ferry fares rise - Island Post</title><meta property="og:site_name" content="Harbour News">').title, 'Ferry fares rise - Island Post')
    assert.equal(page('<title>Ferry fares rise | Island Post</title>').title, 'Ferry fares rise | Island Post')
  })

  test('application-name is the publisher when nothing better exists', () => {
    assert.equal(page('<meta name="application-name" content="Island Post">').publisher, 'Island Post')
  })

  test('the h1, the byline and <time> stand in for title, author and date', () => {
    const meta = page('', [
      '<article><h1>Ferry fares rise</h1>',
      '<div class="article-byline">By <a href="/staff/ml">Maya Lindqvist</a> | <time datetime="2025-04-01">1 April</time></div>',
      '<p>Fares on the island ferry go up in May.</p></article>',
    ].join(''))
    assert.deepEqual(meta, { title: 'Ferry fares rise', author: 'Maya Lindqvist', published: '2025-04-01' })
  })

  test('link rel=canonical gives the url, but only an absolute http(s) one', () => {
    assert.equal(page('<link rel="canonical" href="https://islandpost.example/ferry">').url, 'https://islandpost.example/ferry')
    assert.equal(page('<link rel="canonical" href="/ferry">').url, undefined)
    assert.equal(page('<link rel="canonical" href="javascript:alert(1)">').url, undefined)
    assert.equal(page('<meta property="og:url" content="ftp://islandpost.example/ferry">').url, undefined)
  })

  test('JSON-LD in a @graph, with a string author and mainEntityOfPage', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Island Post', url: 'https://islandpost.example/' },
        { '@type': ['ReportageNewsArticle'], headline: 'Ferry fares to rise in May', author: 'Maya Lindqvist', datePublished: '2025-04-01',
          publisher: 'Island Post', mainEntityOfPage: { '@id': 'https://islandpost.example/ferry' } },
      ],
    }
    assert.deepEqual(page(`<meta property="og:title" content="Other"><script type="application/ld+json">${JSON.stringify(ld)}</script>`), {
      title: 'Ferry fares to rise in May',
      publisher: 'Island Post',
      author: 'Maya Lindqvist',
      published: '2025-04-01',
      url: 'https://islandpost.example/ferry',
    })
  })

  test('JSON-LD as an array, with authors as objects', () => {
    const ld = [
      { '@type': 'BreadcrumbList', itemListElement: [] },
      { '@type': 'NewsArticle', headline: 'Ferry fares rise', author: [{ name: 'Maya Lindqvist' }, { name: 'Ola Berg' }], publisher: { name: 'Island Post' } },
    ]
    const meta = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)
    assert.equal(meta.author, 'Maya Lindqvist, Ola Berg')
    assert.equal(meta.publisher, 'Island Post')
  })

  test('malformed JSON-LD is ignored and the other tags used', () => {
    const meta = page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",</script><meta property="og:title" content="Ferry fares rise">')
    assert.equal(meta.title, 'Ferry fares rise')
  })

  test('values are cut to the DocumentMeta limits, and an over-long date dropped', () => {
    const meta = page(`<meta property="og:title" content="${'Long '.repeat(400)}"><meta property="article:published_time" content="${'2025'.repeat(30)}">`)
    assert.equal(meta.title!.length, 1000)
    assert.equal(meta.published, undefined)
  })
})

describe('importHtml on a hostile page', () => {
  const { meta, blocks } = imported(fixture('hostile.html'))
  const all = canonicalText(blocks)
  const hrefs = blocks.flatMap((b) => (b.marks ?? []).flatMap((m) => (m.href ? [m.href] : [])))

  test('no code, payload or hostile address survives in text, hrefs or metadata', () => {
    // The one allowed "script" is the entity-encoded text the page shows.
    const literal = 'showed the literal text <script> where'
    assert.equal(all.split(literal).length, 2)
    const rest = [all.replace(literal, ''), ...hrefs, ...Object.values(meta)].join('\n')
    for (const bad of ['script', 'alert', 'PWNED', 'evil.example', 'javascript:', 'data:', 'vbscript:', 'onerror', 'fetch(', '@import', 'url(']) {
      assert.ok(!rest.toLowerCase().includes(bad.toLowerCase()), `found ${JSON.stringify(bad)}`)
    }
  })

  test('keeps the readable paragraphs, the marker and the safe link', () => {
    assert.equal(blocks[0]!.type, 'title')
    assert.equal(blocks[0]!.text, 'Harbour wall repairs delayed again')
    assert.ok(blockWith(blocks, 'TIDEWATER, June 2, 2025').text.endsWith('HOSTILE-FIXTURE-READABLE'))
    assert.equal(blocks.length, 9)
    assert.deepEqual(hrefs, ['https://courier.example/news/harbour-survey'])
  })

  test('unsafe links keep their words and lose the link', () => {
    assert.equal(blockWith(blocks, 'Fishing crews').text, 'Fishing crews were told to keep using the north slipway, the ferry ramp and the fuel quay until further notice.')
    assert.equal(blockWith(blocks, 'Fishing crews').marks, undefined)
    assert.equal(blockWith(blocks, 'Harbour master').marks, undefined)
    assert.equal(blockWith(blocks, 'The plan was split').marks, undefined)
    assert.equal(blockWith(blocks, 'A spokesperson').text, 'A spokesperson for the contractor said the redesign was routine and would not raise the cost.')
  })

  test('metadata ignores javascript: and data: addresses', () => {
    assert.deepEqual(meta, {
      title: 'Harbour wall repairs delayed again',
      publisher: 'The Tidewater Courier',
      url: 'https://courier.example/news/harbour-wall-repairs-delayed',
      language: 'en',
    })
  })
})

describe('importHtml on broken and empty input', () => {
  const truncated = /^The HTML file ends in the middle of a tag; it looks truncated or damaged\.$/
  const empty = /^The HTML file has no readable article text\.$/

  test('a file cut off inside a tag, comment or doctype is refused', () => {
    for (const source of ['<p>Hello <a hre', '<p>Hello</p><!-- never closed', '<!DOCTYPE htm', '<p>Hello</p><div class="x', '<p>Hello <', '<p>Hello</']) {
      assert.throws(() => importHtml(source), (e: unknown) => e instanceof ImportError && truncated.test(e.message), source)
    }
  })

  test('a page merely missing </body></html> imports', () => {
    const { blocks } = imported('<!DOCTYPE html><html><head><title>T</title></head><body><article><p>Hello there.</p><p>Second')
    assert.deepEqual(texts(blocks), ['Hello there.', 'Second'])
  })

  test('a page with no readable text is refused', () => {
    for (const source of [
      '',
      '   \n',
      '<!DOCTYPE html><html><head><title>Only a title</title></head><body></body></html>',
      '<body><script>var a = 1</script><style>p{}</style><img src="x.png" alt="a picture"><nav><a href="/">Home</a></nav></body>',
      '<body><p>&nbsp;</p></body>',
    ]) {
      assert.throws(() => importHtml(source), (e: unknown) => e instanceof ImportError && empty.test(e.message), JSON.stringify(source))
    }
  })

  test('absurdly deep nesting is refused rather than overflowing the stack', () => {
    assert.throws(() => importHtml(`${'<div>'.repeat(5000)}<p>deep</p>`), (e: unknown) => e instanceof ImportError && /too deeply nested to import safely \(over 1000 levels\)/.test(e.message))
  })
})

describe('importHtml text and structure', () => {
  const blocksOf = (html: string) => imported(html).blocks

  test('Chinese, Russian and emoji pass through, entities decoded', () => {
    const blocks = blocksOf('<article><h1>习近平会见米舒斯京</h1><p>Москва, 5 ноября — переговоры прошли &laquo;конструктивно&raquo; 🤝</p><p>中俄两国&amp;合作 &#x1F30F;</p><p><ruby>漢<rp>(</rp><rt>kan</rt>字<rp>)</rp><rt>ji</rt></ruby>の記事</p></article>')
    assert.deepEqual(blocks, [
      { type: 'title', text: '习近平会见米舒斯京' },
      { type: 'paragraph', text: 'Москва, 5 ноября — переговоры прошли «конструктивно» 🤝' },
      { type: 'paragraph', text: '中俄两国&合作 🌏' },
      { type: 'paragraph', text: '漢字の記事' },
    ])
  })

  test('ol start, li value and reversed set the numbers; nested lists the levels', () => {
    const blocks = blocksOf('<ol start="4"><li>four</li><li value="10">ten</li><li>eleven<ol reversed><li>b</li><li>a</li></ol> still eleven</li></ol>')
    assert.deepEqual(blocks, [
      { type: 'item', text: 'four', level: 1, ordered: true, number: 4 },
      { type: 'item', text: 'ten', level: 1, ordered: true, number: 10 },
      { type: 'item', text: 'eleven still eleven', level: 1, ordered: true, number: 11 },
      { type: 'item', text: 'b', level: 2, ordered: true, number: 2 },
      { type: 'item', text: 'a', level: 2, ordered: true, number: 1 },
    ])
  })

  test('nested blockquotes give quote levels; a later h1 is a heading', () => {
    const blocks = blocksOf('<h2>Intro</h2><p>Before.</p><blockquote>Outer<blockquote><p>Inner</p></blockquote></blockquote><h1>Late</h1>')
    assert.deepEqual(blocks, [
      { type: 'heading', text: 'Intro', level: 2 },
      { type: 'paragraph', text: 'Before.' },
      { type: 'quote', text: 'Outer', level: 1 },
      { type: 'quote', text: 'Inner', level: 2 },
      { type: 'heading', text: 'Late', level: 1 },
    ])
  })

  test('tables give a paragraph per row, pre splits at blank lines, br is a space', () => {
    const blocks = blocksOf([
      '<table><caption>Results</caption><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td></td><td>12</td></tr></table>',
      '<pre>first line\nsecond   line\n\nnext <b>para</b></pre>',
      '<p>one<br>two<br/>\n three</p>',
    ].join(''))
    assert.deepEqual(blocks, [
      { type: 'paragraph', text: 'Results' },
      { type: 'paragraph', text: 'Party | Seats' },
      { type: 'paragraph', text: 'Greens | 12' },
      { type: 'paragraph', text: 'first line second line' },
      { type: 'paragraph', text: 'next para', marks: [{ type: 'strong', from: 5, to: 9 }] },
      { type: 'paragraph', text: 'one two three' },
    ])
  })

  test('divs of inline text are paragraphs; block edges are trimmed and marks follow', () => {
    const blocks = blocksOf('<div>  Loose <i> text </i> here  <div>Inner <b>block</b></div> tail </div>')
    assert.deepEqual(blocks, [
      { type: 'paragraph', text: 'Loose text here', marks: [{ type: 'em', from: 6, to: 10 }] },
      { type: 'paragraph', text: 'Inner block', marks: [{ type: 'strong', from: 6, to: 11 }] },
      { type: 'paragraph', text: 'tail' },
    ])
  })

  test('touching pieces of one link become one mark; relative links keep only their text', () => {
    const blocks = blocksOf('<p><a href="https://a.example/x">Read <b>this</b></a> or <a href="x.html">that</a> or <a href="mailto:desk@a.example">write</a>.</p>')
    assert.deepEqual(marked(blocks[0]!), [
      ['link', 'Read this', 'https://a.example/x'],
      ['strong', 'this'],
      ['link', 'write', 'mailto:desk@a.example'],
    ])
    assert.equal(blocks[0]!.text, 'Read this or that or write.')
  })
})

describe('importHtml finds the main content', () => {
  const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ')

  test('the <article> with the most paragraph text wins over teasers', () => {
    const { blocks } = imported(`<body><article><p>Teaser one.</p></article><article><h1>Main</h1><p>${words(30, 'story')}</p></article><article><p>Teaser two.</p></article></body>`)
    assert.deepEqual(texts(blocks), ['Main', words(30, 'story')])
  })

  test('<main> and [role=main] when there is no article', () => {
    assert.deepEqual(texts(imported('<body><div>Site name</div><main><p>Inside main.</p></main><div>Footer words</div></body>').blocks), ['Inside main.'])
    assert.deepEqual(texts(imported('<body><div>Site name</div><div role="main"><p>Inside role main.</p></div><p>Elsewhere</p></body>').blocks), ['Inside role main.'])
  })

  test('otherwise the element with the most paragraph text, not a list of links, widened to its headline', () => {
    const links = Array.from({ length: 20 }, (_, i) => `<p><a href="https://a.example/${i}">${words(5, 'link')}</a></p>`).join('')
    const html = `<body><div id="top">${links}</div><div class="post"><h1>The headline</h1><div class="entry"><p>${words(40, 'body')}</p><p>Second paragraph.</p></div></div><div>Small print</div></body>`
    assert.deepEqual(texts(imported(html).blocks), ['The headline', words(40, 'body'), 'Second paragraph.'])
  })

  test('chrome inside the article is dropped by tag, role and class; the headline stays, the byline and kicker beside it are metadata', () => {
    const html = [
      '<article><header class="social-bar"><h1 class="share-title">Kept headline</h1><p class="author nav-author">By Kept Byline</p><span>Header kicker</span></header>',
      '<div class="story has-share-bar"><nav>Nav words</nav><aside>Aside words</aside><div role="navigation">Role words</div>',
      '<div class="promo">Promo</div><div id="Newsletter-Box">Newsletter</div><div class="ad-unit">Ad</div><div class="ads">Ads</div>',
      '<div class="lead-in">Lead-in is not an ad.</div><div class="header-note">Heading note stays.</div>',
      `<p>${words(40, 'story')}</p><footer>Footer words</footer></div></article>`,
    ].join('')
    const { blocks, meta } = imported(html)
    assert.deepEqual(texts(blocks), ['Kept headline', 'Lead-in is not an ad.', 'Heading note stays.', words(40, 'story')])
    assert.equal(meta.author, 'Kept Byline')
  })
})

describe('the declared language', () => {
  test('comes from <html lang>, else Content-Language or og:locale, as a tag', () => {
    const body = '<article><h1>标题</h1><p>新华社北京11月4日电，两国总理举行会晤。</p></article>'
    assert.equal(importHtml(`<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>${body}</body></html>`).meta.language, 'zh-CN')
    assert.equal(importHtml(`<html><head><meta http-equiv="Content-Language" content="ru"></head><body>${body}</body></html>`).meta.language, 'ru')
    assert.equal(importHtml(`<html><head><meta property="og:locale" content="ar_EG"></head><body>${body}</body></html>`).meta.language, 'ar-EG')
    assert.equal(importHtml(`<html lang="&lt;b&gt;"><body>${body}</body></html>`).meta.language, undefined)
    assert.equal(importHtml(`<html><body>${body}</body></html>`).meta.language, undefined)
  })
})
