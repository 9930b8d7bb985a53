// The Markdown export as the tools it is for read it (issue 16): front
// matter parsed by a YAML parser, the body rendered by a CommonMark
// renderer; links back to the app and into the original page; each
// annotation once; context, callouts and block ids as options.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import MarkdownIt from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { toMarkdown } from '../../shared/export/markdown.ts'
import { encodeFragmentTerm, textDirective, textFragmentLink } from '../../shared/export/quote-links.ts'
import { sentenceAround } from '../../shared/export/quote-context.ts'

const URL_ = 'https://example.org/xi-mishustin?a=1&b=2#top'
const doc = sampleArticle({ title: 'Xi meets Mishustin: [draft] & more', author: 'A. Writer', published: '2025-11-05', url: URL_ })
const annotate = annotator()
const SHORT = 'signed a joint communique'
const LONG = 'Russia and China see each other as priority partners and will continue to strengthen cooperation across all fields'
const annotations = [
  annotate(doc, LONG, 'claim', ['tass', 'xinhua'], 'Both said it: *check*'),
  annotate(doc, SHORT, 'highlight', [], ''),
]
const input = { document: doc, annotations, sources: [...builtInSources], exported: '2025-11-07T12:00:00.000Z' }
const md = toMarkdown(input)
const frontMatter = (markdown: string) => parseYaml(markdown.slice(4, markdown.indexOf('\n---\n', 4)))
const html = new MarkdownIt().render(md.slice(md.indexOf('\n---\n', 4) + 5))

test('front matter parses as YAML with the keys Obsidian and Zotero read', () => {
  assert.deepEqual(frontMatter(md), {
    title: doc.meta.title,
    source: URL_,
    author: 'A. Writer',
    published: '2025-11-05',
    created: '2025-11-07T12:00:00.000Z',
    tags: ['sourcemark', 'source/xinhua', 'source/tass'],
    aliases: [doc.meta.title],
    description: '2 annotations: 1 claim, 1 highlight.',
  })
})

test('a claim with two sources is listed once, with both, and counted once', () => {
  assert.equal(md.split('\n').filter((l) => l.startsWith('**Claim** · Sources: Xinhua, Tass · ')).length, 0)
  assert.equal(md.split('\n').filter((l) => l.startsWith('**Claim** · Sources: Tass, Xinhua · ')).length, 1)
  assert.match(md, /^2 annotations: 1 claim, 1 highlight\.$/m)
  assert.match(md, /^\| Tass \| 1 \| 0 \|$/m)
  assert.match(md, /^\| Xinhua \| 1 \| 0 \|$/m)
})

test('each quote links into the app and into the original page at the quote', () => {
  const links = [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[2], m[1]!.replace(/&amp;/g, '&')])
  // Reading order: the short quote comes first in the article.
  assert.deepEqual(links, [
    ['Open in Sourcemark', `sourcemark://open/${doc.id}#${annotations[1]!.id}`],
    ['Original', 'https://example.org/xi-mishustin?a=1&b=2#:~:text=signed%20a%20joint%20communique'],
    ['Open in Sourcemark', `sourcemark://open/${doc.id}#${annotations[0]!.id}`],
    ['Original', 'https://example.org/xi-mishustin?a=1&b=2#:~:text=Russia%20and%20China%20see,cooperation%20across%20all%20fields'],
  ])
})

test('a text fragment percent-encodes - & , and the characters that cut a link', () => {
  assert.equal(encodeFragmentTerm('long-term, a&b (c)'), 'long%2Dterm%2C%20a%26b%20%28c%29')
  assert.equal(textDirective('  one\n two  '), 'one%20two')
  // Across blocks: always a start and an end, never one term spanning both.
  assert.equal(textDirective('per Xinhua.\n\nWhen he'), 'per%20Xinhua.,When%20he')
  const chinese = '习近平会见米舒斯京，双方同意深化合作。'.repeat(5)
  assert.equal(textDirective(chinese), `${encodeFragmentTerm('习近平会见米舒斯京，')},${encodeFragmentTerm('双方同意深化合作。')}`.replace(encodeFragmentTerm('双方同意深化合作。'), encodeFragmentTerm('，双方同意深化合作。')))
  assert.equal(textFragmentLink(undefined, 'x'), null)
  assert.equal(textFragmentLink('javascript:alert(1)', 'x'), null)
  assert.equal(textFragmentLink('https://a.example/p', '😀 emoji'), 'https://a.example/p#:~:text=%F0%9F%98%80%20emoji')
})

test('no URL: no Original link, the app link stays', () => {
  const bare = toMarkdown({ ...input, document: { ...doc, meta: { title: 'T' } } })
  assert.doesNotMatch(bare, /\[Original\]|:~:text=/)
  assert.match(bare, /\[Open in Sourcemark\]\(sourcemark:\/\/open\//)
  assert.equal(frontMatter(bare).source, undefined)
})

test('context shows the sentence around a short quote, the quote in bold', () => {
  const withContext = toMarkdown({ ...input, context: true })
  const line = withContext.split('\n').find((l) => l.startsWith('*Context:*'))!
  assert.ok(line.includes(`**${SHORT}**`), line)
  assert.match(line, /^\*Context:\* Premier Li and Mishustin \*\*signed/)
  // The long quote ends mid-sentence: its context runs to the full stop.
  assert.equal(withContext.split('\n').filter((l) => l.startsWith('*Context:*')).length, 2)
  assert.doesNotMatch(md, /\*Context:\*/)
})

test('sentenceAround stops at sentence ends, blocks and CJK full stops', () => {
  const text = 'First one. Second has a quote here, and more. Third.\n\n甲说。乙说了话。丙。'
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const
  const [a, b] = at('a quote')
  assert.equal(text.slice(...Object.values(sentenceAround(text, a, b)!) as [number, number]), 'Second has a quote here, and more.')
  const [c, d] = at('说了')
  assert.equal(text.slice(...Object.values(sentenceAround(text, c, d)!) as [number, number]), '乙说了话。')
  const [e, f] = at('Third.')
  assert.equal(sentenceAround(text, e, f), null)
})

test('callouts: each annotation in an Obsidian callout with its block id', () => {
  const obsidian = toMarkdown({ ...input, callouts: true })
  assert.match(obsidian, /^> \[!quote\] Claim · Sources: Tass, Xinhua · 2025-11-06\n> Russia and China/m)
  assert.match(obsidian, /^> \[!note\] Highlight · No source · 2025-11-06\n> signed a joint communique\n>\n> \[Open in Sourcemark\]/m)
  assert.match(obsidian, /^> Both said it: \*check\*$/m)
  assert.deepEqual(obsidian.match(/^\^[A-Za-z0-9-]+$/gm), [annotations[1]!, annotations[0]!].map((a) => `^${a.id}`))
  // The block id is a paragraph of its own after the callout.
  assert.match(obsidian, new RegExp(`\\n\\n\\^${annotations[0]!.id}\\n`))
})

test('quoted text that looks like Markdown stays literal when rendered', () => {
  const tricky = sampleArticle({ title: 'T', url: URL_ })
  const text = tricky.blocks.map((b) => b.text).join('\n\n')
  assert.ok(text.includes('Premier Li'))
  const escaped = toMarkdown({ ...input, document: tricky, annotations: [annotate(tricky, 'Premier Li and Mishustin', 'claim', [], '')] })
  assert.match(new MarkdownIt().render(escaped), /<blockquote>\n<p>Premier Li and Mishustin<\/p>/)
})
