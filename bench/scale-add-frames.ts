// node --max-old-space-size=6144 --import tsx bench/scale-add-frames.ts [ROOT] (after npm run build)
//
// The add as a reader's page runs it, without the suite's probe asking for
// a frame every frame while it waits (page-probe.js): the scale suite's
// steps at 100 documents (the 1 MB / 10,000-annotation document opened and
// scrolled), then 20 claims added as the suite adds them (Escape, words on
// screen selected, "c"), each waited for by polling the status line on a
// timer, traced. Per claim, from the trace of the page's main thread, in ms
// from the key's task: the save's answer read (its load event), the status
// set, the end of the frame that painted it ("saved" shown, as the screen
// shows it), and the frames that ran between the key and the answer, and
// between the answer's arrival (network) and its task, and the main
// thread's CPU (thread time) from the key and from the answer to "saved"
// shown; p50 / p95. ROOT: the
// checkout whose app is served (this one by default).
import { withBigDocument } from './scale/big-document.ts'
import { mainThreadCpu, type TraceEvent } from './main-thread-cpu.ts'
import { percentile } from './scale/report.ts'

const root = process.argv[2] || undefined

function stages(events: TraceEvent[]): Map<string, number[]> {
  const ev = [...events].sort((a, b) => a.ts - b.ts)
  const data = (e: TraceEvent) => (e.args?.data ?? {}) as { url?: string; message?: string; requestId?: string; finishTime?: number }
  const tasks = ev.filter((e) => e.name === 'RunTask' && e.ph === 'X')
  const paints = ev.filter((e) => e.name === 'Paint' && e.ph === 'X')
  const frames = tasks.filter((t) => paints.some((p) => p.ts >= t.ts && p.ts <= t.ts + t.dur!))
  const taskOf = (ts: number) => tasks.find((t) => t.ts <= ts && t.ts + t.dur! >= ts)
  const rows = new Map<string, number[]>()
  const add = (name: string, v: number) => { const l = rows.get(name) ?? []; l.push(v); rows.set(name, l) }
  for (const send of ev.filter((e) => e.name === 'ResourceSendRequest' && /\/createAnnotation$/.test(data(e).url ?? ''))) {
    const key = taskOf(send.ts)
    const id = data(send).requestId
    const finish = ev.find((e) => e.name === 'ResourceFinish' && data(e).requestId === id)
    const status = ev.find((e) => e.name === 'TimeStamp' && data(e).message === 'status-set' && e.ts > send.ts)
    if (!key || !finish || !status) continue
    const answer = taskOf(status.ts)!
    const shown = frames.find((f) => f.ts > status.ts)
    if (!shown) continue
    const net = (data(finish).finishTime ?? 0) * 1e6
    const ms = (ts: number) => (ts - key.ts) / 1000
    add('answer arrived (network)', ms(net))
    add('answer read (its task)', ms(answer.ts))
    add('saved shown (frame end)', ms(shown.ts + shown.dur!))
    add('frames: key → answer read', frames.filter((f) => f.ts > key.ts && f.ts < answer.ts).length)
    add('frames begun after the answer arrived, before its task', frames.filter((f) => f.ts > net && f.ts < answer.ts).length)
    add('answer read → saved shown', (shown.ts + shown.dur! - answer.ts) / 1000)
    const cpu = (from: number, to: number) => tasks.filter((t) => t.ts >= from && t.ts <= to).reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000
    add('main thread CPU, key → saved shown', cpu(key.ts, shown.ts))
    add('main thread CPU, answer read → saved shown', cpu(answer.ts, shown.ts))
    add('frames: key → saved shown', frames.filter((f) => f.ts > key.ts && f.ts <= shown.ts).length)
  }
  return rows
}

async function main(): Promise<void> {
  await withBigDocument({ name: 'add-frames', ...(root ? { root } : {}), limits: { timeout: 30000, budget: 120000 } }, async ({ page }) => {
    await page.evaluate(`new MutationObserver(() => console.timeStamp('status-set')).observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true }); 0`)
    const cdp = await page.context().newCDPSession(page)
    const cpu = await mainThreadCpu(cdp, async () => {
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Escape')
        const quote = await page.evaluate<string | null>(`__bench.selectOnScreen(${i}, 24)`)
        if (!quote) throw new Error('no words on screen to select')
        await page.evaluate(`document.getElementById('status').textContent = ''`)
        await page.keyboard.press('c')
        await page.waitForFunction(() => /saved/i.test(document.getElementById('status')?.textContent ?? ''), null, { polling: 50, timeout: 30000 })
        await page.waitForTimeout(150)
      }
    })
    for (const [name, list] of stages(cpu.events)) {
      console.log(`${name.padEnd(56)} ${percentile(list, 50).toFixed(1).padStart(7)} / ${percentile(list, 95).toFixed(1).padStart(7)}   ${JSON.stringify(list.map((v) => Math.round(v)))}`)
    }
  })
}
main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
