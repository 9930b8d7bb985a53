// npm run bench (or: node --import tsx bench/import.ts [--samples N])
//
// Time to turn a 1 MB file into a document (importFile: decode, parse, find
// the article, build blocks, check the draft), for a saved news page and a
// Markdown file of the same text. Baselines, measured in the same run: the
// parser alone on the same bytes (parse5 parse(); markdown-it render()),
// the least any import through that parser can cost. The ratio says what
// our mapping adds on top.

import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import MarkdownIt from 'markdown-it'
import { parse } from 'parse5'
import { importFile } from '../shared/import/file.ts'
import { canonicalText } from '../shared/model/document.ts'

const { values } = parseArgs({ options: { samples: { type: 'string', default: '15' } } })
const SAMPLES = Number(values.samples)
const TARGET_BYTES = 1024 * 1024

const SENTENCES = [
  'Chinese President Xi Jinping met Russian Prime Minister Mikhail Mishustin in Beijing on Tuesday, *Xinhua* reported.',
  'The two sides agreed to deepen **practical cooperation** in energy, agriculture and the digital economy, according to [Tass](https://tass.com/).',
  'Analysts quoted by the Global Times said the talks showed the "maturity and resilience" of the relationship.',
  '中俄双方同意进一步深化务实合作。 Россия и Китай продолжат сотрудничество. 🎉',
]

function paragraphs(): string[] {
  const out: string[] = []
  let size = 0
  for (let i = 0; size < TARGET_BYTES * 0.9; i++) {
    const p = `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]} (${i})`
    out.push(p)
    size += Buffer.byteLength(p)
  }
  return out
}

function markdownFile(ps: string[]): string {
  return ['---', 'title: Benchmark article', 'publisher: Bench Wire', '---', '', '# Benchmark article', '',
    ...ps.flatMap((p, i) => (i % 25 === 24 ? [`## Section ${i}`, '', p, ''] : i % 40 === 39 ? [`> ${p}`, ''] : [p, '']))].join('\n')
}

function htmlFile(ps: string[]): string {
  const inline = (p: string) => p
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/\[(.+?)\]\((.+?)\)/g, '<a href="$2">$1</a>')
  const nav = Array.from({ length: 60 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('')
  return `<!doctype html><html><head><meta charset="utf-8"><title>Benchmark article | Bench Wire</title>
<meta property="og:site_name" content="Bench Wire"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Benchmark article","datePublished":"2025-11-05"}</script>
<style>body{font:16px serif}</style><script>window.analytics=1</script></head><body>
<header><nav class="site-nav"><ul>${nav}</ul></nav><div class="cookie-banner">We use cookies.</div></header>
<main><article><h1>Benchmark article</h1><p class="byline">By Bench Reporter</p>
${ps.map((p, i) => (i % 25 === 24 ? `<h2>Section ${i}</h2>` : '') + (i % 40 === 39 ? `<blockquote><p>${inline(p)}</p></blockquote>` : `<p>${inline(p)}</p>`)).join('\n')}
</article><aside class="related"><ul>${nav}</ul></aside></main><footer class="site-footer">© Bench Wire</footer></body></html>`
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(run: () => unknown): number {
  for (let i = 0; i < 2; i++) run() // warm up
  const times: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return median(times)
}

const ps = paragraphs()
const md = markdownFile(ps)
const html = htmlFile(ps)
const encode = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))
const markdownIt = new MarkdownIt()

const cases = [
  { name: 'saved news page (HTML)', text: html, file: 'page.html', baselineName: 'parse5 parse()', baseline: () => parse(html) },
  { name: 'Markdown', text: md, file: 'article.md', baselineName: 'markdown-it render()', baseline: () => markdownIt.render(md) },
]

console.log(`Import of a ~1 MB file, median of ${SAMPLES} runs (Node ${process.version})`)
console.log('| file | bytes | blocks | importFile | baseline | baseline time | ratio |')
console.log('|---|---|---|---|---|---|---|')
for (const c of cases) {
  const bytes = encode(c.text)
  const draft = importFile({ name: c.file, bytes })
  if (!canonicalText(draft.blocks).includes('(100)')) throw new Error(`${c.name}: the article text is missing`)
  const ours = time(() => importFile({ name: c.file, bytes }))
  const base = time(c.baseline)
  console.log(`| ${c.name} | ${bytes.length} | ${draft.blocks.length} | ${ours.toFixed(1)} ms | ${c.baselineName} | ${base.toFixed(1)} ms | ${(ours / base).toFixed(2)} |`)
}
