// The page's main-thread work while something runs, from a Chromium trace:
// each task's thread time (CPU), not its wall time. On a loaded machine a
// task's wall time includes the time the thread waited for a core (a 15 ms
// frame shows as a 200 ms long task at a load average of 20); its thread
// time does not, so these figures hold from run to run.

import type { CDPSession } from '@playwright/test'

export interface TraceEvent {
  name: string; ph: string; ts: number; tid: number; dur?: number; tdur?: number
  args?: Record<string, unknown> & { name?: string; beginData?: { stackTrace?: { functionName: string; lineNumber: number }[] }; data?: { stackTrace?: { functionName: string; lineNumber: number }[] } }
}

export interface MainThreadCpu {
  // Every task's thread time, longest first (ms).
  tasks: number[]
  total: number
  events: TraceEvent[]
}

export async function mainThreadCpu(cdp: CDPSession, run: () => Promise<void>): Promise<MainThreadCpu> {
  const events: TraceEvent[] = []
  const collect = (e: { value: object[] }) => { events.push(...(e.value as TraceEvent[])) }
  cdp.on('Tracing.dataCollected', collect)
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack', transferMode: 'ReportEvents' })
  try {
    await run()
  } finally {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
    await cdp.send('Tracing.end')
    await done
    cdp.off('Tracing.dataCollected', collect)
  }
  // The renderer's main thread doing the most work is the page's.
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid))
  const work = new Map<number, number>()
  for (const e of events) if (e.name === 'RunTask' && e.ph === 'X' && mains.has(e.tid)) work.set(e.tid, (work.get(e.tid) ?? 0) + (e.tdur ?? 0))
  const main = [...work].sort((a, b) => b[1] - a[1])[0]?.[0]
  const tasks = events.filter((e) => e.tid === main && e.name === 'RunTask' && e.ph === 'X').map((e) => (e.tdur ?? e.dur ?? 0) / 1000).sort((a, b) => b - a)
  return { tasks, total: tasks.reduce((a, b) => a + b, 0), events: events.filter((e) => e.tid === main) }
}

export function describeCpu({ tasks, total }: MainThreadCpu): string {
  return `CPU ${total.toFixed(0)} ms in ${tasks.length} tasks, longest ${tasks.slice(0, 3).map((t) => t.toFixed(0)).join(', ')} ms, over 50 ms: ${tasks.filter((t) => t > 50).length}`
}
