// node --max-old-space-size=6144 --import tsx bench/scale-add-server.ts [--documents N] [--root DIR] [--profile DIR] (after npm run build)
//
// The server's side of the add (issue 18): a generated library (1,000
// documents by default: from 200 the search index keeps its cache and rows,
// as at 10,000) with its 1 MB / 10,000-annotation document opened, then the
// suite's 20 claims added as the suite adds them. For each: the server's CPU
// time (/proc, all its threads) from before the key to the claim saved, and
// in the 1.5 s after (work the add left for later), and the suite's times.
// --profile DIR keeps the server's CPU profile (node --cpu-prof) there.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { setTimeout as delay } from 'node:timers/promises'
import { BIG_ID, BIG_TITLE } from './scale/generate.ts'
import { cpuMs, launchBrowser, startApp } from './scale/app.ts'
import { warmLibrary } from './scale/warm-library.ts'
import { addClaims, openDocument, openLibrary } from './scale/measure.ts'
import { percentile } from './scale/report.ts'

const { values } = parseArgs({ options: { documents: { type: 'string', default: '1000' }, root: { type: 'string' }, profile: { type: 'string' }, samples: { type: 'string', default: '20' } } })

async function main(): Promise<void> {
  const limits = { timeout: 30000, budget: 600000 }
  const root = values.root ? resolve(values.root) : undefined
  const dir = await mkdtemp(join(tmpdir(), 'sourcemark-add-server-'))
  const browser = await launchBrowser()
  try {
    const { lastTitle } = await warmLibrary(browser, dir, root, limits.budget, Number(values.documents))
    const profile = values.profile ? resolve(values.profile) : undefined
    if (profile) await mkdir(profile, { recursive: true })
    const app = await startApp(browser, dir, performance.now(), { root, nodeArgs: profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [] })
    try {
      const { page } = app
      const pid = app.server.pid!
      await page.evaluate(`__bench.articlePainted(${JSON.stringify(lastTitle)}, 30000)`)
      await openLibrary(page, limits)
      console.log('open', JSON.stringify(await openDocument(page, BIG_TITLE, limits)))
      await delay(3000)
      const during: number[] = []
      const after: number[] = []
      const times: number[] = []
      for (let i = 0; i < Number(values.samples); i++) {
        const c0 = await cpuMs(pid)
        // One claim at a time, so that what each leaves for later is its own.
        const one = await addClaims(page, dir, BIG_ID, 1, limits)
        const c1 = await cpuMs(pid)
        await delay(1500)
        const c2 = await cpuMs(pid)
        during.push(c1 - c0)
        after.push(c2 - c1)
        times.push(...one.times)
      }
      const p = (xs: number[], q: number) => percentile(xs, q).toFixed(0)
      console.log(`server CPU per add (10 ms ticks): to saved p50 ${p(during, 50)} p95 ${p(during, 95)} ms; in the 1.5 s after p50 ${p(after, 50)} p95 ${p(after, 95)} ms`)
      console.log(`add (key → painted, saved, listed; claims 1.5 s apart): p50 ${p(times, 50)} p95 ${p(times, 95)} ms; ${JSON.stringify(times.map(Math.round))}`)
      console.log(`during ${JSON.stringify(during)}\nafter ${JSON.stringify(after)}`)
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
