import { test, describe as suite } from 'node:test'
import assert from 'node:assert/strict'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { ArticleDocument } from '../../shared/model/document.ts'
import { builtInSources, type Source } from '../../shared/model/source.ts'
import {
  escapeInline, tagSlug, toMarkdown, UNATTRIBUTED_CLAIMS, UNSOURCED_HIGHLIGHTS, yamlString,
} from '../../shared/export/markdown.ts'

// ---- Fixtures: the sample article and an edge-case document ----

const TITLE = 'Xi meets Mishustin: "expand the pie" of cooperation'
const sample = sampleArticle({ title: TITLE, publisher: 'GLOBE NEWSWIRE', published: '2025-11-05', url: 'https://example.org/xi-mishustin?a=1&b=2' })

const annotate = annotator()

const TASS_SENTENCE = 'Russia and China see each other as priority partners and will continue to strengthen cooperation across all fields, according to a joint communique adopted at a meeting between the two countries\' heads of government in the Chinese city of Hangzhou, Tass reported.'
const GT_QUOTE = '"As a new route for Eurasian trade, the Northern Sea Route is unlocking its potential at an accelerating pace, with China\'s expanding economic cooperation with regional partners serving as one of its main driving forces,"'
const CNBC_CLAIM = 'ahead of this week\'s trip, the Kremlin said it placed \'very great\' importance on the talks'
const UNTAGGED = 'Such cooperation is built on complementary strengths and mutual benefit, forming a solid foundation for long-term growth.'
const HIGHLIGHT = 'Premier Li and Mishustin signed a joint communique'
const MINISTRY = 'the Russian Ministry of Transport said on its Telegram channel on Monday'
const ACROSS = 'per Xinhua.\n\nWhen Mishustin visited China in December 2023'
const MD_NOTE = 'See **Tass** and [the communique](https://example.org).\n\n```\nunclosed fence\n## Not a section of the export\n\n---'
const GT_NOTE = 'Sun Xiuwen, Lanzhou University; "main driving forces" is vague,\nneeds a figure'

const removedId = 'ru-transport-ministry'
const sampleAnnotations = [
  annotate(sample, CNBC_CLAIM, 'claim', ['cnbc', 'global-times'], 'CNBC via Global Times'),
  annotate(sample, TASS_SENTENCE, 'claim', ['tass'], 'Joint communique, Nov. 4'),
  annotate(sample, UNTAGGED, 'claim', []),
  annotate(sample, GT_QUOTE, 'claim', ['global-times'], GT_NOTE),
  annotate(sample, HIGHLIGHT, 'highlight', [], MD_NOTE),
  annotate(sample, MINISTRY, 'claim', [removedId]),
  annotate(sample, ACROSS, 'highlight', ['xinhua']),
]

const MARKUP = 'Markup: *bold* _em_ # not a heading > not a quote [link](x) `code` <b>html</b> | pipe $5 and $6 50% ==mark== ^block ~~strike~~ & &amp; \\ end'
const CHINESE = '习近平会见米舒斯京，双方同意深化合作。'
const edgeBlocks = [
  MARKUP,
  '# Heading-looking line',
  '- list-looking line, with "quotes", commas',
  '1. ordered-looking line',
  '=SUM(A1:A2) is a formula',
  CHINESE,
  'first line\nsecond line',
]
const edge = ArticleDocument.parse({
  id: 'edge-cases',
  meta: { title: 'Edge cases: "quotes", colons & #tags\\ here' },
  blocks: edgeBlocks.map((text) => ({ type: 'paragraph', text })),
})
const chineseSource: Source = { id: 'xinhua-cn', name: '新华社', aliases: [], kind: 'news-agency', colour: '#aa0000' }
const edgeSources = [...builtInSources, chineseSource]
const edgeAnnotations = [
  annotate(edge, MARKUP, 'claim', ['tass']),
  annotate(edge, '# Heading-looking line\n\n- list-looking line, with "quotes", commas\n\n1. ordered-looking line', 'highlight', ['tass'], 'note, with "quotes"\nand a second line'),
  annotate(edge, CHINESE, 'claim', ['xinhua-cn'], '中文笔记：**重要**'),
  annotate(edge, 'first line\nsecond line', 'highlight', ['xinhua-cn']),
]
const EXPORTED = '2025-11-07T12:00:00.000Z'

