// node --import tsx bench/reader-add.ts [--before DIR] [--rounds N] [--adds N] [--profile DIR] [--timeline N] [--frames] [--server] (after npm run build)
//
// Adding a claim to the 1 MB document with 10,000 annotations, in the real
// app (browser mode, headless Chromium), before and after in one run: DIR
// is another checkout, built (`git archive <commit> | tar -x -C DIR`,
// node_modules linked, `node scripts/build.mjs`); rounds alternate which
// goes first. Each app starts on a fresh copy of the same data, opens the
// document, waits for its suggestions, then adds claims from the keyboard.
// For each add, from the key press (the event's time stamp):
//   sent     the page called fetch for createAnnotation (resource timing)
//   painted  the claim's mark painted in the article
//   listed   its card painted in the sidebar, current
//   saved    the answer received (resource timing's responseEnd)
//   told     the status saying it was saved painted
// "Painted" is the first task after the frame that drew it, timed by the
// scale suite's probe (bench/scale/page-probe.js, `__bench.painted`).
// and, from a Chromium trace, the main thread's CPU (thread time): the key
// press's task, and every task from the key until the add has settled
// (100 ms after "told", so work put off until after the paint counts too).
// --profile DIR writes CPU profiles there: the page's while it adds
// (<which>-<round>.page.cpuprofile, DevTools protocol) and the server's
// whole run (node --cpu-prof, into <which>-<round>.server/, one file per
// thread); both open in Chrome DevTools. --timeline N prints the main
// thread's tasks of the first N adds of each run (bench/add-timeline.ts);
// --frames the CPU of the key's task, the claim's frame, the answer's task
// and the frame that shows "saved", by what ran in them (framesOfAdds).
// --server: where the save went on its way to the answer, the server's
// times taken by bench/scale/save-probe.mjs loaded into it (save-stages.ts).
// Last, in how many adds the answer was in the page before the claim's
// frame was painted (read after that frame, "saved" waits for another).

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type { Page } from '@playwright/test'
import { BIG_DOCUMENT_ID, generateBigDocument, writeBigDocument } from '../test/helpers/big-document.ts'
import { Store } from '../electron/store/store.ts'
import { launchBrowser, startApp } from './scale/app.ts'
import { addTimelines, framesOfAdds } from './add-timeline.ts'
import { mainThreadCpu, type TraceEvent } from './main-thread-cpu.ts'
import { SELECT_WORDS } from './select-words.ts'
import { SAVE_STAGES, saveStages, type SaveStage } from './save-stages.ts'

const { values } = parseArgs({ options: { before: { type: 'string' }, profile: { type: 'string' }, timeline: { type: 'string' }, frames: { type: 'boolean' }, server: { type: 'boolean' }, rounds: { type: 'string', default: '1' }, adds: { type: 'string', default: '30' } } })
const ROOT = resolve(import.meta.dirname, '..')
const big = generateBigDocument()
const STAGES = ['sent', 'painted', 'listed', 'saved', 'told'] as const
type Stage = typeof STAGES[number]
type Samples = Record<Stage | SaveStage | 'key task CPU' | 'key to told CPU' | 'add CPU' | 'longest task CPU' | 'suggestions: longest task CPU', number[]>

const empty = (): Samples => ({ sent: [], painted: [], listed: [], saved: [], told: [], ...Object.fromEntries(SAVE_STAGES.map((s) => [s, [] as number[]])) as Record<SaveStage, number[]>, 'key task CPU': [], 'key to told CPU': [], 'add CPU': [], 'longest task CPU': [], 'suggestions: longest task CPU': [] })

