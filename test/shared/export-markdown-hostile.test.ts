// The Markdown export against hostile notes, titles and source names
// (issue 10, item 10): notes stay Markdown, but what a renderer that allows
// raw HTML would run never gets through. Proven by rendering the export with
// markdown-it, HTML on and its own link check off (as a permissive tool
// would), and looking for scripts, event handlers and unsafe addresses.

import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import MarkdownIt from 'markdown-it'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { builtInSources, type Source } from '../../shared/model/source.ts'
import { toMarkdown } from '../../shared/export/markdown.ts'
import { safeNote } from '../../shared/export/markdown-safe-note.ts'

const renderer = new MarkdownIt('default', { html: true })
renderer.validateLink = () => true
const render = (markdown: string) => renderer.render(markdown)

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'before <!-- hidden --> after',
  '<![CDATA[ x ]]> and <?php echo 1 ?> and <!DOCTYPE html>',
  '<div onclick="alert(1)">block html</div>',
  '<a href="javascript:alert(1)">html link</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](\njavascript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](<java\tscript:alert(1)>)',
  '[x](<javascript:alert(1)>)',
  '[x](javascript:alert(1) "title")',
  '![img](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x][1]\n\n[1]: javascript:alert(1)',
  '[y][2]\n\n[2]:\n  <vbscript:msgbox(1)>',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '[a [b](javascript:1)](javascript:2)',
  '\\[not a link](javascript:alert(1))',
  '`<script>in code</script>`',
  '```\n<script>fenced</script>\n```',
  '    <script>indented</script>',
]

// What must never appear in the rendered HTML.
// The export's own links back into the app (sourcemark://open/<doc>#<id>)
// are allowed where the test says so; user text never makes one.
function assertInert(html: string, context: string, appLinks = 0): void {
  assert.doesNotMatch(html, /<script/i, context)
  assert.doesNotMatch(html, /<(?:img|div|a|iframe|svg)\b[^>]*\son[a-z]+\s*=/i, `${context}: event handler`)
  assert.doesNotMatch(html, /<!--|<!\[CDATA\[|<\?|<!doctype/i, `${context}: comment or declaration`)
  assert.doesNotMatch(html, /<img\b/i, `${context}: img`)
  let app = 0
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/gi)) {
    if (/^sourcemark:\/\/open\/[a-z0-9-]+#[A-Za-z0-9_-]+$/.test(match[1]!)) { app++; continue }
    assert.match(match[1]!, /^(?:https?:|mailto:|#|[^:]*$)/i, `${context}: unsafe address ${match[1]}`)
  }
  assert.equal(app, appLinks, `${context}: links into the app`)
}

describe('safeNote', () => {
  for (const note of HOSTILE) {
    test(`renders inert: ${JSON.stringify(note)}`, () => {
      assertInert(render(safeNote(note)), note)
    })
  }

  test('keeps ordinary Markdown and safe links as they are', () => {
    for (const note of [
      'See **Tass** and [the communique](https://example.org/a?b=1&c=2).',
      '[mail](mailto:desk@example.org) and <https://example.org/x> and <desk@example.org>',
      '[ref][1]\n\n[1]: https://example.org "Title"',
      '1 < 2 and 3 > 2, a -> b, <3',
      'Note: this matters; see item #4.',
    ]) assert.equal(safeNote(note), note)
  })

  test('relative links and anchors keep their words, not their address (the one link policy)', () => {
    assert.equal(safeNote('[relative](page.html) and [anchor](#top)'), '[relative]\\(page.html) and [anchor]\\(#top)')
    assert.doesNotMatch(render(safeNote('[relative](page.html)')), /<a /)
  })

  test('an unsafe link keeps its words, and they show as text', () => {
    const html = render(safeNote('Read [the claim](javascript:alert(1)) here.'))
    assert.match(html, /the claim/)
    assert.doesNotMatch(html, /<a /)
  })

  test('raw HTML shows as text, not markup', () => {
    assert.match(render(safeNote('<script>alert(1)</script>')), /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
  })
})

describe('toMarkdown with hostile notes, titles and source names', () => {
  const annotate = annotator()
  const title = '<script>alert("title")</script> [t](javascript:alert(1)) <img src=x onerror=alert(2)>'
  const doc = sampleArticle({ title, publisher: '<img src=x onerror=alert(3)>', author: '[a](javascript:alert(4))', url: 'javascript:alert(5)' })
  const hostileSource: Source = { id: 'evil', name: '<script>alert(6)</script>[s](javascript:alert(7))', aliases: [], kind: 'other', colour: '#000000' }
  const annotations = [
    annotate(doc, 'Premier Li and Mishustin signed a joint communique', 'claim', ['evil', 'tass'], HOSTILE.join('\n\n')),
  ]
  const markdown = toMarkdown({ document: doc, annotations, sources: [...builtInSources, hostileSource], exported: '2025-11-07T12:00:00.000Z' })

  test('the rendered export runs nothing and links nowhere unsafe', () => {
    assertInert(render(markdown), 'export', annotations.length)
  })

  test('front matter values carry no raw HTML or link syntax, and still read back as written', () => {
    const front = markdown.slice(0, markdown.indexOf('\n---\n', 4))
    assert.doesNotMatch(front, /[<>[\]]/)
    const titleLine = front.split('\n').find((line) => line.startsWith('title: '))!
    assert.equal(JSON.parse(titleLine.slice('title: '.length)), title)
  })
})