// ---- Helpers reading the output back ----

// A minimal front matter reader: `key: "json-compatible string"`, `key:`
// followed by `  - "item"` lines, or `key: []`.
function frontMatter(md: string): Record<string, string | string[]> {
  const lines = md.split('\n')
  assert.equal(lines[0], '---')
  const end = lines.indexOf('---', 1)
  assert.ok(end > 0, 'front matter is closed')
  const result: Record<string, string | string[]> = {}
  let list: string[] | undefined
  for (const line of lines.slice(1, end)) {
    const item = /^ {2}- (".*")$/.exec(line)
    if (item) {
      assert.ok(list, `list item outside a list: ${line}`)
      list.push(JSON.parse(item[1]!))
      continue
    }
    const entry = /^([a-z]+):(?: (.*))?$/.exec(line)
    assert.ok(entry, `not a key: value line: ${JSON.stringify(line)}`)
    if (entry[2] === undefined) result[entry[1]!] = list = []
    else if (entry[2] === '[]') result[entry[1]!] = []
    else {
      assert.match(entry[2], /^".*"$/, 'values are double-quoted')
      result[entry[1]!] = JSON.parse(entry[2])
    }
  }
  return result
}

function headings(md: string, level = 2): string[] {
  const prefix = '#'.repeat(level) + ' '
  return md.split('\n').filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length))
}

// The section under a level-2 heading, up to the next one.
function section(md: string, heading: string): string {
  const lines = md.split('\n')
  const start = lines.indexOf(`## ${heading}`)
  assert.notEqual(start, -1, `no section ${heading}`)
  const next = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  return lines.slice(start + 1, next === -1 ? undefined : next).join('\n')
}

// Block quotes in order, read back to plain text: "\" escapes removed, a
// trailing "\" is a line break, a lone ">" a paragraph break.
function quotes(md: string): string[] {
  const found: string[] = []
  let current: string[] | undefined
  for (const line of md.split('\n')) {
    if (line === '>' || line.startsWith('> ')) (current ??= []).push(line)
    else if (current) { found.push(readQuote(current)); current = undefined }
  }
  if (current) found.push(readQuote(current))
  return found
}
function readQuote(lines: string[]): string {
  let text = ''
  for (const line of lines) {
    if (line === '>') { text += '\n\n'; continue }
    const body = line.slice(2)
    const hardBreak = /(?<!\\)(?:\\\\)*\\$/.test(body)
    text += unescape(hardBreak ? body.slice(0, -1) : body) + (hardBreak ? '\n' : '')
  }
  return text
}
const unescape = (s: string): string => s.replace(/\\(.)/g, '$1')

// ---- Tests ----

