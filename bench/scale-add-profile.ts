// node --max-old-space-size=6144 --import tsx bench/scale-add-profile.ts [ROOT] [OUT.cpuprofile] (after npm run build)
//
// Where the add's CPU goes in the page (issue 18): the 100-document library
// with its 1 MB / 10,000-annotation document (bench/scale), the document
// opened, then 20 claims added as the suite adds them under Chromium's CPU
// profiler (CDP Profiler). Prints the suite's times and the functions with
// the most self time and total time over the 20 adds; OUT keeps the profile.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BIG_ID, BIG_TITLE } from './scale/generate.ts'
import { launchBrowser, startApp } from './scale/app.ts'
import { warmLibrary } from './scale/warm-library.ts'
import { addClaims, openDocument, openLibrary } from './scale/measure.ts'
import { percentile } from './scale/report.ts'
import { summarize, type Profile } from './cpu-profile-summary.ts'

const root = process.argv[2] || undefined
const out = process.argv[3]
async function main(): Promise<void> {
  const limits = { timeout: 30000, budget: 120000 }
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-add-profile-'))
  const browser = await launchBrowser()
  try {
    const { lastTitle } = await warmLibrary(browser, dir, root, limits.budget)
    const app = await startApp(browser, dir, performance.now(), { root })
    try {
      const { page } = app
      await page.evaluate(`__bench.articlePainted(${JSON.stringify(lastTitle)}, 30000)`)
      await openLibrary(page, limits)
      console.log('open', JSON.stringify(await openDocument(page, BIG_TITLE, limits)))
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
      await cdp.send('Profiler.start')
      const added = await addClaims(page, dir, BIG_ID, 20, limits)
      const { profile } = await cdp.send('Profiler.stop')
      const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1)
      console.log(`add: painted, saved, listed p50 ${p(added.times, 50)} p95 ${p(added.times, 95)}; painted, listed p50 ${p(added.painted, 50)} p95 ${p(added.painted, 95)}; answer p50 ${p(added.server, 50)} p95 ${p(added.server, 95)}`)
      console.log(summarize(profile as Profile))
      if (out) await writeFile(out, JSON.stringify(profile))
    } finally {
      await app.stop()
    }
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}
main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
