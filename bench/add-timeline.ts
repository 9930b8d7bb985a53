// What the page's main thread did during one add, task by task, from a
// Chromium trace (bench/reader-add.ts --timeline N): each task's start from
// the key press, its wall and CPU time, and what ran in it (events, timers,
// frames, the answer, layout), up to the frame that showed the status.

import type { TraceEvent } from './main-thread-cpu.ts'

const SHOWN = new Set(['EventDispatch', 'TimerFire', 'FireAnimationFrame', 'FunctionCall', 'ResourceReceiveResponse', 'ResourceFinish', 'Layout', 'UpdateLayoutTree', 'Paint', 'TimeStamp', 'FireIdleCallback', 'V8.GC_SCAVENGER', 'MinorGC', 'MajorGC'])

const label = (e: TraceEvent): string => {
  const data = (e.args?.data ?? {}) as Record<string, unknown>
  if (e.name === 'EventDispatch') return `event ${String(data.type)}`
  if (e.name === 'FunctionCall') return `call ${String(data.functionName || '(anon)')}:${String(data.lineNumber ?? '')}`
  if (e.name === 'TimeStamp') return `mark ${String(data.message)}`
  if (e.name.startsWith('Resource')) return `${e.name} ${String(data.url ?? '').split('/').pop()}`
  return e.name
}

