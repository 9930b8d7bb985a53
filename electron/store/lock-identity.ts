// Whose is a lock? A pure decision on what the lock file says and what the
// system says about the process it names. Liveness alone is not enough: after
// a restart pids are reused, so a lock naming pid 1 or any live process that
// is not the one that wrote it would lock the user out for good.

export const LOCK_APP = 'sourcemark'

// What a lock file holds. Only pid is required: locks of older versions
// carry just it (and host).
export interface LockRecord {
  app?: string
  pid: number
  host?: string
  // /proc/sys/kernel/random/boot_id when the lock was taken (Linux).
  bootId?: string
  // Field 22 of /proc/<pid>/stat: clock ticks since boot (Linux).
  startTime?: string
  started?: string
}

// What this process can learn, now, about the pid a lock names.
export interface ProcessFacts {
  host: string
  // This system's boot id; null where the OS does not tell.
  bootId: string | null
  ownPid: number
  // Whether this process holds the lock itself (a lock naming our pid that we
  // do not hold is a reused pid).
  heldByUs: boolean
  // kill(pid, 0): present (or not ours to signal) or absent.
  alive: boolean
  // From /proc/<pid>; null where there is no /proc or it cannot be read.
  proc: { state: string; startTime: string; commandLine: string[] | null } | null
}

export type Verdict =
  | { status: 'stale'; reason: string }
  | { status: 'held'; reason: string }
  | { status: 'other-host'; reason: string }

// Programs a Sourcemark lock holder runs as: the CLI under node, the desktop
// app under Electron or as its packaged binary.
const SOURCEMARK_PROGRAM = /node|electron|sourcemark/i

export function judgeLock(record: LockRecord, facts: ProcessFacts): Verdict {
  const { pid } = record
  if (record.host !== undefined && record.host !== facts.host) {
    // The folder may be on a network share: we cannot see that process.
    return { status: 'other-host', reason: `it was taken on the computer ${JSON.stringify(record.host)}, not this one` }
  }
  if (pid === facts.ownPid) {
    return facts.heldByUs
      ? { status: 'held', reason: 'this process holds it' }
      : { status: 'stale', reason: `it names this process (pid ${pid}), which did not take it: the pid was reused` }
  }
  if (record.bootId && facts.bootId && record.bootId !== facts.bootId) {
    return { status: 'stale', reason: 'it was taken before the computer last restarted' }
  }
  if (!facts.alive) return { status: 'stale', reason: `no process ${pid} is running` }
  const proc = facts.proc
  if (proc) {
    if (proc.state === 'Z' || proc.state === 'X') return { status: 'stale', reason: `process ${pid} has exited (a zombie)` }
    if (record.startTime && record.startTime !== proc.startTime) {
      return { status: 'stale', reason: `process ${pid} is not the one that took it (it started at another time): the pid was reused` }
    }
    if (proc.commandLine && proc.commandLine.length > 0 && !SOURCEMARK_PROGRAM.test(programName(proc.commandLine[0]!))) {
      return { status: 'stale', reason: `process ${pid} is ${JSON.stringify(proc.commandLine[0])}, not Sourcemark: the pid was reused` }
    }
  }
  return { status: 'held', reason: `process ${pid} is running` }
}

function programName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}

// The record in a lock file's text, or null when it is not one (empty,
// partial, garbage). Old locks held the bare pid.
export function parseLockRecord(text: string): LockRecord | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    const pid = Number(text.trim())
    return text.trim() !== '' && isPid(pid) ? { pid } : null
  }
  if (typeof value === 'number') return isPid(value) ? { pid: value } : null
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const raw = value as Record<string, unknown>
  if (!isPid(raw.pid)) return null
  const record: LockRecord = { pid: raw.pid }
  for (const key of ['app', 'host', 'bootId', 'startTime', 'started'] as const) {
    if (typeof raw[key] === 'string') record[key] = raw[key]
  }
  return record
}

function isPid(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
}

// Fields of /proc/<pid>/stat after the command name, which may itself hold
// spaces and parentheses: state is field 3, starttime field 22.
export function parseProcStat(text: string): { state: string; startTime: string } | null {
  const end = text.lastIndexOf(')')
  if (end === -1) return null
  const fields = text.slice(end + 2).split(' ')
  const state = fields[0]
  const startTime = fields[22 - 3]
  return state && startTime && /^\d+$/.test(startTime) ? { state, startTime } : null
}
