// npm run bench (after npm run build): anchoring and painting at scale.
//
// Generates a deterministic article of about 1 MB and 10,000 annotations on
// it, bundles bench/anchoring-page.ts with esbuild, and runs it in headless
// Chromium (never downloaded: SOURCEMARK_CHROMIUM or /usr/bin/chromium).
// The page measures opening to interactive, building the decorations,
// adding one annotation, anchoring all annotations on the unchanged and on
// an edited text, and a baseline anchoring with approx-string-match used the
// way the Hypothesis client uses it. Prints a table; a missed target is
// reported, not an error (exit code 0).

import { chromium } from '@playwright/test'
import { build } from 'esbuild'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe } from '../shared/anchoring/describe.ts'
import { annotationKinds } from '../shared/model/annotation.ts'
import { canonicalText, type ArticleDocument, type Block } from '../shared/model/document.ts'
import type { BenchInput, BenchOutput } from './anchoring-page.ts'
import { seededRandom } from '../test/helpers/seeded-random.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const TARGET_SIZE = 1_000_000
const ANNOTATIONS = 10_000
const SEED = 20251105

// ---------------------------------------------------------------------------
// The article.

const WORDS = `the of and to in a on for with that by as at from is was were has have had will would said says
could should may also more than about after before during between against into over under new two three
first second last year years week month day government minister ministry president premier official
officials country countries state states talks meeting meetings visit cooperation trade energy economy
economic development growth market markets investment investors bank banks policy policies security
agreement agreements partners partnership relations bilateral regional global international national
leaders leader delegation summit council committee plan plans report reports reported analysts experts
expert spokesman spokeswoman statement statements press conference week's region border transport
shipping route routes infrastructure project projects billion million percent rate rates prices price
oil gas grain exports imports sanctions tariffs currency payments finance financial technology digital
industry industrial manufacturing companies company firms workers jobs labour production supply demand
strategic comprehensive practical mutual common shared broad major key important significant steady
strong stronger closer further deeper long-term short-term recent current future previous annual joint
signed agreed announced noted stressed urged called welcomed pledged discussed reviewed expanded
strengthened deepened promoted supported opposed rejected warned expected planned launched completed`.split(/\s+/)

const NAMES = ['Xi Jinping', 'Mikhail Mishustin', 'Li Qiang', 'Vladimir Putin', 'Wang Yi', 'Sergei Lavrov', 'Sun Xiuwen', 'Wang Xiaoquan', 'Zhang Wei', 'Elena Petrova', 'José Müller', 'Chloë Dubois']
const PLACES = ['Beijing', 'Moscow', 'Hangzhou', 'Shanghai', 'Kazan', 'Vladivostok', 'Harbin', 'Astana', 'the Arctic', 'the Northern Sea Route', 'Central Asia', 'the Global South']
// Phrases that recur across the article, as in real reporting, so that
// many quotes occur more than once.
const REPEATED = ['according to Xinhua', 'per Xinhua', 'the two countries', 'on Tuesday', 'on Monday', 'bilateral cooperation',
  'the Global Times reported', 'said in a statement', 'heads of government', 'a strategic choice for both sides',
  'mutual benefit', 'in the spirit of equal consultation', 'the regular meeting', 'told reporters']

function sentence(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  const words: string[] = []
  const length = 8 + Math.floor(random() * 24)
  while (words.length < length) {
    const r = random()
    if (r < 0.06) words.push(pick(NAMES))
    else if (r < 0.1) words.push(pick(PLACES))
    else if (r < 0.16) words.push(pick(REPEATED))
    else if (r < 0.18) words.push(String(Math.floor(random() * 2000)))
    else words.push(pick(WORDS))
  }
  let text = words.join(' ')
  text = text[0]!.toUpperCase() + text.slice(1)
  const end = random()
  if (end < 0.12) return `“${text},” ${pick(NAMES)} said.`
  if (end < 0.18) return `${text} — ${pick(REPEATED)}.`
  return `${text}.`
}

