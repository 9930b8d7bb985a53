// The scale suite (issue 18): the real app in browser mode on a generated
// library, driven in headless Chromium, timed as the user feels it, each
// figure beside a baseline from the same run. Prints markdown tables ready
// to paste into docs/benchmarks.md.
//
//   npm run bench:scale                      100 and 1,000 documents
//   npm run bench:scale -- --sizes 10000     (or SOURCEMARK_SCALE_SIZES=100,1000,10000)
//   options: --timeout MS (cap per measurement, default 30000), --samples N (claims added, default 20)
//
// Needs `npm run build` first (npm run bench:scale does it).

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { cacheWorthWriting } from '../../electron/search/indexer-options.ts'
import { BIG_ID, BIG_TITLE, generateDocumentFile, generateLibrary, type LibrarySpec } from './generate.ts'
import { launchBrowser, pageHeap, serverMemory, startApp } from './app.ts'
import { lastDocumentRead, searchIndexBuilt } from './warm-up.ts'
import { addClaims, openDocument, openLibrary, QUERIES, scrollReader, typeSearches, type Limits } from './measure.ts'
import { linearScan, timeLinearSearchCapped } from './baselines.ts'
import { growthTable, percentile, sizeTable, type Figure } from './report.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env.SOURCEMARK_SCALE_SIZES ?? '100,1000' },
    timeout: { type: 'string', default: '30000' },
    samples: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
  },
})
const sizes = values.sizes.split(',').map(Number)
const limits: Limits = { timeout: Number(values.timeout), budget: 4 * Number(values.timeout) }
const SAMPLES = Number(values.samples)
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const log = (line: string) => console.error(`  ${line}`)

interface SizeRun { documents: number; figures: Figure[]; notes: string[]; ms: number }

