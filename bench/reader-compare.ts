// node --import tsx bench/reader-compare.ts [--before DIR] [--rounds N] [--adds N] (after npm run build)
//
// The reader at scale, before and after, in one run: DIR is another
// checkout of Sourcemark, built (`git archive <commit> | tar -x -C DIR`,
// node_modules linked, `node scripts/build.mjs`). Each round starts both
// apps in turn, each on a fresh copy of the same data (the generated 1 MB
// document with 10,000 annotations and a few small ones), and does what the
// scale suite does (bench/scale/measure.ts): from the library, open the big
// document (to shown, and to no long task for 500 ms); at once scroll the
// article and then the sidebar 60 frames × 400 px (the suggestions arrive
// meanwhile, as in the suite); once the suggestions are listed, scroll the
// article again; add claims from the keyboard. Each figure is given in
// wall time (as the suite measures it, long tasks from the page) and as
// the longest task's CPU time (Chromium trace), which a loaded machine
// inflates far less; then the ratio after ÷ before.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from '@playwright/test'
import { BIG_DOCUMENT_ID, BIG_DOCUMENT_TITLE, generateBigDocument, writeBigDocument } from '../test/helpers/big-document.ts'
import { writeSmallDocuments } from '../test/helpers/many-documents.ts'
import { Store } from '../electron/store/store.ts'
import { launchBrowser, startApp } from './scale/app.ts'
import { addClaims, openDocument } from './scale/measure.ts'
import { mainThreadCpu, type TraceEvent } from './main-thread-cpu.ts'

const { values } = parseArgs({ options: { before: { type: 'string' }, rounds: { type: 'string', default: '2' }, adds: { type: 'string', default: '10' } } })
const ROOT = resolve(import.meta.dirname, '..')
const limits = { timeout: 30_000, budget: 120_000 }
const SCROLL = { frames: 60, step: 400 }

type Figures = Record<string, number | null>

async function measure(root: string): Promise<Figures> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-compare-'))
  const browser = await launchBrowser()
  try {
    await writeSmallDocuments(dir, 5)
    await writeBigDocument(dir, big)
    await (await Store.open(dir)).state.change({ lastOpened: 'doc-00000' })
    const app = await startApp(browser, dir, performance.now(), { root })
    const { page } = app
    const cdp = await page.context().newCDPSession(page)
    const out: Figures = {}
    // Wall: the longest task the page saw; CPU: the longest task's thread time.
    const phase = async (name: string, run: () => Promise<void>) => {
      const t0 = await page.evaluate(() => performance.now())
      // COMPARE_PROFILE="<phase>=<file>": a CPU profile of that phase.
      const [profiled, file] = (process.env.COMPARE_PROFILE ?? '').split('=')
      if (profiled === name) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start') }
      const cpu = await mainThreadCpu(cdp, run)
      if (profiled === name) await writeFile(file!, JSON.stringify((await cdp.send('Profiler.stop')).profile))
      out[`${name}, longest task (wall)`] = await longestSince(page, t0)
      out[`${name}, longest task (CPU)`] = cpu.tasks[0] ?? 0
      if (process.env.COMPARE_DETAIL) console.error(`  ${name}: ${longestTasks(cpu.events)}`)
      return cpu.events
    }
    try {
      await page.evaluate('__bench.articlePainted("Xinhua on trade talks, part 1", 30000)').catch(() => {})
      await page.keyboard.press('l')
      let opened: { shown: number; interactive: number } | null = null
      await phase('open', async () => { opened = await openDocument(page, BIG_DOCUMENT_TITLE, limits) })
      out['open → shown'] = opened!?.shown ?? null
      out['open → interactive'] = opened!?.interactive ?? null
      await phase('article scroll after the open', () => scroll(page, null))
      await phase('sidebar scroll', () => scroll(page, '[aria-label="Annotation list"]'))
      await page.getByRole('region', { name: 'Suggestions' }).getByText(/^\(\d+\)$/).waitFor({ timeout: 240_000 })
      await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)))
      await phase('article scroll, suggestions shown', () => scroll(page, null))
      let added = null as Awaited<ReturnType<typeof addClaims>> | null
      const events = await phase('add claims', async () => { added = await addClaims(page, dir, BIG_DOCUMENT_ID, Number(values.adds), limits) })
      // The key press's own task ("add claims" also holds the probe's search
      // for words on screen, which lays out the text above them).
      const keys = keyTasks(events)
      out['add a claim: key press tasks (Escape, c; CPU), median'] = keys.length ? median(keys) : null
      out['add a claim: key press tasks (Escape, c; CPU), max'] = keys.length ? Math.max(...keys) : null
      out['add a claim → painted, listed, p95'] = p95(added!.painted)
      out['add a claim → painted, saved, listed, p95'] = p95(added!.times)
      return out
    } finally {
      await app.stop()
    }
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}

