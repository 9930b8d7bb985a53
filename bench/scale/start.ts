// Where the start goes (issue 18): the real browser-mode server on a
// generated library, started again and again, each start timed from the
// spawn to the last document painted in headless Chromium, in steps
// (address printed, page loaded, each API answer before the paint), with
// the CPU time of the server (/proc) and of the page (CDP TaskDuration, and
// its renderer's main thread from /proc: renderer-cpu.ts) up to the paint:
// on a loaded machine the CPU figures are the honest ones.
//
//   node --import tsx bench/scale/start.ts --data-dir DIR [--runs N] [--baseline ROOT]
//
// DIR: a generated library (bench/scale/generate.ts) started once before
// (its index and search cache written; --warm does that first). ROOT:
// another checkout, built, to time in turn with this one (before/after in
// one run, on copies of DIR so neither sees the other's writes).

import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { cpuMs, launchBrowser, startApp } from './app.ts'
import { generateDocumentFile } from './generate.ts'
import { percentile } from './report.ts'
import { busiest, rendererMainCpu } from './renderer-cpu.ts'
import { lastDocumentRead, searchIndexBuilt } from './warm-up.ts'

const ROOT = resolve(import.meta.dirname, '..', '..')
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '6' },
    baseline: { type: 'string' },
    documents: { type: 'string', default: '10000' },
    // First start on a freshly generated folder: index and search cache built.
    warm: { type: 'boolean', default: false },
    // Flags for the server's node, e.g. --cpu-prof (a profile of each start).
    'node-args': { type: 'string', default: '' },
    // A CPU profile of the page in each start, written as PREFIX-N.cpuprofile.
    'page-profile': { type: 'string' },
  },
})
if (!values['data-dir']) throw new Error('--data-dir DIR (a generated library) is required')
const runs = Number(values.runs)
const TIMEOUT = 30_000
let profiles = 0

interface Start { printed: number; loaded: number; shown: number; serverCpu: number; pageCpu: number; pageMainCpu: number; answers: Record<string, number> }

async function once(browser: Browser, root: string, dataDir: string, title: string): Promise<Start> {
  const renderers = await rendererMainCpu()
  const t0 = performance.now()
  const app = await startApp(browser, dataDir, t0, { root, cdp: values['page-profile'] ? 'profile' : true, nodeArgs: values['node-args'].split(' ').filter(Boolean) })
  try {
    const painted = await app.page.evaluate(`__bench.articlePainted(${JSON.stringify(title)}, ${TIMEOUT})`)
    if (painted === null) throw new Error('the last document was not shown in time')
    const shown = performance.now() - t0
    const serverCpu = await cpuMs(app.server.pid!)
    const pageMainCpu = busiest(renderers, await rendererMainCpu())
    const metrics = await app.cdp!.send('Performance.getMetrics')
    const pageCpu = 1000 * (metrics.metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN)
    if (values['page-profile']) {
      const { profile } = await app.cdp!.send('Profiler.stop')
      await writeFile(`${values['page-profile']}-${++profiles}.cpuprofile`, JSON.stringify(profile))
    }
    // Each API answer before the paint, from the spawn.
    const offset = app.navigatedMs
    const entries = await app.page.evaluate<{ name: string; end: number }[]>(
      `performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.responseEnd <= ${JSON.stringify(painted)}).map((e) => ({ name: e.name.split('/api/')[1], end: e.responseEnd }))`)
    const answers: Record<string, number> = {}
    for (const { name, end } of entries) answers[name] ??= offset + end
    return { printed: app.printedMs, loaded: app.signedInMs, shown, serverCpu, pageCpu, pageMainCpu, answers }
  } finally {
    await app.stop()
  }
}

// The index built from the files, the last document read, the search
// index's cache written (run.ts's untimed warm-up).
async function warmUp(browser: Browser, dataDir: string, id: string): Promise<void> {
  const warm = await startApp(browser, dataDir, performance.now(), { withoutApp: true })
  try {
    await lastDocumentRead(warm.page, id)
    await searchIndexBuilt(warm.page, dataDir, true, 300_000)
  } finally {
    await warm.stop()
  }
}

async function main(): Promise<void> {
  const dataDir = values['data-dir']!
  const last = generateDocumentFile(1, { documents: Number(values.documents) }).document
  const title = last.meta.title
  if (values.warm) {
    const browser = await launchBrowser()
    await warmUp(browser, dataDir, last.id).finally(() => browser.close())
  }
  const builds = [{ name: 'this build', root: ROOT, dataDir, starts: [] as Start[] }]
  if (values.baseline) {
    const copy = `${dataDir}-baseline`
    execFileSync('rm', ['-rf', copy])
    execFileSync('cp', ['-a', dataDir, copy])
    builds.unshift({ name: `baseline (${values.baseline})`, root: resolve(values.baseline), dataDir: copy, starts: [] })
  }
  const browser = await launchBrowser()
  try {
    // One untimed start each: caches warm, both folders as a session left them.
    for (const build of builds) await once(browser, build.root, build.dataDir, title)
    for (let i = 0; i < runs; i++) {
      for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
        const start = await once(browser, build.root, build.dataDir, title)
        build.starts.push(start)
        console.error(`${build.name}: ${JSON.stringify(start)}`)
      }
    }
  } finally {
    await browser.close()
  }
  const load = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
  console.log(`\nStart at ${values.documents} documents, ${runs} starts each, medians (load average at the end ${load})\n`)
  console.log(`| step | ${builds.map((b) => b.name).join(' | ')} |`)
  console.log(`|---|${builds.map(() => '---|').join('')}`)
  const med = (xs: number[]) => (xs.length ? `${percentile(xs, 50).toFixed(0)} ms` : '–')
  const row = (name: string, pick: (s: Start) => number | undefined) =>
    console.log(`| ${name} | ${builds.map((b) => med(b.starts.map(pick).filter((x): x is number => x !== undefined))).join(' | ')} |`)
  row('spawn → address printed', (s) => s.printed)
  row('spawn → page signed in and loaded', (s) => s.loaded)
  const names = new Set(builds.flatMap((b) => b.starts.flatMap((s) => Object.keys(s.answers))))
  for (const name of names) row(`spawn → ${name} answered`, (s) => s.answers[name])
  row('spawn → last document shown', (s) => s.shown)
  row('server CPU, spawn → shown', (s) => s.serverCpu)
  row('page CPU (tasks), load → shown', (s) => s.pageCpu)
  row('page main thread CPU (/proc), load → shown', (s) => s.pageMainCpu)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