export function generateArticle(seed = SEED, size = TARGET_SIZE): ArticleDocument {
  const random = seededRandom(seed)
  const blocks: Block[] = [{ type: 'title', text: 'China and Russia deepen cooperation on multiple fronts (benchmark edition)' }]
  let length = blocks[0]!.text.length
  while (length < size) {
    let block: Block
    if (random() < 0.04) {
      block = { type: 'heading', level: 2, text: sentence(random).replace(/[.”]+$/, '').split(' ').slice(0, 5).join(' ') }
    } else {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 6) }, () => sentence(random))
      block = { type: 'paragraph', text: sentences.join(' ') }
    }
    blocks.push(block)
    length += 2 + block.text.length
  }
  return { id: 'bench-article', meta: { title: blocks[0]!.text, publisher: 'Sourcemark bench' }, blocks }
}

// Random annotations on word boundaries: mostly phrases, some sentences,
// a few paragraph-long, in random (creation) order.
export function generateAnnotations(text: string, count = ANNOTATIONS, seed = SEED + 1): BenchInput['annotations'] {
  const random = seededRandom(seed)
  const wordStart = (at: number) => { while (at > 0 && /\S/.test(text[at - 1]!)) at--; return at }
  const wordEnd = (at: number) => { while (at < text.length && /\S/.test(text[at]!)) at++; return at }
  const annotations: BenchInput['annotations'] = []
  while (annotations.length < count) {
    const r = random()
    const length = r < 0.7 ? 10 + random() * 70 : r < 0.95 ? 80 + random() * 220 : 300 + random() * 1200
    const start = wordStart(Math.floor(random() * (text.length - length)))
    const end = Math.min(text.length, wordEnd(start + Math.floor(length)))
    if (!/\S/.test(text[start] ?? '') || end <= start) continue
    annotations.push({
      id: `a${String(annotations.length).padStart(7, '0')}`,
      kind: annotationKinds[Math.floor(random() * annotationKinds.length)]!,
      target: describe(text, start, end),
    })
  }
  return annotations
}

// A few edits spread over the text: insertions and deletions of words, a
// sentence and a paragraph, and a changed word.
export function editText(text: string): { text: string; edits: string[] } {
  const at = (fraction: number, pattern: RegExp) => {
    pattern.lastIndex = Math.floor(text.length * fraction)
    const m = pattern.exec(text)
    if (!m) throw new Error(`no ${pattern} after ${fraction}`)
    return m
  }
  const edits: { start: number; end: number; insert: string; what: string }[] = []
  let m = at(0.1, /\. /g)
  edits.push({ start: m.index + 2, end: m.index + 2, insert: 'Officials declined to comment further on the matter. ', what: 'sentence inserted at 10%' })
  m = at(0.3, / (\S+ \S+ \S+ \S+ \S+) /g)
  edits.push({ start: m.index, end: m.index + m[1]!.length + 1, insert: '', what: `five words deleted at 30% (${m[1]!.length + 1} chars)` })
  m = at(0.5, / (cooperation|trade|energy|economy|talks) /g)
  edits.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length, insert: 'partnership', what: `"${m[1]}" replaced by "partnership" at 50%` })
  m = at(0.7, /\n\n/g)
  const paragraph = 'In a separate development, officials from both sides met in Harbin on Wednesday to review progress on cross-border transport projects, including new rail links and an expanded river port, and agreed to meet again before the end of the year to sign a joint plan.'
  edits.push({ start: m.index + 2, end: m.index + 2, insert: `${paragraph}\n\n`, what: `paragraph inserted at 70% (${paragraph.length + 2} chars)` })
  m = at(0.9, /\. ([^.\n]{60,200}\.) /g)
  edits.push({ start: m.index + 2, end: m.index + 2 + m[1]!.length + 1, insert: '', what: `sentence deleted at 90% (${m[1]!.length + 1} chars)` })
  let edited = text
  for (const e of [...edits].sort((a, b) => b.start - a.start)) edited = edited.slice(0, e.start) + e.insert + edited.slice(e.end)
  return { text: edited, edits: edits.map((e) => e.what) }
}

