import { test } from 'node:test'
import assert from 'node:assert/strict'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { ArticleDocument, blockOffsets, canonicalText } from '../../shared/model/document.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { builtInSources, type Source } from '../../shared/model/source.ts'
import { escapeHtml, toHtml } from '../../shared/export/html.ts'

const annotate = annotator()
const EXPORTED = '2025-11-07T08:00:00.000Z'
const sample = sampleArticle({ title: 'Xi meets <Mishustin> & "friends"', publisher: 'GLOBE NEWSWIRE', published: '2025-11-05', url: 'https://example.org/x?a=1&b=2' })

const SCRIPT_NOTE = '<script>alert(1)</script> "quotes" & ampersands \'single\''
const OUTER = 'calling for enhanced cooperation on multiple fronts and better synergy of development strategies'
const INNER = 'enhanced cooperation'
const PARTIAL = 'better synergy of development strategies, Xinhua News Agency reported'
const ACROSS = 'Xinhua News Agency reported.\n\nMishustin visited China'

const sampleAnnotations = [
  annotate(sample, OUTER, 'claim', ['xinhua'], 'Xinhua paraphrase'),
  annotate(sample, INNER, 'highlight', [], SCRIPT_NOTE),
  annotate(sample, PARTIAL, 'claim', ['tass', 'cnbc']),
  annotate(sample, ACROSS, 'highlight', ['xinhua']),
]
const first = sampleAnnotations[0]!
// Same length, other words: its position no longer holds its quote.
const orphan: Annotation = {
  ...annotate(sample, 'Mishustin conveyed', 'claim', ['global-times'], 'lost'),
  id: 'orphan-0001',
}
orphan.target = { ...orphan.target, quote: { ...orphan.target.quote, exact: 'Mishustin CONVEYED' } }

// A hostile source: a name with markup and a colour that is not a colour.
const evil: Source = { id: 'evil', name: '<b>Evil</b> & "Co"', aliases: [], kind: 'other', colour: 'red;}body{background:url(http://x)}' }
const sources = [...builtInSources, evil]

const chinese = ArticleDocument.parse({
  id: 'zh-1',
  meta: { title: '习近平会见米舒斯京' },
  blocks: [
    { type: 'title', text: '习近平会见米舒斯京' },
    { type: 'paragraph', text: '北京电 习近平会见米舒斯京，双方同意深化合作。详见新华社报道。', marks: [
      { type: 'dateline', from: 0, to: 3 }, { type: 'strong', from: 4, to: 7 },
      { type: 'link', from: 26, to: 29, href: 'https://example.org/"x"<y>' },
    ] },
    { type: 'heading', level: 2, text: '𝟘 emoji 😀 and <tags>' },
  ],
})
const zhAnnotate = annotator()
const zhAnnotations = [
  zhAnnotate(chinese, '习近平会见米舒斯京，双方', 'claim', ['evil'], '中文笔记'),
  zhAnnotate(chinese, '双方同意深化合作', 'claim', ['removed-source']),
  zhAnnotate(chinese, '新华社报道', 'highlight', ['xinhua']),
  zhAnnotate(chinese, '😀 and <tags>', 'highlight', []),
]

const html = toHtml({ document: sample, annotations: [orphan, ...sampleAnnotations].reverse(), sources, exported: EXPORTED })
const zhHtml = toHtml({ document: chinese, annotations: zhAnnotations, sources, exported: EXPORTED })

function section(page: string, open: string, close: string): string {
  const from = page.indexOf(open)
  assert.notEqual(from, -1, open)
  return page.slice(from, page.indexOf(close, from) + close.length)
}

function unescape(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)
}

// Reads the article back: its text (references left out, a blank line
// between blocks) and, per character, how many marks enclose it.
function readArticle(page: string): { text: string; depth: number[] } {
  const body = section(page, '<article>', '</article>').slice('<article>'.length, -'</article>'.length)
  let text = ''
  const depth: number[] = []
  let marks = 0
  let inSup = false
  let blocks = 0
  for (const token of body.split(/(<[^>]*>)/)) {
    if (token.startsWith('<')) {
      if (token.startsWith('<sup')) inSup = true
      else if (token === '</sup>') inSup = false
      else if (token.startsWith('<mark')) marks++
      else if (token === '</mark>') marks--
      else if (/^<(p|h[1-6])>$/.test(token) && blocks++ > 0) { text += '\n\n'; depth.push(0, 0) }
      continue
    }
    if (inSup) continue
    const plain = unescape(token.replace(/\n/g, ''))
    text += plain
    for (let i = 0; i < plain.length; i++) depth.push(marks)
  }
  return { text, depth }
}

