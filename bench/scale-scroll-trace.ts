// node --max-old-space-size=6144 --import tsx bench/scale-scroll-trace.ts [ROOT] [RUNS] [DOCUMENTS] [suite] (after npm run build)
//
// The scale suite's steps at DOCUMENTS (100) documents up to the 1 MB
// document opened (bench/scale/run.ts), then its article scroll and its
// sidebar's (60 frames × 400 px each, as the suite scrolls), traced, RUNS times (a fresh app each):
// the longest task the suite's probe saw, and the page's main-thread tasks
// over 20 ms of wall time with what ran in them, to tell the app's work
// from a starved frame. With `suite`, the library step is the suite's own
// (its scroll and its plain list of every entry) and the search is typed
// as the suite types it, so whatever they leave behind is there too.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BIG_TITLE } from './scale/generate.ts'
import { launchBrowser, startApp } from './scale/app.ts'
import { warmLibrary } from './scale/warm-library.ts'
import { openDocument, openLibrary, typeSearches } from './scale/measure.ts'
import { mainThreadCpu, type TraceEvent } from './main-thread-cpu.ts'

const SHOWN = new Set(['EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FunctionCall', 'ResourceFinish', 'Layout', 'UpdateLayoutTree', 'Paint', 'FireIdleCallback', 'MinorGC', 'MajorGC', 'ParseHTML', 'v8.compile', 'PrePaint', 'Layerize', 'Commit'])

function longTasks(events: TraceEvent[]): string[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts)
  const tasks = sorted.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 20_000)
  return tasks.map((task) => {
    const inside = sorted.filter((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur! && SHOWN.has(e.name) && e.ph !== 'E' && (e.dur ?? 0) > 500)
    const data = (e: TraceEvent) => (e.args?.data ?? {}) as Record<string, unknown>
    const what = inside.map((e) => `${e.name === 'FunctionCall' ? `call ${String(data(e).functionName || '(anon)')}:${String(data(e).lineNumber ?? '')}` : e.name === 'EventDispatch' ? `event ${String(data(e).type)}` : e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`)
    return `  wall ${(task.dur! / 1000).toFixed(1)} cpu ${((task.tdur ?? 0) / 1000).toFixed(1)}: ${what.join(', ').slice(0, 600)}`
  })
}

async function main(): Promise<void> {
  const root = process.argv[2] || undefined
  const runs = Number(process.argv[3] ?? 1)
  const documents = Number(process.argv[4] ?? 100)
  const suite = process.argv[5] === 'suite'
  const limits = { timeout: 30000, budget: 120000 }
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-scale-scroll-'))
  const browser = await launchBrowser()
  try {
    const { lastTitle } = await warmLibrary(browser, dir, root, limits.budget, documents)
    for (let run = 0; run < runs; run++) {
      const app = await startApp(browser, dir, performance.now(), { root })
      const { page } = app
      try {
        await page.evaluate(`__bench.articlePainted(${JSON.stringify(lastTitle)}, 30000)`)
        if (suite) {
          await openLibrary(page, limits)
          await typeSearches(page, limits)
        } else {
          await page.evaluate(`__bench.openLibrary(30000)`)
        }
        console.log('open', JSON.stringify(await openDocument(page, BIG_TITLE, limits)))
        const cdp = await page.context().newCDPSession(page)
        // The article, then the sidebar, as the suite scrolls them.
        for (const [name, list] of [['article', null], ['sidebar', '[aria-label="Annotation list"]']] as const) {
          let longest = 0
          const cpu = await mainThreadCpu(cdp, async () => { longest = (await page.evaluate<{ longest: number }>(`__bench.scroll(${JSON.stringify(list)}, 60, 400)`)).longest })
          console.log(`${name} scroll, run ${run + 1}: longest task (probe) ${longest} ms; CPU tasks longest ${cpu.tasks.slice(0, 3).map((t) => t.toFixed(1)).join(', ')} ms`)
          console.log(longTasks(cpu.events).join('\n'))
        }
      } finally {
        await app.stop()
      }
    }
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}
void main()
