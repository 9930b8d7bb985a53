// npm run bench (or: node --import tsx bench/attribution.ts [--samples N])
//
// Attribution suggestions for a ~1,000-word news article and a ~1 MB one,
// once the model is loaded (its load is timed separately). Baseline, measured
// in the same run: wink-nlp's own tokenising, tagging and sentence split of
// the same text, the least any engine on top of it can cost. The ratio says
// what our rules add.
//
// The engine is timed as the app runs it: bundled by esbuild as
// scripts/build.mjs bundles the engine's worker (tsx's on-the-fly transform
// keeps function names with a call per function made, a third more time
// on the 1 MB text that the app never pays). --source times the source
// through tsx instead.
//
// The plain 1 MB text repeats six articles and so names the same few
// dozen people: real news costs ~2x as much per byte. The "names varied"
// row gives each copy its own names (varied-names.ts); --text FILE (again
// for more) times any other text too, e.g. real articles concatenated
// outside the repository.

import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { loadavg } from 'node:os'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildSync } from 'esbuild'
import * as source from '../shared/attribution/engine-entry.ts'
import { SUPPORTED } from '../scripts/esbuild-supported.mjs'
import { variedArticle } from './varied-names.ts'

const { values } = parseArgs({ options: { samples: { type: 'string', default: '9' }, source: { type: 'boolean', default: false }, text: { type: 'string', multiple: true, default: [] } } })
const { suggestAttributions, winkBaseline } = values.source ? source : bundled()

// The engine's entry bundled as the app bundles its worker (scripts/build.mjs: node, CommonJS, node20, SUPPORTED).
function bundled(): typeof source {
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-bench-'))
  try {
    const outfile = join(dir, 'engine.cjs')
    buildSync({ entryPoints: [fileURLToPath(new URL('../shared/attribution/engine-entry.ts', import.meta.url))], bundle: true, platform: 'node', format: 'cjs', target: 'node20', supported: SUPPORTED, outfile, logLevel: 'warning' })
    return createRequire(import.meta.url)(outfile) as typeof source
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
const SAMPLES = Number(values.samples)
const fixtures = fileURLToPath(new URL('../test/fixtures/attribution/', import.meta.url))
const articles = ['state-media-relays', 'business-analysts', 'anonymous-officials', 'quotes-and-reach', 'wire-port-strike', 'list-frame']
  .map((name) => readFileSync(`${fixtures}${name}.txt`, 'utf8'))

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

// About 1,000 words: whole development articles in a row.
function article(targetWords: number): string {
  const parts: string[] = []
  let n = 0
  for (let i = 0; n < targetWords; i++) {
    const next = articles[i % articles.length]!
    parts.push(next.trim())
    n += words(next)
  }
  return parts.join('\n\n')
}

function bigArticle(bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const next = articles[i % articles.length]!.trim()
    parts.push(next)
    size += next.length + 2
  }
  return parts.join('\n\n')
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

// Wall-clock and CPU medians. On a shared machine the wall clock mostly
// measures the others' load; CPU time (this process, all its threads, so
// garbage collection included) says what the work itself costs.
function time(run: () => unknown, samples: number): { wall: number; cpu: number } {
  run() // warm up
  run()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < samples; i++) {
    const used = process.cpuUsage()
    const start = performance.now()
    run()
    wall.push(performance.now() - start)
    const spent = process.cpuUsage(used)
    cpu.push((spent.user + spent.system) / 1000)
  }
  return { wall: median(wall), cpu: median(cpu) }
}

const loadStart = performance.now()
suggestAttributions('Xi said trade grew, according to Xinhua.')
const load = performance.now() - loadStart

const small = article(1000)
const large = bigArticle(1024 * 1024)
console.log(`Attribution suggestions (${values.source ? 'source through tsx' : 'bundled as in the app'}), median of ${SAMPLES} runs (Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}); model load and first call ${load.toFixed(0)} ms`)
console.log('| article | words | bytes | suggestions | suggestAttributions (wall) | baseline (wall) | ratio | CPU ours | CPU baseline | CPU ratio | target |')
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
const few = Math.max(3, Math.floor(SAMPLES / 3))
const rows: [string, string, number, number][] = [['~1,000 words', small, SAMPLES, 50], ['~1 MB', large, few, 1000],
  ['~1 MB, names varied', variedArticle(articles, 1024 * 1024), few, 1000], ...values.text.map((file): [string, string, number, number] => [file, readFileSync(file, 'utf8'), few, 1000])]
for (const [name, text, samples, target] of rows) {
  const count = suggestAttributions(text).length
  const ours = time(() => suggestAttributions(text), samples)
  const base = time(() => winkBaseline(text), samples)
  console.log(`| ${name} | ${words(text)} | ${Buffer.byteLength(text)} | ${count} | ${ours.wall.toFixed(1)} ms | ${base.wall.toFixed(1)} ms | ` +
    `${(ours.wall / base.wall).toFixed(2)} | ${ours.cpu.toFixed(1)} ms | ${base.cpu.toFixed(1)} ms | ${(ours.cpu / base.cpu).toFixed(2)} | < ${target} ms |`)
}
