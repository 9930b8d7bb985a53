// node --import tsx bench/reader-scale.ts [--profile FILE] [--library N] (after npm run build)
//
// The reader at scale, in the real app: browser mode served by the CLI on a
// data folder holding the generated 1 MB document with 10,000 annotations
// (test/helpers/big-document.ts), driven in headless Chromium. Prints the
// time to open it (click to painted and listed), to add a claim (key press
// to painted, saved and listed; several samples), to open the library
// view, and the long tasks seen while scrolling the article and the
// sidebar. --profile writes a CPU profile of the open and prints the
// functions with the most self time.

import { chromium, type Page } from '@playwright/test'
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { BIG_DOCUMENT_ID, writeBigDocument } from '../test/helpers/big-document.ts'
import { Store } from '../electron/store/store.ts'
import { writeSmallDocuments } from '../test/helpers/many-documents.ts'
import { describeCpu, mainThreadCpu, type TraceEvent } from './main-thread-cpu.ts'
import { SELECT_WORDS } from './select-words.ts'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({ options: { profile: { type: 'string' }, 'profile-suggestions': { type: 'string' }, 'trace-scroll': { type: 'boolean' }, 'profile-library': { type: 'string' }, 'trace-add': { type: 'boolean' }, 'profile-add': { type: 'string' }, 'profile-scroll': { type: 'string' }, library: { type: 'string', default: '0' }, adds: { type: 'string', default: '10' } } })

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sourcemark-scale-'))
  let t = performance.now()
  const extra = Number(values.library)
  if (extra > 0) await writeSmallDocuments(dataDir, extra)
  await writeBigDocument(dataDir)
  // The app starts on the big document.
  await (await Store.open(dataDir)).state.change({ lastOpened: BIG_DOCUMENT_ID })
  console.log(`data written in ${((performance.now() - t) / 1000).toFixed(1)} s (${extra} extra documents)`)
  const server = spawn(process.execPath, [join(ROOT, 'bin/sourcemark.cjs'), 'serve', '--no-open', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve) => createInterface({ input: server.stdout }).once('line', (line) => resolve(line.replace(/^.* at /, ''))))
  const browser = await chromium.launch({ executablePath: process.env.SOURCEMARK_CHROMIUM || '/usr/bin/chromium', args: ['--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
    const cdp = await page.context().newCDPSession(page)
    if (values.profile) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start') }
    let openMs = 0
    const openCpu = await mainThreadCpu(cdp, async () => {
      t = performance.now()
      await page.goto(url)
      await page.locator('.annotation-list .annotation-item').first().waitFor({ timeout: 120_000 })
      await page.locator('mark.annotation').first().waitFor()
      await page.evaluate(() => new Promise(requestAnimationFrame))
      openMs = performance.now() - t
    })
    await watchLongTasks(page)
    if (values.profile) {
      const { profile } = await cdp.send('Profiler.stop')
      await writeFile(values.profile, JSON.stringify(profile))
      printTop(profile)
    }
    console.log(`start and open 1 MB / 10,000 annotations: ${openMs.toFixed(0)} ms; main thread: ${describeCpu(openCpu)}`)
    // Where the wall time went: the page's API calls as resource timing saw them.
    console.log(`  API calls during the open (start+duration ms): ${await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')).map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}+${e.duration.toFixed(0)}`).join(', '))}`)
    if (values['profile-suggestions']) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start') }
    const suggestionsCpu = await mainThreadCpu(cdp, () => page.getByRole('region', { name: 'Suggestions' }).getByText(/^\(\d+\)$/).waitFor({ timeout: 120_000 }))
    if (values['profile-suggestions']) {
      const { profile } = await cdp.send('Profiler.stop')
      await writeFile(values['profile-suggestions'], JSON.stringify(profile))
    }
    console.log(`  main thread from shown to the suggestions listed: ${describeCpu(suggestionsCpu)}`)
    console.log(`suggestions ready after ${(performance.now() - t).toFixed(0)} ms; ${await page.evaluate(() => ['.suggestion-item', '#sidebar-host *', '.annotation-item', '#article *'].map((s) => `${s}: ${document.querySelectorAll(s).length}`).join(', '))}`)

    // How long each API call takes, seen from the page (the server's share).
    await page.evaluate(() => {
      const w = window as unknown as { apiTimes: string[] }
      w.apiTimes = []
      const original = window.fetch
      window.fetch = async (input, init) => {
        const t = performance.now()
        const response = await original(input, init)
        await response.clone().arrayBuffer()
        w.apiTimes.push(`${String(input).split('/').pop()} ${(performance.now() - t).toFixed(0)}`)
        return response
      }
    })
    const adds: { painted: number; saved: number }[] = []
    if (values['profile-add']) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start') }
    const addCpu = await mainThreadCpu(cdp, async () => {
      for (let i = 0; i < Number(values.adds); i++) adds.push(await addClaim(page, i))
    })
    if (values['trace-add']) printTrace(addCpu.events)
    if (values['profile-add']) {
      const { profile } = await cdp.send('Profiler.stop')
      await writeFile(values['profile-add'], JSON.stringify(profile))
      printTop(profile)
    }
    const painted = adds.map((a) => a.painted).sort((a, b) => a - b)
    const saved = adds.map((a) => a.saved).sort((a, b) => a - b)
    console.log(`API calls meanwhile (ms): ${(await page.evaluate(() => (window as unknown as { apiTimes: string[] }).apiTimes)).join(', ')}`)
    console.log(`add a claim, key to painted and listed: ${summary(painted)}`)
    console.log(`add a claim, key to painted, saved and listed: ${summary(saved)}, long tasks: ${await longTasks(page)}`)
    console.log(`  main thread during the adds: ${describeCpu(addCpu)}`)

    if (values['profile-scroll']) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start') }
    const articleCpu = await mainThreadCpu(cdp, () => page.evaluate(async () => {
      for (let y = 0; y < 40; y++) { window.scrollBy(0, 700); await new Promise(requestAnimationFrame) }
    }))
    if (values['profile-scroll']) {
      const { profile } = await cdp.send('Profiler.stop')
      await writeFile(values['profile-scroll'], JSON.stringify(profile))
    }
    if (values['trace-scroll']) printTrace(articleCpu.events)
    console.log(`scroll article 40 steps: long tasks: ${await longTasks(page)}; ${describeCpu(articleCpu)}`)
    // Baseline in the same run: every block laid out (no content-visibility).
    await page.evaluate(() => document.getElementById('article')!.classList.remove('long-article'))
    await page.evaluate(() => new Promise(requestAnimationFrame))
    await longTasks(page)
    await page.evaluate(async () => {
      for (let y = 0; y < 40; y++) { window.scrollBy(0, -700); await new Promise(requestAnimationFrame) }
    })
    console.log(`  baseline, every block laid out: long tasks: ${await longTasks(page)}`)
    await page.evaluate(() => document.getElementById('article')!.classList.add('long-article'))
    await page.evaluate(async () => {
      for (let y = 0; y < 40; y++) { window.scrollBy(0, 700); await new Promise(requestAnimationFrame) }
    })
    console.log(`  and again with content-visibility: long tasks: ${await longTasks(page)}`)
    const sidebarCpu = await mainThreadCpu(cdp, () => page.evaluate(async () => {
      const host = document.getElementById('sidebar-host')!
      for (let y = 0; y < 40; y++) { host.scrollTop += 1500; await new Promise(requestAnimationFrame) }
    }))
    console.log(`scroll sidebar 40 steps: long tasks: ${await longTasks(page)}, cards in DOM: ${await page.locator('.annotation-item').count()}; ${describeCpu(sidebarCpu)}`)
    if (values['profile-library']) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start') }
    t = performance.now()
    await page.keyboard.press('l')
    await page.locator('.library-item').first().waitFor()
    await page.evaluate(() => new Promise(requestAnimationFrame))
    console.log(`library view: ${(performance.now() - t).toFixed(0)} ms, long tasks: ${await longTasks(page)}`)
    await page.evaluate(async () => {
      for (let y = 0; y < 40; y++) { window.scrollBy(0, 1500); await new Promise(requestAnimationFrame) }
    })
    console.log(`scroll library 40 steps: long tasks: ${await longTasks(page)}, items in DOM: ${await page.locator('.library-item').count()}`)
    if (values['profile-library']) {
      const { profile } = await cdp.send('Profiler.stop')
      await writeFile(values['profile-library'], JSON.stringify(profile))
      printTop(profile)
    }
  } finally {
    await browser.close()
    server.kill('SIGTERM')
    await new Promise((r) => server.once('exit', r))
    await rm(dataDir, { recursive: true, force: true })
  }
}

// Selects a fresh sentence in the paragraph at the top of the view and
// marks it a claim; done when its card is the current one in the list.
async function addClaim(page: Page, n: number): Promise<{ painted: number; saved: number }> {
  const quote = await page.evaluate<string>(`(${SELECT_WORDS})(${n})`)
  // Timed in the page from the key press: "painted", the frame after the
  // claim's card (current, with its quote) and its mark are both there;
  // "saved", the frame after that and the status saying it was saved.
  // (No named functions inside: tsx would wrap them in a helper the page lacks.)
  const done = page.evaluate((quote) => new Promise<{ painted: number; saved: number }>((resolve) => {
    let pressed = 0
    let painted = 0
    const status = document.querySelector('[role="status"]')!
    let statusChanged = false
    document.addEventListener('keydown', () => { pressed = performance.now() }, { once: true, capture: true })
    const observer = new MutationObserver((records) => {
      if (!pressed) return
      if (records.some((r) => status.contains(r.target))) statusChanged = true
      const card = document.querySelector('.annotation-item.current q')
      const shown = card?.textContent === quote && !!document.querySelector('mark.annotation-current')
      if (shown && !painted) { painted = -1; requestAnimationFrame(() => { painted = performance.now() - pressed }) }
      if (!shown || !statusChanged || !/saved/i.test(status.textContent ?? '')) return
      observer.disconnect()
      requestAnimationFrame(() => {
        const saved = performance.now() - pressed
        resolve({ painted: painted > 0 ? painted : saved, saved })
      })
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] })
  }), quote)
  done.catch(() => {})
  await page.evaluate(() => new Promise(requestAnimationFrame))
  await page.keyboard.press('c')
  return done
}

// Median, p95 (nearest rank), max and every sample of sorted times.
function summary(sorted: number[]): string {
  const p95 = sorted[Math.ceil(sorted.length * 0.95) - 1]!
  return `median ${sorted[sorted.length >> 1]!.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (${sorted.map((a) => a.toFixed(0)).join(' ')})`
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] }
    w.longTasks = []
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(e.duration) }).observe({ type: 'longtask' })
  })
}

// The long tasks since the last call, longest first.
async function longTasks(page: Page): Promise<string> {
  const tasks = await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] }
    const seen = w.longTasks
    w.longTasks = []
    return seen
  })
  if (tasks.length === 0) return 'none'
  tasks.sort((a, b) => b - a)
  return `${tasks.length} (longest ${tasks.slice(0, 5).map((d) => d.toFixed(0)).join(', ')} ms)`
}

// CPU per trace event name; the tasks grouped by what started them (an
// event's type, a timer's or a frame callback's function), each group's
// CPU and longest task; where the longest forced layouts came from.
function printTrace(events: TraceEvent[]): void {
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000
  const complete = events.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  const sum = new Map<string, number>()
  for (const e of complete) sum.set(e.name, (sum.get(e.name) ?? 0) + cpu(e))
  for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${v.toFixed(0).padStart(8)} ms  ${k}`)
  const groups = new Map<string, { cpu: number; n: number; max: number }>()
  const inKeydown = new Map<string, number>()
  let at = 0
  for (const task of complete.filter((e) => e.name === 'RunTask')) {
    while (at < complete.length && complete[at]!.ts <= task.ts) at++
    const first = complete.slice(at, at + 8).find((e) => e.ts + e.dur! <= task.ts + task.dur! && e.name !== 'RunTask' && !e.name.startsWith('V8.'))
    const data = first?.args?.data as { type?: string; functionName?: string; url?: string; lineNumber?: number } | undefined
    const key = !first ? '(no detail)' : `${first.name}${data?.type ? ` ${data.type}` : ''}${data?.functionName ? ` ${data.functionName}:${data.lineNumber}` : ''}`
    if (key === 'EventDispatch keydown') {
      for (const e of complete.slice(at, at + 4000)) {
        if (e.ts > task.ts + task.dur!) break
        if (e.name === 'RunTask' || e.name.startsWith('V8.') || e.name === 'EventDispatch') continue
        inKeydown.set(e.name, (inKeydown.get(e.name) ?? 0) + cpu(e))
      }
    }
    const g = groups.get(key) ?? { cpu: 0, n: 0, max: 0 }
    g.cpu += cpu(task); g.n++; g.max = Math.max(g.max, cpu(task))
    groups.set(key, g)
  }
  for (const [k, g] of [...groups].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 14)) console.log(`  tasks ${g.cpu.toFixed(0).padStart(6)} ms CPU, ${String(g.n).padStart(4)} × (longest ${g.max.toFixed(0)} ms)  ${k}`)
  console.log(`  inside the keydown tasks (nested events counted in each): ${[...inKeydown].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`)
  const long = complete.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && cpu(e) > 5)
  for (const e of long.slice(0, 16)) {
    const stack = e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? []
    const counts = e.args as { elementCount?: number; beginData?: { dirtyObjects?: number; totalObjects?: number } }
    const size = e.name === 'Layout' ? `${counts.beginData?.dirtyObjects ?? '?'} of ${counts.beginData?.totalObjects ?? '?'} objects dirty` : `${counts.elementCount ?? '?'} elements`
    console.log(`  ${e.name} ${cpu(e).toFixed(0)} ms CPU (${size})  ${stack.slice(0, 5).map((f) => `${f.functionName}:${f.lineNumber}`).join(' < ')}`)
  }
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
function printTop(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const self = new Map<string, number>()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  profile.samples?.forEach((id, i) => {
    const f = byId.get(id)!.callFrame
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000)
  })
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
