// node --import tsx bench/page-script-cost.ts ROOT [ROOT ...] (each built: npm run build)
//
// The page's script alone (issue 18: the start): Chromium loads each build's
// dist/renderer/index.html and app.js through a Playwright route (no server,
// no API: the app's calls fail after its top level has run), in a fresh
// context each time, the builds in turn, 10 loads each; from the trace, the
// main thread's CPU time of EvaluateScript for app.js (its compile on the
// main thread and its top level). CPU time, so it holds on a loaded machine.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import type { TraceEvent } from './main-thread-cpu.ts'
import { percentile } from './scale/report.ts'

const roots = process.argv.slice(2)
if (roots.length === 0) throw new Error('usage: bench/page-script-cost.ts ROOT [ROOT ...]')
const LOADS = 10
const TYPES: Record<string, string> = { '/': 'text/html', '/app.js': 'text/javascript', '/app.css': 'text/css' }
const FILES: Record<string, string> = { '/': 'index.html', '/app.js': 'app.js', '/app.css': 'app.css' }

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.SOURCEMARK_CHROMIUM ?? '/usr/bin/chromium' })
  const times = new Map<string, number[]>(roots.map((r) => [r, []]))
  try {
    for (let i = 0; i < LOADS; i++) {
      for (const root of i % 2 === 0 ? roots : [...roots].reverse()) {
        const context = await browser.newContext()
        const page = await context.newPage()
        await page.route('http://app.test/**', (route) => {
          const path = new URL(route.request().url()).pathname
          const file = FILES[path]
          if (!file) return route.fulfill({ status: 404, body: '' })
          return route.fulfill({ contentType: TYPES[path]!, body: readFileSync(join(root, 'dist', 'renderer', file)) })
        })
        const cdp = await context.newCDPSession(page)
        const events: TraceEvent[] = []
        cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])) })
        await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
        await page.goto('http://app.test/')
        // The script has run by the load event; its first calls fail.
        await page.waitForLoadState('load')
        const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
        await cdp.send('Tracing.end')
        await done
        const ofApp = (e: TraceEvent) => e.name === 'EvaluateScript' && e.ph === 'X' && JSON.stringify(e.args ?? {}).includes('app.js')
        times.get(root)!.push(events.filter(ofApp).reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0))
        await context.close()
      }
    }
  } finally {
    await browser.close()
  }
  for (const [root, ms] of times) {
    const size = readFileSync(join(root, 'dist', 'renderer', 'app.js')).length
    console.log(`${root}: app.js ${size.toLocaleString('en-US')} bytes, EvaluateScript CPU median ${percentile(ms, 50).toFixed(1)} ms (${Math.min(...ms).toFixed(0)}-${Math.max(...ms).toFixed(0)}), ${ms.length} loads`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