async function runSize(browser: Browser, documents: number): Promise<SizeRun> {
  const t0 = performance.now()
  const spec: LibrarySpec = { documents }
  const dir = await mkdtemp(join(tmpdir(), `sourcemark-scale-${documents}-`))
  const notes: string[] = []
  const { timeout } = limits
  try {
    const gen = await generateLibrary(dir, spec)
    notes.push(`generated ${gen.documents} documents, ${gen.annotations.toLocaleString('en-US')} annotations, ${(gen.textBytes / 1e6).toFixed(1)} MB of text (${(gen.bytes / 1e6).toFixed(0)} MB of files) in ${s(gen.ms)}`)
    log(notes.at(-1)!)

    // Untimed warm-up: the store builds its index from the document files;
    // then an ordinary article is made the last one read.
    const last = generateDocumentFile(1, spec).document
    const w0 = performance.now()
    // The page signs in without running the app (its script is held back),
    // so that nothing but these calls choose the last document.
    const warm = await startApp(browser, dir, performance.now(), { withoutApp: true })
    try {
      await lastDocumentRead(warm.page, last.id)
      // And the search index is built and its cache written, as after any
      // earlier session: else the timed start would build it again from
      // the 10,000 files, under every figure.
      await searchIndexBuilt(warm.page, dir, cacheWorthWriting(documents, gen.bytes), limits.budget)
    } finally {
      await warm.stop()
    }
    notes.push(`first start (the library's and the search index built from the files, untimed): ${s(performance.now() - w0)}`)
    log(notes.at(-1)!)

    const start0 = performance.now()
    const app = await startApp(browser, dir, start0)
    const { page } = app
    let results
    try {
      // Polled in the page: the app's CSP forbids Playwright's string polling.
      const painted = await page.evaluate(`__bench.articlePainted(${JSON.stringify(last.meta.title)}, ${timeout})`)
      const shown = painted === null ? null : performance.now() - start0
      log(`start: ${shown === null ? 'timed out' : s(shown)}`)

      // A step that fails (the server ran out of memory, a control is
      // missing) is noted and its figures left empty; the rest still run.
      const attempt = async <T>(step: string, run: () => Promise<T>): Promise<T | null> => {
        try {
          const result = await run()
          log(`${step}: ${JSON.stringify(result)}`)
          return result
        } catch (error) {
          notes.push(`${step} failed: ${(error as Error).message.split('\n')[0]}`)
          log(notes.at(-1)!)
          return null
        }
      }
      const lib = await attempt('library', () => openLibrary(page, limits))
      const search = await attempt('search', () => typeSearches(page, limits)) ?? { felt: [], server: [], prefixes: [], timedOut: true }
      const opened = await attempt('open the 1 MB document', () => openDocument(page, BIG_TITLE, limits))
      const scrolled = opened ? await attempt('scroll', () => scrollReader(page, BIG_ID, limits)) : null
      const added = opened ? await attempt('add claims', () => addClaims(page, dir, BIG_ID, SAMPLES, limits)) : null
      const memory = await serverMemory(app.server)
      const heap = await attempt('page heap', () => pageHeap(page))
      if (app.server.exitCode !== null || app.server.signalCode !== null) notes.push(`the server exited (${app.server.exitCode ?? app.server.signalCode}) during the run`)
      results = { shown, lib, search, opened, scrolled, added, memory, heap }
    } finally {
      await app.stop()
    }
    const { shown, lib, search, opened, scrolled, added, memory, heap } = results

    // Baseline: today's scan over the same library, the same prefixes.
    const prefixes = search.prefixes.length > 0 ? search.prefixes : QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)))
    const scanned = await timeLinearSearchCapped(spec, prefixes, limits.budget)
    const scan = scanned.times
    notes.push(`search baseline: ${linearScan().name}() in a worker over the same library, ${scan.length} of ${prefixes.length} prefixes of ${QUERIES.map((q) => `"${q}"`).join(', ')} timed${scanned.cut ? `, the next one cut off at ${s(limits.budget)} of scanning` : ''}`)

    const cap = { cap: timeout }
    const target = (label: string, value: number) => ({ label, value, reference: true })
    const p = (xs: number[], q: number) => (xs.length > 0 ? percentile(xs, q) : null)
    const claimTimes = added?.times ?? []
    const figures: Figure[] = [
      { name: 'start → last document shown', unit: 'ms', value: shown, ...cap, baseline: target('1.5 s', 1500), target: '< 1.5 s' },
      { name: 'library view open', unit: 'ms', value: lib?.open ?? null, ...cap, baseline: { label: 'plain list of all', value: lib?.plain.render ?? null }, target: '< 300 ms' },
      { name: 'library scroll, longest task', unit: 'ms', value: lib?.scrollLongest ?? null, baseline: { label: 'plain list of all', value: lib?.plain.longest ?? null }, target: '< 50 ms' },
      { name: 'search as you type, p50', unit: 'ms', value: search.timedOut && search.felt.length === 0 ? null : p(search.felt, 50), ...cap, baseline: { label: 'linear scan, no HTTP', value: p(scan, 50), ...(scanned.cut && scan.length === 0 ? { cap: limits.budget } : {}) }, target: '–' },
      { name: 'search as you type, p95', unit: 'ms', value: search.timedOut ? null : p(search.felt, 95), ...cap, baseline: { label: 'linear scan, no HTTP', value: p(scan, 95), ...(scanned.cut && scan.length === 0 ? { cap: limits.budget } : {}) }, target: '< 150 ms' },
      { name: 'search, server part p95', unit: 'ms', value: search.timedOut ? null : p(search.server, 95), ...cap, baseline: { label: 'linear scan, no HTTP', value: p(scan, 95), ...(scanned.cut && scan.length === 0 ? { cap: limits.budget } : {}) }, target: '–' },
      { name: 'open 1 MB / 10k-annotation document → shown', unit: 'ms', value: opened?.shown ?? null, ...cap, baseline: target('1.5 s', 1500), target: '< 1.5 s' },
      { name: 'open 1 MB / 10k-annotation document → interactive', unit: 'ms', value: opened?.interactive ?? null, ...cap, baseline: target('1.5 s', 1500), target: '< 1.5 s' },
      { name: 'open 1 MB document → last API answer arrived', unit: 'ms', value: opened?.server ?? null, ...cap, baseline: target('1.5 s', 1500), target: '–' },
      { name: 'article scroll, longest task', unit: 'ms', value: scrolled?.article ?? null, baseline: target('50 ms', 50), target: '< 50 ms' },
      { name: 'sidebar scroll (10k annotations), longest task', unit: 'ms', value: scrolled?.sidebar ?? null, baseline: { label: 'plain list of all', value: scrolled?.plain.longest ?? null }, target: '< 50 ms' },
      { name: 'add a claim (key → painted, listed), p95', unit: 'ms', value: added?.timedOut ? null : p(added?.painted ?? [], 95), ...cap, baseline: target('50 ms', 50), target: '–' },
      { name: 'add a claim (key → painted, saved, listed), p95', unit: 'ms', value: added?.timedOut ? null : p(claimTimes, 95), ...cap, baseline: target('50 ms', 50), target: '< 50 ms' },
      { name: 'add a claim → last API answer arrived, p95', unit: 'ms', value: p(added?.server ?? [], 95), ...cap, baseline: target('50 ms', 50), target: '–' },
      { name: 'bytes written per save', unit: 'KB', value: added?.bytes ?? null, baseline: { label: 'the document file alone', value: added?.documentBytes ?? null }, target: 'no other document rewritten' },
      { name: 'server memory (peak RSS)', unit: 'MB', value: memory?.peak ?? null, baseline: target('500 MB', 500e6), target: '< 500 MB' },
      { name: 'page JS heap', unit: 'MB', value: heap, baseline: target('500 MB', 500e6), target: '< 500 MB' },
    ]
    const late = search.late === undefined ? '' : `, answered after ${search.late === null ? `more than ${s(10 * timeout)}` : s(search.late)}`
    notes.push(`search: ${search.felt.length} answers timed${search.timedOut ? `, then one over ${s(timeout)}${late} (the rest skipped)` : ''}; claims: ${claimTimes.length} added${added?.timedOut ? `, then one over ${s(timeout)}` : ''}; one save wrote ${added?.files.join(', ') || 'nothing measured'}`)
    return { documents, figures, notes, ms: performance.now() - t0 }
  } finally {
    if (values.keep) console.error(`  kept ${dir}`)
    else await rm(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  console.log(`Scale benchmark (node ${process.version}, ${process.platform}, cap ${s(limits.timeout)} per measurement)`)
  const browser = await launchBrowser()
  const runs: SizeRun[] = []
  try {
    for (const documents of sizes) {
      console.error(`${documents} documents:`)
      const run = await runSize(browser, documents)
      runs.push(run)
      console.log('')
      console.log(sizeTable(documents, run.figures))
      console.log('')
      for (const note of [...run.notes, `suite at this size: ${s(run.ms)}`]) console.log(`- ${note}`)
    }
  } finally {
    await browser.close()
  }
  console.log('')
  console.log('#### Growth')
  console.log('')
  console.log(growthTable(runs))
  if (!sizes.includes(10_000)) console.log('\n10,000 documents (about 1,000,000 annotations): npm run bench:scale -- --sizes 10000')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
