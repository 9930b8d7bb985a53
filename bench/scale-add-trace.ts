// node --max-old-space-size=6144 --import tsx bench/scale-add-trace.ts [ROOT] (after npm run build)
//
// The scale suite's steps at 100 documents (bench/scale/run.ts: the warm-up,
// the start, the library, the search, the 1 MB document opened and
// scrolled) with the app of ROOT (this checkout by default), then its 20
// claims added as the suite adds them, traced: the times it measures, and
// the page's main-thread tasks from each key press to the status set
// (bench/add-timeline.ts). The suite presses Escape before each claim, so
// every other block is that key's. Last, per claim, the frames the save's
// answer and then the status waited behind (answerWaits).
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BIG_ID, BIG_TITLE } from './scale/generate.ts'
import { launchBrowser, startApp } from './scale/app.ts'
import { warmLibrary } from './scale/warm-library.ts'
import { addClaims, openDocument, openLibrary, scrollReader, typeSearches } from './scale/measure.ts'
import { mainThreadCpu } from './main-thread-cpu.ts'
import { addTimelines, answerWaits, framesOfAdds } from './add-timeline.ts'

const root = process.argv[2] ?? undefined
async function main(): Promise<void> {
const limits = { timeout: 30000, budget: 120000 }
const dir = await mkdtemp(join(tmpdir(), 'sourcemark-scale-trace-'))
const browser = await launchBrowser()
try {
  const { lastTitle } = await warmLibrary(browser, dir, root, limits.budget)
  const app = await startApp(browser, dir, performance.now(), { root })
  const { page } = app
  try {
    await page.evaluate(`__bench.articlePainted(${JSON.stringify(lastTitle)}, 30000)`)
    await openLibrary(page, limits)
    await typeSearches(page, limits)
    console.log('open', JSON.stringify(await openDocument(page, BIG_TITLE, limits)))
    await scrollReader(page, BIG_ID, limits)
    await page.evaluate(`new MutationObserver(() => console.timeStamp('status-set')).observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true }); 0`)
    const cdp = await page.context().newCDPSession(page)
    let added
    const cpu = await mainThreadCpu(cdp, async () => { added = await addClaims(page, dir, BIG_ID, 20, limits) })
    console.log(JSON.stringify({ times: added!.times.map(Math.round), server: added!.server.map(Math.round), painted: added!.painted.map(Math.round) }))
    console.log(addTimelines(cpu.events, 20, 'status-set'))
    console.log(answerWaits(cpu.events, 'status-set'))
    console.log(framesOfAdds(cpu.events, 'status-set'))
    // The trace's main-thread events, to look at again (SCALE_TRACE_OUT=file).
    if (process.env.SCALE_TRACE_OUT) await writeFile(process.env.SCALE_TRACE_OUT, JSON.stringify(cpu.events))
  } finally {
    await app.stop()
  }
} finally {
  await browser.close()
  await rm(dir, { recursive: true, force: true })
}
}
void main()