async function scroll(page: Page, selector: string | null): Promise<void> {
  await page.evaluate(`__bench.scroll(${JSON.stringify(selector)}, ${SCROLL.frames}, ${SCROLL.step})`)
}

async function longestSince(page: Page, t0: number): Promise<number> {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)))
  return page.evaluate<number>(`__bench.longestSince(${t0})`)
}

// What the three longest tasks were made of (trace event names, and the
// functions called), for finding causes: COMPARE_DETAIL=1.
function longestTasks(events: TraceEvent[]): string {
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000
  const complete = events.filter((e) => e.ph === 'X' && e.dur)
  const tasks = complete.filter((e) => e.name === 'RunTask').sort((a, b) => cpu(b) - cpu(a)).slice(0, 3)
  return tasks.map((task) => {
    const parts = new Map<string, number>()
    for (const e of complete) {
      if (e === task || e.ts < task.ts || e.ts + e.dur! > task.ts + task.dur! || e.name === 'RunTask') continue
      const data = e.args?.data as { functionName?: string; type?: string } | undefined
      const key = `${e.name}${data?.functionName ? `:${data.functionName}` : ''}${data?.type ? `:${data.type}` : ''}`
      parts.set(key, (parts.get(key) ?? 0) + cpu(e))
    }
    return `[${cpu(task).toFixed(0)} ms: ${[...parts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}]`
  }).join(' ')
}

// Thread time of each task that handled a key press.
function keyTasks(events: TraceEvent[]): number[] {
  const complete = events.filter((e) => e.ph === 'X' && e.dur)
  const keydowns = complete.filter((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keydown')
  return complete.filter((t) => t.name === 'RunTask' && keydowns.some((k) => k.ts >= t.ts && k.ts + k.dur! <= t.ts + t.dur!))
    .map((t) => (t.tdur ?? t.dur!) / 1000)
}

function p95(xs: number[]): number | null {
  if (xs.length === 0) return null
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.ceil(sorted.length * 0.95) - 1]!
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const big = generateBigDocument()

async function main(): Promise<void> {
  const runs: { before: Figures[]; after: Figures[] } = { before: [], after: [] }
  for (let round = 0; round < Number(values.rounds); round++) {
    // Alternated, so both see the same load.
    // Without --before, this checkout alone.
    const order = !values.before ? ['after'] as const : round % 2 ? ['after', 'before'] as const : ['before', 'after'] as const
    for (const which of order) {
      const figures = await measure(which === 'before' ? resolve(values.before!) : ROOT)
      runs[which].push(figures)
      console.error(`round ${round + 1} ${which}: ${JSON.stringify(figures, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}`)
    }
  }
  const names = Object.keys(runs.after[0] ?? {})
  console.log(`| figure (median of ${values.rounds} rounds) | before | after | after ÷ before |`)
  console.log('|---|---|---|---|')
  for (const name of names) {
    const pick = (list: Figures[]) => list.map((f) => f[name]).filter((v): v is number => v != null)
    const b = pick(runs.before), a = pick(runs.after)
    const mb = b.length ? median(b) : null, ma = a.length ? median(a) : null
    const ratio = mb && ma !== null ? (ma / mb).toFixed(2) : '–'
    console.log(`| ${name} | ${mb === null ? '–' : `${mb.toFixed(0)} ms`} | ${ma === null ? '–' : `${ma.toFixed(0)} ms`} | ${ratio} |`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