async function measure(root: string, into: Samples, name: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-add-'))
  const browser = await launchBrowser()
  try {
    await writeBigDocument(dir, big)
    await (await Store.open(dir)).state.change({ lastOpened: BIG_DOCUMENT_ID })
    const profiles = values.profile ? resolve(values.profile) : undefined
    if (profiles) await mkdir(profiles, { recursive: true })
    // One folder per run: the server's worker threads write profiles too.
    const nodeArgs = profiles ? ['--cpu-prof', '--cpu-prof-dir', join(profiles, `${name}.server`)] : []
    // The server's side of each save, written by the probe (inherited env).
    const probe = join(dir, 'save-probe.jsonl')
    if (values.server) {
      process.env.SOURCEMARK_SAVE_PROBE = probe
      nodeArgs.push('--import', pathToFileURL(join(import.meta.dirname, 'scale', 'save-probe.mjs')).href)
    }
    const app = await startApp(browser, dir, performance.now(), { root, nodeArgs })
    const { page } = app
    try {
      const cdp = await page.context().newCDPSession(page)
      // From the document shown to its suggestions listed (they come later).
      await page.locator('.annotation-list .annotation-item').first().waitFor({ timeout: 120_000 })
      const arrival = await mainThreadCpu(cdp, async () => {
        await page.getByRole('region', { name: 'Suggestions' }).getByText(/^\(\d+\)$/).waitFor({ timeout: 240_000 })
      })
      into['suggestions: longest task CPU'].push(arrival.tasks[0] ?? 0)
      await page.evaluate(() => new Promise((r) => setTimeout(r, 500)))
      const times: Timed[] = []
      let missed = 0
      if (profiles) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.start') }
      const cpu = await mainThreadCpu(cdp, async () => {
        // An add not done in 20 s is skipped and counted.
        for (let i = 0; times.length < Number(values.adds); i++) {
          const t = await addClaim(page, i).catch((error: unknown) => { missed++; console.error(String(error).slice(0, 200)); return null })
          if (t) times.push(t)
          if (missed > 5) throw new Error('too many key presses added nothing')
        }
      })
      if (profiles) await writeFile(join(profiles, `${name}.page.cpuprofile`), JSON.stringify((await cdp.send('Profiler.stop')).profile))
      if (values.timeline) console.error(`${name}:\n${addTimelines(cpu.events, Number(values.timeline))}`)
      if (values.frames) console.error(`${name}, CPU by task:\n${framesOfAdds(cpu.events)}`)
      if (missed) console.error(`${missed} key presses added nothing (skipped)`)
      for (const t of times) for (const stage of STAGES) into[stage].push(t[stage])
      if (values.server) {
        const stages = saveStages(await readFile(probe, 'utf8').catch(() => ''), times)
        for (const stage of SAVE_STAGES) into[stage].push(...stages[stage])
      }
      const perAdd = addCpu(cpu.events)
      into['key task CPU'].push(...perAdd.key)
      into['key to told CPU'].push(...perAdd.told)
      into['add CPU'].push(...perAdd.total)
      into['longest task CPU'].push(...perAdd.longest)
    } finally {
      await app.stop()
    }
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}

// Selects words at the start of a paragraph further down each time, presses
// "c", and times the stages in the page. (No named functions inside the
// evaluated code: tsx would wrap them in a helper the page lacks.)
// The stages, and the key's time on the server's clock (epoch ms).
type Timed = Record<Stage, number> & { keyAt: number }

async function addClaim(page: Page, n: number): Promise<Timed> {
  const quote = await page.evaluate<string>(`(${SELECT_WORDS})(${n})`)
  await page.evaluate(() => new Promise(requestAnimationFrame))
  // Watching before the key is pressed (kept in the page, awaited after).
  await page.evaluate(`window.__addDone = (${WATCH_ADD})(${JSON.stringify(quote)}); window.__addDone.catch(() => {}); 0`)
  await page.keyboard.press('c')
  return page.evaluate<Timed>('window.__addDone')
}

// Resolves with the stages' times once all are seen (plain JavaScript: a
// named function in TypeScript would need a helper of tsx's in the page).
const WATCH_ADD = `(quote) => new Promise((resolve, reject) => {
  const out = {}
  let key = 0
  const status = document.querySelector('[role="status"]')
  const entries = []
  // The claim is new: its id is not the one current before the key.
  const listedBefore = document.querySelector('.annotation-item.current')?.getAttribute('data-annotation-id')
  const paintedBefore = document.querySelector('mark.annotation-current')?.getAttribute('data-annotation-id')
  // Frames are watched from before the key to the end, so a change made in a
  // frame callback is timed at that frame (the probe looks after them all).
  let finished = false
  window.__bench.painted(() => finished, 21000)
  const check = () => {
    const e = entries[0]
    if (e && key) { out.sent = e.startTime - key; out.saved = e.responseEnd - key; out.keyAt = performance.timeOrigin + key }
    if (['sent', 'painted', 'listed', 'saved', 'told'].every((s) => (out[s] ?? -1) >= 0)) {
      finished = true
      observer.disconnect()
      resources.disconnect()
      // Settled: work put off past the paint has run too.
      setTimeout(() => { console.timeStamp('add-settled'); resolve(out) }, 100)
    }
  }
  const at = (stage) => {
    if (out[stage] !== undefined) return
    out[stage] = -1
    if (stage === 'told') console.timeStamp('add-status')
    window.__bench.painted(() => true, 20000).then((t) => { out[stage] = t - key; if (stage === 'told') console.timeStamp('add-told'); check() })
  }
  const resources = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.endsWith('/api/createAnnotation')) entries.push(e)
    check()
  })
  resources.observe({ type: 'resource' })
  document.addEventListener('keydown', (event) => { key = event.timeStamp }, { once: true, capture: true })
  const observer = new MutationObserver((records) => {
    if (!key) return
    const told = records.some((r) => status.contains(r.target)) && /saved/i.test(status.textContent || '')
    const card = document.querySelector('.annotation-item.current')
    if (card && card.getAttribute('data-annotation-id') !== listedBefore) at('listed')
    const mark = document.querySelector('mark.annotation-current')
    if (mark && mark.getAttribute('data-annotation-id') !== paintedBefore) at('painted')
    if (told) at('told')
  })
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] })
  setTimeout(() => { finished = true; observer.disconnect(); resources.disconnect(); reject(new Error('add not done in 20 s: ' + JSON.stringify(out) + ', selection: ' + getSelection().toString())) }, 20000)
})`

// Per add, from its key press's task to its "add-settled" time stamp: the
// key task's CPU, the sum of all tasks' CPU, and the longest task's; and
// the sum of the tasks' CPU up to the frame that showed the status
// ("add-told"), what the page did before the user was told.
function addCpu(events: TraceEvent[]): { key: number[]; told: number[]; total: number[]; longest: number[] } {
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X').sort((a, b) => a.ts - b.ts)
  const keys = events.filter((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keydown').sort((a, b) => a.ts - b.ts)
  const ends = events.filter((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === 'add-settled').sort((a, b) => a.ts - b.ts)
  const told = events.filter((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === 'add-told').sort((a, b) => a.ts - b.ts)
  const out = { key: [] as number[], told: [] as number[], total: [] as number[], longest: [] as number[] }
  for (const k of keys) {
    const end = ends.find((e) => e.ts > k.ts)
    if (!end) continue
    const own = tasks.find((t) => t.ts <= k.ts && t.ts + t.dur! >= k.ts + k.dur!)
    const inside = tasks.filter((t) => t.ts + t.dur! >= k.ts && t.ts <= end.ts)
    const shown = told.find((e) => e.ts > k.ts)
    if (shown) out.told.push(inside.filter((t) => t.ts <= shown.ts).reduce((s, t) => s + cpu(t), 0))
    out.key.push(own ? cpu(own) : 0)
    out.total.push(inside.reduce((s, t) => s + cpu(t), 0))
    out.longest.push(Math.max(0, ...inside.map(cpu)))
  }
  return out
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(sorted.length * q) - 1)]!
}
const show = (xs: number[]) => xs.length ? `${quantile(xs, 0.5).toFixed(1)} / ${quantile(xs, 0.95).toFixed(1)}` : '–'

async function main(): Promise<void> {
  const runs = { before: empty(), after: empty() }
  for (let round = 0; round < Number(values.rounds); round++) {
    const order = !values.before ? ['after'] as const : round % 2 ? ['after', 'before'] as const : ['before', 'after'] as const
    for (const which of order) {
      await measure(which === 'before' ? resolve(values.before!) : ROOT, runs[which], `${which}-${round + 1}`)
      console.error(`round ${round + 1} ${which}: ${runs[which].painted.length} adds so far`)
    }
  }
  console.log(`| key press → (ms, p50 / p95 over ${runs.after.painted.length} adds) | before | after |`)
  console.log('|---|---|---|')
  for (const name of Object.keys(runs.after) as (keyof Samples)[]) {
    if (runs.after[name].length + runs.before[name].length === 0) continue
    console.log(`| ${name} | ${show(runs.before[name])} | ${show(runs.after[name])} |`)
  }
  // The answer in the page before the claim's frame was painted: the
  // page, not the save, kept "saved" from that frame (read after it).
  for (const which of ['before', 'after'] as const) {
    const { saved, painted, told } = runs[which]
    const first = saved.map((s, i) => i).filter((i) => saved[i]! < painted[i]!)
    if (saved.length) console.log(`${which}: the answer came before the claim's frame was painted in ${first.length} of ${saved.length} adds; told − painted then ${show(first.map((i) => told[i]! - painted[i]!))} ms`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
