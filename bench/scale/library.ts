// The library view alone, on a kept data folder: open it (click on Library
// to the list painted) and scroll it, a few times, with the scale suite's
// page probe. Quicker than the whole suite (no search, no 1 MB document),
// so a change to the library view can be timed before and after on one
// folder in one sitting.
//
//   npm run bench:scale:library -- --dir DIR [--documents 10000] [--runs 3] [--throttle 4] [--settle MS]
//     [--profile FILE] [--trace FILE] [--before APP] [--node-args ARGS]
//
// DIR is generated (and started once, untimed) when it has no documents
// folder yet. --profile writes a CPU profile of the page during the last
// run's open and scroll (for Chrome DevTools' Performance panel). --before
// names a copy of an earlier build (its bin/ and dist/), started in turn
// with this one on the same folder, so both are timed under the same load.

import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { SEARCH_INDEX_FILE } from '../../electron/search/indexer.ts'
import { generateDocumentFile, generateLibrary } from './generate.ts'
import { lastDocumentRead } from './warm-up.ts'
import { cpuMs, launchBrowser, startApp } from './app.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    documents: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'string' },
    // A Chromium performance trace of the last run's open and scroll.
    trace: { type: 'string' },
    // The page's CPU slowed this many times (CDP), as on a loaded machine.
    throttle: { type: 'string', default: '1' },
    // How long the app may settle after the last document is shown (the
    // full suite opens the library at once).
    settle: { type: 'string', default: '6000' },
    // Another built copy of the app (bin/ and dist/), timed in turn with this one.
    before: { type: 'string' },
    // Arguments for this build's server, e.g. "--cpu-prof --cpu-prof-dir=DIR".
    'node-args': { type: 'string', default: '' },
  },
})
if (!values.dir) throw new Error('usage: library.ts --dir DIR [--documents N] [--runs N] [--profile FILE]')
const dir = values.dir
const spec = { documents: Number(values.documents) }
const TIMEOUT = 30_000
const SCROLL = { frames: 60, step: 400 }

async function main(): Promise<void> {
  const browser = await launchBrowser()
  try {
    const last = generateDocumentFile(1, spec).document
    if (!existsSync(join(dir, 'documents'))) {
      const g = await generateLibrary(dir, spec)
      console.error(`generated ${g.documents} documents in ${(g.ms / 1000).toFixed(1)} s`)
    }
    if (!existsSync(join(dir, SEARCH_INDEX_FILE))) {
      const warm = await startApp(browser, dir, performance.now(), { withoutApp: true })
      try {
        await lastDocumentRead(warm.page, last.id)
        // The search index built, so that no later start builds it again.
        for (;;) {
          const answer = await warm.page.evaluate<{ indexing?: boolean }>(`__bench.call('search', { query: 'the' })`)
          if (!answer.indexing) break
          await delay(500)
        }
        while (spec.documents >= 200 && !existsSync(join(dir, SEARCH_INDEX_FILE))) await delay(250)
      } finally {
        await warm.stop()
      }
    }
    const runs = Number(values.runs)
    const builds = values.before ? [{ name: 'before', root: values.before }, { name: 'this', root: undefined }] : [{ name: 'this', root: undefined }]
    for (let run = 0; run < runs; run++) for (const build of builds) {
      const nodeArgs = build.root === undefined ? values['node-args'].split(' ').filter(Boolean) : []
      const app = await startApp(browser, dir, performance.now(), { root: build.root, nodeArgs })
      try {
        const { page } = app
        await page.evaluate(`__bench.articlePainted(${JSON.stringify(last.meta.title)}, ${TIMEOUT})`)
        // The app settles (the search index loads once it is quiet).
        await delay(Number(values.settle))
        const lastRun = run === runs - 1 && build.root === undefined
        const cdp = await page.context().newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) })
        const profiling = values.profile && lastRun
        if (values.trace && lastRun) await browser.startTracing(page, { path: values.trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] })
        if (profiling) {
          await cdp.send('Profiler.enable')
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
          await cdp.send('Profiler.start')
        }
        await cdp.send('Performance.enable')
        // CPU of the open: the page's tasks (CDP) and the server's threads (/proc).
        const taskMs = async () => 1000 * ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN)
        const [page0, server0] = [await taskMs(), await cpuMs(app.server.pid!)]
        const clicked = await page.evaluate<number>('performance.now()')
        const open = await page.evaluate<number | null>(`__bench.openLibrary(${TIMEOUT})`)
        // The open's API calls: when each was asked and answered, from the click (ms).
        const calls = await page.evaluate<string[]>(`performance.getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/') && e.startTime >= ${clicked})
          .map((e) => e.name.split('/api/')[1] + ' ' + Math.round(e.startTime - ${clicked}) + '-' + Math.round(e.responseEnd - ${clicked}))`)
        const [page1, server1] = [await taskMs(), await cpuMs(app.server.pid!)]
        const scroll = await page.evaluate<{ longest: number; ms: number }>(`__bench.scroll('[aria-label="Documents"]', ${SCROLL.frames}, ${SCROLL.step})`)
        const count = await page.evaluate<string>(`document.querySelector('.library-count')?.textContent ?? ''`)
        if (profiling) {
          const { profile } = await cdp.send('Profiler.stop')
          await writeFile(values.profile!, JSON.stringify(profile))
        }
        if (values.trace && lastRun) await browser.stopTracing()
        await cdp.detach()
        console.log(JSON.stringify({ build: build.name, run, open: open === null ? null : Math.round(open), openPageCpu: Math.round(page1 - page0), openServerCpu: server1 - server0, scrollLongest: Math.round(scroll.longest), scrollMs: Math.round(scroll.ms), count, calls }))
      } finally {
        await app.stop()
      }
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