suite('toMarkdown on the sample, grouped by source', () => {
  const md = toMarkdown({ document: sample, annotations: sampleAnnotations, sources: [...builtInSources], exported: EXPORTED, groupBy: 'source' })

  test('front matter holds the metadata as quoted YAML scalars and source tags', () => {
    assert.deepEqual(frontMatter(md), {
      title: TITLE,
      source: 'https://example.org/xi-mishustin?a=1&b=2',
      published: '2025-11-05',
      publisher: 'GLOBE NEWSWIRE',
      created: EXPORTED,
      tags: ['sourcemark', 'source/xinhua', 'source/tass', 'source/global-times', 'source/cnbc', `source/${removedId}`],
      aliases: [TITLE],
      description: '7 annotations: 5 claims, 2 highlights.',
    })
    assert.ok(md.includes('title: "Xi meets Mishustin: \\"expand the pie\\" of cooperation"\n'))
  })

  test('sections come in source order, then removed sources, unattributed claims, unsourced highlights', () => {
    assert.deepEqual(headings(md, 1), [escapeInline(TITLE)])
    assert.deepEqual(headings(md), [
      'Coverage', 'Summary', 'Xinhua', 'Tass', 'Global Times', 'CNBC', `${removedId} (removed source)`,
      UNATTRIBUTED_CLAIMS, UNSOURCED_HIGHLIGHTS,
    ])
  })

  test('a Coverage section leads: each source\'s share of the text, and what has no source', () => {
    const lines = section(md, 'Coverage').split('\n').filter((l) => l.startsWith('- '))
    assert.match(lines[0]!, /^- \w[\w ]+: \d+% \(\d+ sentences?, \d+ claims?\)$/)
    assert.ok(lines.some((l) => /^- Tass: \d+% \(1 sentence, 1 claim\)$/.test(l)), lines.join('\n'))
    assert.match(lines.at(-1)!, /^- No source: \d+% \(\d+ sentences unattributed\)$/)
    const shares = lines.map((l) => Number(/: (\d+)%/.exec(l)![1]))
    assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 100) <= lines.length, `${shares} add up to about 100`)
    const relayed = toMarkdown({ document: sample, annotations: [{ ...sampleAnnotations[1]!, via: ['xinhua'] }], sources: [...builtInSources], exported: EXPORTED })
    assert.match(section(relayed, 'Coverage'), /^Via Xinhua: 1 claim \(Tass 1\)\.$/m)
  })

  test('the summary counts claims and highlights per source', () => {
    const rows = section(md, 'Summary').split('\n').filter((l) => l.startsWith('| '))
    assert.deepEqual(rows, [
      '| Source | Claims | Highlights |',
      '| --- | ---: | ---: |',
      '| Xinhua | 0 | 1 |',
      '| Tass | 1 | 0 |',
      '| Global Times | 2 | 0 |',
      '| CNBC | 1 | 0 |',
      `| ${removedId} (removed source) | 1 | 0 |`,
      '| No source | 1 | 1 |',
    ])
    assert.match(section(md, 'Summary'), /^7 annotations: 5 claims, 2 highlights\.$/m)
  })

  test('each section quotes its annotations in document order, with kind and sources', () => {
    assert.deepEqual(quotes(section(md, 'Tass')), [TASS_SENTENCE])
    assert.match(section(md, 'Tass'), /^\*\*Claim\*\* · Source: Tass · 2025-11-06 · /m)
    // Tagged with CNBC and Global Times: listed in both sections, naming both.
    assert.deepEqual(quotes(section(md, 'Global Times')), [GT_QUOTE, CNBC_CLAIM])
    assert.deepEqual(quotes(section(md, 'CNBC')), [CNBC_CLAIM])
    assert.match(section(md, 'CNBC'), /^\*\*Claim\*\* · Sources: CNBC, Global Times · /m)
    assert.deepEqual(quotes(section(md, UNATTRIBUTED_CLAIMS)), [UNTAGGED])
    assert.match(section(md, UNATTRIBUTED_CLAIMS), /^\*\*Claim\*\* · No source · /m)
    assert.deepEqual(quotes(section(md, UNSOURCED_HIGHLIGHTS)), [HIGHLIGHT])
    assert.match(section(md, UNSOURCED_HIGHLIGHTS), /^\*\*Highlight\*\* · No source · /m)
  })

  test('a removed source shows its id', () => {
    const removed = section(md, `${removedId} (removed source)`)
    assert.deepEqual(quotes(removed), [MINISTRY])
    assert.match(removed, new RegExp(`^\\*\\*Claim\\*\\* · Source: ${removedId} \\(removed source\\) · `, 'm'))
  })

  test('a quote across two blocks keeps the paragraph break inside one block quote', () => {
    const xinhua = section(md, 'Xinhua')
    assert.ok(xinhua.includes('> per Xinhua.\n>\n> When Mishustin visited China in December 2023\n'), xinhua)
    assert.deepEqual(quotes(xinhua), [ACROSS])
  })

  test('notes stay as written, indented in a list item under the quote', () => {
    const highlights = section(md, UNSOURCED_HIGHLIGHTS)
    const expected = ['- Note:', '', ...MD_NOTE.split('\n').map((l) => (l === '' ? '' : `  ${l}`))].join('\n')
    assert.ok(highlights.includes(`\n\n${expected}\n`), highlights)
    // The note's "## ..." line is indented, so it is not a section of the export.
    assert.ok(!headings(md).includes('Not a section of the export'))
    const gt = section(md, 'Global Times')
    assert.ok(gt.includes(`- Note:\n\n  ${GT_NOTE.replace('\n', '\n  ')}\n`), gt)
  })

  test('includeNotes: false leaves out every note', () => {
    const bare = toMarkdown({ document: sample, annotations: sampleAnnotations, sources: [...builtInSources], exported: EXPORTED, groupBy: 'source', includeNotes: false })
    assert.ok(!bare.includes('- Note:'))
    for (const a of sampleAnnotations) if (a.note) assert.ok(!bare.includes(a.note.split('\n')[0]!), a.note)
    assert.deepEqual(headings(bare), headings(md))
    assert.deepEqual(quotes(bare), quotes(md))
  })

  test('by default each annotation is listed once, in document order', () => {
    const ordered = toMarkdown({ document: sample, annotations: sampleAnnotations, sources: [...builtInSources], exported: EXPORTED })
    assert.deepEqual(headings(ordered), ['Coverage', 'Summary', 'Annotations'])
    const byPosition = [...sampleAnnotations].sort((a, b) => a.target.position.start - b.target.position.start)
    assert.deepEqual(quotes(ordered), byPosition.map((a) => a.target.quote.exact))
    assert.equal(ordered.match(/^\*\*Claim\*\* · Sources: CNBC, Global Times · /gm)?.length, 1)
    assert.deepEqual(frontMatter(ordered), frontMatter(md))
  })

  test('annotations of another document are left out; no annotations says so', () => {
    const other = { ...sampleAnnotations[0]!, documentId: 'another-document' }
    assert.equal(toMarkdown({ document: sample, annotations: [...sampleAnnotations, other], sources: [...builtInSources], exported: EXPORTED, groupBy: 'source' }), md)
    const empty = toMarkdown({ document: sample, annotations: [], sources: [...builtInSources], exported: EXPORTED })
    assert.deepEqual(frontMatter(empty).tags, ['sourcemark'])
    assert.ok(empty.endsWith('## Summary\n\nNo annotations.\n'))
  })
})