// ---------------------------------------------------------------------------
// The run.

async function main(): Promise<void> {
  const started = Date.now()
  const document = generateArticle()
  const text = canonicalText(document.blocks)
  const annotations = generateAnnotations(text)
  const edited = editText(text)
  // The annotation added in scenario (c): words not annotated yet.
  const addRanges = [0.15, 0.35, 0.55, 0.75, 0.95, 0.45, 0.65].map((f) => {
    const start = text.indexOf(' ', Math.floor(text.length * f)) + 1
    return { start, end: text.indexOf(' ', start + 40) }
  })
  const input: BenchInput = { document, annotations, editedText: edited.text, addRanges, baselineSample: 500 }

  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-bench-'))
  try {
    await build({
      entryPoints: [join(ROOT, 'bench/anchoring-page.ts')],
      outfile: join(dir, 'bench.js'),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'warning',
    })
    const css = await readFile(join(ROOT, 'renderer/styles.css'), 'utf8')
    await writeFile(join(dir, 'bench.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sourcemark bench</title>
<style>${css}</style><script src="bench.js"></script></head>
<body><div class="layout"><main class="reader" id="reader"></main></div></body></html>`)

    const browser = await chromium.launch({
      executablePath: process.env.SOURCEMARK_CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      page.on('console', (message) => { if (message.type() === 'error') console.error(`page: ${message.text()}`) })
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
      await page.goto(pathToFileURL(join(dir, 'bench.html')).href)
      const output = await page.evaluate((data) => window.sourcemarkBench.run(data), input)
      report(output, {
        chromium: browser.version(),
        textLength: text.length,
        blocks: document.blocks.length,
        edits: edited.edits,
        seconds: (Date.now() - started) / 1000,
      })
    } finally {
      await browser.close()
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function report(out: BenchOutput, info: { chromium: string; textLength: number; blocks: number; edits: string[]; seconds: number }): void {
  const ms = (v: number | null) => (v === null ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0))
  console.log(`\nSourcemark anchoring bench — Chromium ${info.chromium}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}; page sees ${out.cores}), Node ${process.version}`)
  console.log(`article: ${(info.textLength / 1e6).toFixed(2)} M code units (${info.textLength.toLocaleString('en')}), ${info.blocks.toLocaleString('en')} blocks, ${out.annotations.toLocaleString('en')} annotations`)
  console.log(`edits: ${info.edits.join('; ')}`)
  console.log(`medians of ${out.runs} runs unless noted\n`)
  const header = ['scenario', 'ours (ms)', 'target', 'result', 'baseline (ms)', 'ours/baseline']
  const rows = out.rows.map((r) => [
    r.scenario,
    ms(r.ms),
    r.target === null ? '' : `< ${r.target} ms`,
    r.target === null ? '' : r.ms < r.target ? 'PASS' : 'FAIL',
    r.baseline === null ? '' : ms(r.baseline),
    r.baseline === null ? '' : `${(r.ms / r.baseline).toFixed(4)}${r.ratioTarget !== undefined ? (r.ms / r.baseline <= r.ratioTarget ? ' PASS' : ' FAIL') : ''}`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
  console.log(line(header))
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 1) + '-' : '-'.repeat(w + 1) + ':')).join('|')}|`)
  for (const r of rows) console.log(line(r))
  console.log('')
  for (const note of out.notes) console.log(`- ${note}`)
  const missed = out.rows.filter((r) => (r.target !== null && r.ms >= r.target) || (r.ratioTarget !== undefined && r.baseline !== null && r.ms / r.baseline > r.ratioTarget))
  console.log(missed.length ? `\nMISSED ${missed.length} target(s): ${missed.map((r) => r.scenario).join('; ')}` : '\nAll targets met.')
  console.log(`(bench took ${info.seconds.toFixed(1)} s)`)
}

// Run when executed, not when imported (the generators are reusable).
if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