// One block of lines per add: from its keydown to its `endMark` time stamp.
export function addTimelines(events: TraceEvent[], adds: number, endMark = 'add-told'): string {
  const sorted = [...events].sort((a, b) => a.ts - b.ts)
  const keys = sorted.filter((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keydown')
  const told = sorted.filter((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === endMark)
  const tasks = sorted.filter((e) => e.name === 'RunTask' && e.ph === 'X')
  const out: string[] = []
  for (const key of keys.slice(0, adds)) {
    const end = told.find((e) => e.ts > key.ts)
    if (!end) continue
    const own = tasks.find((t) => t.ts <= key.ts && t.ts + t.dur! >= key.ts)
    const t0 = own?.ts ?? key.ts
    out.push(`add at ${(key.ts / 1000).toFixed(0)}: told ${((end.ts - t0) / 1000).toFixed(1)} ms`)
    for (const task of tasks.filter((t) => t.ts >= t0 && t.ts <= end.ts)) {
      const inside = sorted.filter((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur! && SHOWN.has(e.name) && e.ph !== 'E')
      const what = inside.map((e) => `${label(e)}${e.dur ? ` ${(e.dur / 1000).toFixed(1)}` : ''}`).join(', ')
      out.push(`  +${((task.ts - t0) / 1000).toFixed(1).padStart(6)} wall ${(task.dur! / 1000).toFixed(1).padStart(5)} cpu ${((task.tdur ?? 0) / 1000).toFixed(1).padStart(5)}  ${what.slice(0, 400)}`)
    }
  }
  return out.join('\n')
}

// Per add that sent createAnnotation in its key's task: the frames (tasks
// that painted) between the key and the save's answer reaching the page's
// main thread, and between that and the status set (`endMark`): frames the
// answer and the status waited behind. Times from the key's task.
export function answerWaits(events: TraceEvent[], endMark = 'add-told'): string {
  const sorted = [...events].sort((a, b) => a.ts - b.ts)
  const data = (e: TraceEvent) => (e.args?.data ?? {}) as { type?: string; message?: string; url?: string; requestId?: string }
  const tasks = sorted.filter((e) => e.name === 'RunTask' && e.ph === 'X')
  const paints = sorted.filter((e) => e.name === 'Paint' && e.ph === 'X')
  const frames = tasks.filter((t) => paints.some((p) => p.ts >= t.ts && p.ts <= t.ts + t.dur!))
  const told = sorted.filter((e) => e.name === 'TimeStamp' && data(e).message === endMark)
  const out: string[] = []
  for (const send of sorted.filter((e) => e.name === 'ResourceSendRequest' && /\/createAnnotation$/.test(data(e).url ?? ''))) {
    const key = tasks.find((t) => t.ts <= send.ts && t.ts + t.dur! >= send.ts)
    const head = sorted.find((e) => e.name === 'ResourceReceiveResponse' && data(e).requestId === data(send).requestId)
    const end = told.find((e) => e.ts > send.ts)
    if (!key || !head || !end) continue
    const between = (from: number, to: number) => frames.filter((f) => f.ts > from && f.ts < to).length
    const ms = (ts: number) => ((ts - key.ts) / 1000).toFixed(1)
    out.push(`answer in the page ${ms(head.ts)} ms after ${between(key.ts, head.ts)} frames; status set ${ms(end.ts)} ms after ${between(head.ts, end.ts)} more`)
  }
  return out.join('\n')
}

// Per add that sent createAnnotation in its key's task: the thread time
// (CPU) of the key's task and of the first frame after it (the frame that
// paints the claim); of the task that read the save's answer and of the
// first frame after it (the frame that shows "saved"), when the answer
// came after the claim's frame: then those two are on the way from the
// answer to "saved"; and of what ran in them by kind, p50 / p95 over the
// adds. IntersectionObserverController::computeIntersections is mostly
// the pass content-visibility: auto makes over the article's blocks, run
// again after each round of ResizeObserver callbacks ("passes"); Blink's
// steps with no event of their own (the commit) are in "other". Layout
// forced in an event handler is counted in both.
export function framesOfAdds(events: TraceEvent[], endMark = 'add-told'): string {
  const sorted = [...events].sort((a, b) => a.ts - b.ts)
  const data = (e: TraceEvent) => (e.args?.data ?? {}) as { url?: string; message?: string }
  const tasks = sorted.filter((e) => e.name === 'RunTask' && e.ph === 'X')
  const paints = sorted.filter((e) => e.name === 'Paint' && e.ph === 'X')
  const painting = (t: TraceEvent) => paints.some((p) => p.ts >= t.ts && p.ts <= t.ts + t.dur!)
  const told = sorted.filter((e) => e.name === 'TimeStamp' && data(e).message === endMark)
  const kinds = ['IntersectionObserverController::computeIntersections', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'EventDispatch', 'FunctionCall']
  const rows = new Map<string, number[]>()
  const add = (name: string, ms: number) => { const list = rows.get(name) ?? []; list.push(ms); rows.set(name, list) }
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000
  // Thread time of the outermost events of one kind inside a task.
  const inside = (task: TraceEvent, kind: string) => {
    let sum = 0, end = -1
    for (const e of sorted) {
      if (e.ts < task.ts || e.ts > task.ts + task.dur! || e.name !== kind || e.ph !== 'X' || e.ts < end) continue
      sum += cpu(e)
      end = e.ts + (e.dur ?? 0)
    }
    return sum
  }
  for (const send of sorted.filter((e) => e.name === 'ResourceSendRequest' && /\/createAnnotation$/.test(data(e).url ?? ''))) {
    const key = tasks.find((t) => t.ts <= send.ts && t.ts + t.dur! >= send.ts)
    const end = told.find((e) => e.ts > send.ts)
    const frame = key && tasks.find((t) => t.ts > key.ts && painting(t))
    if (!key || !frame || !end) continue
    const head = sorted.find((e) => e.name === 'ResourceReceiveResponse' && e.ts > send.ts && (e.args?.data as { requestId?: string } | undefined)?.requestId === (send.args?.data as { requestId?: string } | undefined)?.requestId)
    const answer = head && tasks.find((t) => t.ts <= head.ts && t.ts + t.dur! >= head.ts)
    const shown = answer && answer.ts > frame.ts ? tasks.find((t) => t.ts > answer.ts && painting(t)) : undefined
    const phases: [string, TraceEvent][] = [['key', key], ['frame', frame]]
    if (answer && shown) phases.push(['answer', answer], ['saved frame', shown])
    for (const [name, task] of phases) {
      add(`${name} task`, cpu(task))
      let known = 0
      for (const kind of kinds) {
        const ms = inside(task, kind)
        if (kind !== 'FunctionCall') known += ms
        add(`${name}: ${kind === kinds[0] ? 'intersections' : kind}`, ms)
      }
      add(`${name}: other`, cpu(task) - known)
      add(`${name}: intersection passes`, sorted.filter((e) => e.name === kinds[0] && e.ph === 'X' && e.ts >= task.ts && e.ts <= task.ts + task.dur! && cpu(e) > 0.2).length)
    }
    add('key + frame', cpu(key) + cpu(frame))
  }
  const pct = (list: number[], q: number) => { const s = [...list].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0 }
  return [...rows].map(([name, list]) => `${name.padEnd(28)} ${pct(list, 0.5).toFixed(1).padStart(6)} / ${pct(list, 0.95).toFixed(1).padStart(6)}${name.endsWith('passes') ? '' : ' ms CPU'} (${list.length} adds)`).join('\n')
}
