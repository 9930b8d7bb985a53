// The CPU time of each Chromium renderer's main thread (CrRendererMain:
// the thread whose id is the process's) started by this process, from
// Linux /proc, in ms. DevTools' TaskDuration is the tasks' wall time, which
// a loaded machine stretches; and with the profiler or tracing on, V8 works
// differently (it keeps source positions it would otherwise build only
// when asked, e.g. for an Error's stack). This is neither.

import { readdir, readFile } from 'node:fs/promises'

async function stat(pid: string, tid = pid): Promise<string[] | null> {
  try {
    return (await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8')).split(') ')[1]!.split(' ')
  } catch {
    return null
  }
}

export async function rendererMainCpu(): Promise<Map<number, number>> {
  const parents = new Map<string, string>()
  const renderers: string[] = []
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const fields = await stat(pid)
    if (!fields) continue
    parents.set(pid, fields[1]!)
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
    if (cmdline.includes('--type=renderer')) renderers.push(pid)
  }
  const ours = (pid: string) => {
    for (let at: string | undefined = pid; at && at !== '0'; at = parents.get(at)) if (at === String(process.pid)) return true
    return false
  }
  const cpu = new Map<number, number>()
  for (const pid of renderers.filter(ours)) {
    const fields = await stat(pid)
    if (fields) cpu.set(Number(pid), (Number(fields[11]) + Number(fields[12])) * 10)
  }
  return cpu
}

// The most any one renderer's main thread worked between two readings: the
// page's, when it is the only one that loaded anything meanwhile.
export function busiest(before: Map<number, number>, after: Map<number, number>): number {
  let most = 0
  for (const [pid, ms] of after) most = Math.max(most, ms - (before.get(pid) ?? 0))
  return most
}
