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

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

// Self and total ms per function (name, file, line), from the samples.
export function summarize(profile: Profile, top = 30): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000))
  const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`
  const selfBy = new Map<string, number>()
  const totalBy = new Map<string, number>()
  for (const [id, ms] of self) {
    const n = byId.get(id)!
    selfBy.set(key(n), (selfBy.get(key(n)) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(byId.get(at)!)
      if (seen.has(k)) continue
      seen.add(k)
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms)
    }
  }
  const list = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`).join('\n')
  return `self:\n${list(selfBy)}\n\ntotal:\n${list(totalBy)}`
}

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
