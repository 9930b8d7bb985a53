// node --max-old-space-size=6144 --import tsx bench/scale-add-keys.ts [--documents N] [--root DIR] [--samples N] (after npm run build)
//
// The add's own work in the page (issue 18), apart from the steps the suite
// takes between adds: the suite's library (100 documents by default) with
// its 1 MB / 10,000-annotation document opened and its sidebar scrolled, then
// claims added as the suite adds them (Escape, words selected on screen,
// "c"), with Chromium's CPU profiler running only from just before the "c"
// to the claim saved, painted and listed. Prints the suite's times and the
// functions with the most self and total time in those windows; and the
// same for the Escape before each claim.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { withBigDocument } from './scale/big-document.ts'
import { percentile } from './scale/report.ts'
import { summarize, type Profile } from './cpu-profile-summary.ts'

const { values } = parseArgs({ options: { documents: { type: 'string', default: '100' }, root: { type: 'string' }, samples: { type: 'string', default: '20' } } })

async function main(): Promise<void> {
  const root = values.root ? resolve(values.root) : undefined
  await withBigDocument({ name: 'add-keys', ...(root ? { root } : {}), documents: Number(values.documents) }, async ({ page }, opened) => {
    console.log('open', JSON.stringify(opened))
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await page.evaluate('__bench.watchStatus()')
    const keys: Profile[] = []
    const escapes: Profile[] = []
    const times: number[] = []
    const painted: number[] = []
    for (let i = 0; i < Number(values.samples); i++) {
      await cdp.send('Profiler.start')
      await page.keyboard.press('Escape')
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r)))')
      escapes.push((await cdp.send('Profiler.stop')).profile as Profile)
      const quote = await page.evaluate<string | null>(`__bench.selectOnScreen(${i}, 24)`)
      await page.evaluate(`__bench.watchClaim(${JSON.stringify(quote)}, 30000)`)
      await cdp.send('Profiler.start')
      await page.keyboard.press('c')
      const answer = await page.evaluate<{ felt: number; painted: number | null } | null>('__bench.claimSaved()')
      keys.push((await cdp.send('Profiler.stop')).profile as Profile)
      if (answer) { times.push(answer.felt); if (answer.painted !== null) painted.push(answer.painted) }
    }
    const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1)
    console.log(`add: painted, saved, listed p50 ${p(times, 50)} p95 ${p(times, 95)} ${JSON.stringify(times.map(Math.round))}; painted, listed p50 ${p(painted, 50)} p95 ${p(painted, 95)}`)
    console.log(`\n== "c" to saved, ${keys.length} adds\n${summarize(keys, 25)}`)
    console.log(`\n== Escape to its frame, ${escapes.length} times\n${summarize(escapes, 15)}`)
  })
}
main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
