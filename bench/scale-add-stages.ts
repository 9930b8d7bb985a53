// node --max-old-space-size=6144 --import tsx bench/scale-add-stages.ts [--root DIR] [--documents N] [--samples N] (after npm run build)
//
// Where "saved" goes after the server answered (issue 18): the scale suite's
// steps (its library, 100 documents by default, the 1 MB / 10,000-annotation
// document opened and scrolled), then claims added as the suite adds them,
// each timed in the page by stage from the key's time stamp: the save sent
// (resource timing startTime), the server's first and last byte
// (responseStart, responseEnd), the status changed (a MutationObserver
// on #status, so in the task that read the answer), and the suite's own
// "painted and listed" and "painted, saved and listed". Frames: how many
// animation frames ran between the answer's last byte and the status set,
// and between the status and "saved". p50 / p95 over the claims.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { withBigDocument } from './scale/big-document.ts'
import { percentile } from './scale/report.ts'

const { values } = parseArgs({ options: { documents: { type: 'string', default: '100' }, root: { type: 'string' }, samples: { type: 'string', default: '20' } } })

// Installed once: the status's last change and every frame's time.
const INSTRUMENT = `(() => {
  const s = window.__stages = { key: 0, status: 0, frames: [] }
  addEventListener('keydown', (e) => { s.key = e.timeStamp }, true)
  new MutationObserver(() => { s.status = performance.now() }).observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true })
  const loop = () => { s.frames.push(performance.now()); if (s.frames.length > 5000) s.frames.splice(0, 2500); requestAnimationFrame(loop) }
  requestAnimationFrame(loop)
})()`

// One claim's stages, from the key.
const STAGES = `(() => {
  const s = window.__stages
  const r = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/createAnnotation')).pop()
  return { key: s.key, status: s.status, frames: s.frames.slice(-200), sent: r.startTime, first: r.responseStart, last: r.responseEnd }
})()`

async function main(): Promise<void> {
  const root = values.root ? resolve(values.root) : undefined
  await withBigDocument({ name: 'add-stages', ...(root ? { root } : {}), documents: Number(values.documents) }, async ({ page }) => {
    await page.evaluate('__bench.watchStatus()')
    await page.evaluate(INSTRUMENT)
    const rows = new Map<string, number[]>()
    const add = (name: string, ms: number) => { const list = rows.get(name) ?? []; list.push(ms); rows.set(name, list) }
    for (let i = 0; i < Number(values.samples); i++) {
      await page.keyboard.press('Escape')
      const quote = await page.evaluate<string | null>(`__bench.selectOnScreen(${i}, 24)`)
      await page.evaluate(`__bench.watchClaim(${JSON.stringify(quote)}, 30000)`)
      const before = await page.evaluate<number>('performance.now()')
      await page.keyboard.press('c')
      const answer = await page.evaluate<{ felt: number; painted: number | null } | null>('__bench.claimSaved()')
      const st = await page.evaluate<{ key: number; status: number; frames: number[]; sent: number; first: number; last: number }>(STAGES)
      if (!answer || answer.painted === null || st.sent < before) continue
      const k = st.key
      const from = (t: number) => t - k
      const between = (a: number, b: number) => st.frames.filter((f) => f > a && f <= b).length
      add('sent', from(st.sent))
      add('server first byte', from(st.first))
      add('server last byte', from(st.last))
      add('server (first byte - sent)', st.first - st.sent)
      add('status set', from(st.status))
      add('status set - last byte', st.status - st.last)
      add('painted, listed', answer.painted)
      add('painted, saved, listed', answer.felt)
      add('saved - painted', answer.felt - answer.painted)
      add('saved - status set', k + answer.felt - st.status)
      add('frames: last byte → status', between(st.last, st.status))
      add('frames: key → last byte', between(k, st.last))
    }
    const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1)
    for (const [name, list] of rows) console.log(`${name.padEnd(30)} ${p(list, 50).padStart(7)} / ${p(list, 95).padStart(7)}   ${JSON.stringify(list.map(Math.round))}`)
  })
}
main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