suite('toMarkdown on Markdown special characters and Chinese text', () => {
  const md = toMarkdown({ document: edge, annotations: edgeAnnotations, sources: edgeSources, exported: EXPORTED, groupBy: 'source' })

  test('a title with a colon, quotes, a backslash and # stays one valid YAML scalar', () => {
    const fm = frontMatter(md)
    assert.equal(fm.title, edge.meta.title)
    assert.deepEqual(fm.tags, ['sourcemark', 'source/tass', 'source/新华社'])
    assert.equal(fm.publisher, undefined)
    assert.deepEqual(headings(md, 1), ['Edge cases: "quotes", colons \\& \\#tags\\\\ here'])
  })

  test('quotes read back exactly and leave no unescaped markup', () => {
    assert.deepEqual(quotes(md), edgeAnnotations.map((a) => a.target.quote.exact))
    for (const line of md.split('\n').filter((l) => l.startsWith('> '))) {
      // Escapes removed, then at most a trailing "\" (a hard line break) is left.
      const body = line.slice(2).replace(/\\./g, '').replace(/\\$/, '')
      assert.doesNotMatch(body, /[\\`*_[\]<>#~|$%=^&]/, line)
      assert.doesNotMatch(body, /^[-+]|^\d+[.)]/, line)
    }
    assert.ok(md.includes('> \\# Heading-looking line\n>\n> \\- list-looking line, with "quotes", commas\n>\n> 1\\. ordered-looking line\n'))
    assert.ok(md.includes('> first line\\\n> second line\n'))
  })

  test('Chinese text passes through unescaped, in quotes, notes and tags', () => {
    const xinhua = section(md, '新华社')
    assert.ok(xinhua.includes(`> ${CHINESE}\n`))
    assert.ok(xinhua.includes('  中文笔记：**重要**'))
    assert.match(section(md, 'Summary'), /^\| 新华社 \| 1 \| 1 \|$/m)
  })
})

suite('helpers', () => {
  test('yamlString writes JSON-compatible double-quoted scalars', () => {
    for (const value of ['a: b', '"quoted"', 'back\\slash', 'line\nbreak\r\ttab', '\u0007bell \u0085 nel \u2028 ls \ufeff', '- [x] {y} #z &a *b !c %d @e `f`', '中文：标题']) {
      const out = yamlString(value)
      assert.match(out, /^"[^\n\r\u2028\u2029\u0085]*"$/)
      assert.equal(JSON.parse(out), value)
    }
  })

  test('tagSlug makes Obsidian-safe tag segments', () => {
    assert.equal(tagSlug('Global Times'), 'global-times')
    assert.equal(tagSlug('  Ministry of Transport (RU)  '), 'ministry-of-transport-ru')
    assert.equal(tagSlug('新华社'), '新华社')
    assert.equal(tagSlug('!!!'), '')
  })
})