for (const [name, page, doc, list] of [
  ['sample', html, sample, sampleAnnotations],
  ['chinese', zhHtml, chinese, zhAnnotations],
] as const) {
  test(`${name}: a complete, inert page`, () => {
    assert.match(page, /^<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">/)
    assert.ok(page.includes('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'))
    assert.equal(page.match(/<style>/g)?.length, 1)
    assert.ok(page.includes('@media print'))
    assert.doesNotMatch(page, /<script/i)
    assert.doesNotMatch(page, /\ssrc\s*=/i)
    assert.doesNotMatch(page, /url\(/i)
    assert.doesNotMatch(page, /@import/i)
    assert.doesNotMatch(page, /<(img|link|iframe|object|embed|base|form)\b/i)
    for (const m of page.matchAll(/\shref="([^"]*)"/g)) assert.match(m[1]!, /^#(note|ref)-\d+$/)
    assert.ok(page.endsWith('</html>\n'))
  })

  test(`${name}: the article text is intact and every annotation is inside a mark`, () => {
    const read = readArticle(page)
    assert.equal(read.text, canonicalText(doc.blocks))
    const starts = blockOffsets(doc.blocks)
    const separator = (i: number) => starts.some((s) => s > 0 && i >= s - 2 && i < s)
    for (const a of list) {
      for (let i = a.target.position.start; i < a.target.position.end; i++) {
        if (!separator(i)) assert.ok(read.depth[i]! > 0, `${a.id} at ${i}`)
      }
    }
    // Nothing outside annotations is marked.
    read.depth.forEach((d, i) => {
      if (d > 0) assert.ok(list.some((a) => a.target.position.start <= i && i < a.target.position.end), `stray mark at ${i}`)
    })
  })

  test(`${name}: numbered references link to notes in document order`, () => {
    const ids = [...page.matchAll(/<li id="note-(\d+)">/g)].map((m) => Number(m[1]))
    assert.deepEqual(ids, list.map((_, i) => i + 1))
    const refs = [...page.matchAll(/<sup class="ref"><a id="ref-(\d+)" href="#note-(\d+)">\d+<\/a><\/sup>/g)]
    assert.deepEqual(refs.map((m) => Number(m[1])).sort((a, b) => a - b), ids)
    for (const m of refs) assert.equal(m[1], m[2])
    const notes = section(page, '<section class="notes">', '</section>')
    const sorted = [...list].sort((a, b) => a.target.position.start - b.target.position.start || b.target.position.end - a.target.position.end)
    let at = 0
    for (const a of sorted) {
      const found = notes.indexOf(escapeHtml(a.target.quote.exact), at)
      assert.ok(found >= at, a.id)
      at = found
    }
  })
}

test('escaping of notes, names, titles and URLs', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  assert.ok(html.includes(escapeHtml(SCRIPT_NOTE)))
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quotes&quot; &amp; ampersands &#39;single&#39;'))
  assert.ok(html.includes('<title>Xi meets &lt;Mishustin&gt; &amp; &quot;friends&quot;</title>'))
  assert.ok(html.includes('https://example.org/x?a=1&amp;b=2'))
  assert.ok(zhHtml.includes('&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;Co&quot;'))
  assert.ok(zhHtml.includes('data-url="https://example.org/&quot;x&quot;&lt;y&gt;"'))
  assert.ok(zhHtml.includes('&lt;tags&gt;'))
  assert.ok(!zhHtml.includes('red;}'), 'an invalid colour never reaches the CSS')
  assert.ok(zhHtml.includes('mark.s5,.swatch.s5{border-color:#8a8a8a}'))
})

test('claims and highlights are distinct marks coloured by their first source', () => {
  const article = section(html, '<article>', '</article>')
  assert.ok(article.includes('<mark class="claim s1">'), 'Xinhua claim')
  assert.ok(article.includes('<mark class="highlight s0">'), 'untagged highlight is neutral')
  assert.ok(article.includes('<mark class="claim s2">'), 'Tass first, so Tass colours it')
  assert.ok(article.includes('<mark class="claim s1"><mark class="highlight s0">enhanced cooperation</mark></mark>'), 'nested')
  assert.ok(html.includes('mark.s1,.swatch.s1{border-color:#dd0033}'))
  assert.match(html, /mark\.claim\.s1\{background:rgba\(221,0,51,0\.18\)\}/)
  assert.ok(/mark\.claim\{[^}]*border-bottom/.test(html), 'claims are underlined')
})

test('the legend lists used sources with counts', () => {
  const legend = section(html, '<section class="legend">', '</section>')
  const items = [...legend.matchAll(/<li><span class="swatch (s\d+)"><\/span> <span class="name">([^<]*)<\/span> <span class="count">([^<]*)<\/span><\/li>/g)]
    .map((m) => [m[1], m[2], m[3]])
  assert.deepEqual(items, [
    ['s1', 'Xinhua', '1 claim, 1 highlight'],
    ['s2', 'Tass', '1 claim, 0 highlights'],
    ['s3', 'Global Times', '1 claim, 0 highlights'],
    ['s4', 'CNBC', '1 claim, 0 highlights'],
    ['s0', 'No source', '0 claims, 1 highlight'],
  ])
  const zhLegend = section(zhHtml, '<section class="legend">', '</section>')
  assert.ok(zhLegend.includes('removed-source (removed source)'))
  assert.ok(!zhLegend.includes('Tass'))
})

test('orphans are listed, not painted', () => {
  const orphans = section(html, '<section class="orphans">', '</section>')
  assert.ok(orphans.includes('Mishustin CONVEYED'))
  assert.ok(orphans.includes('Source: Global Times'))
  assert.ok(!section(html, '<section class="notes">', '</section>').includes('CONVEYED'))
  assert.ok(!zhHtml.includes('class="orphans"'))
  assert.equal(readArticle(html).depth[first.target.position.start - 1], 0)
})

test('other documents\' annotations are left out; no annotations gives a plain page', () => {
  const plain = toHtml({ document: chinese, annotations: sampleAnnotations, sources, exported: EXPORTED })
  assert.ok(!plain.includes('<mark class="claim s1">'))
  assert.ok(!plain.includes('class="notes"'))
  assert.equal(readArticle(plain).text, canonicalText(chinese.blocks))
})
