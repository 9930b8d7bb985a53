// One writer per data directory. Browser mode and the CLI take
// <dataDir>/sourcemark.lock, created exclusively and holding the owner's
// pid; the desktop app also has Electron's single-instance lock. A lock
// whose process is gone (killed, crashed, power cut) or whose content is
// unreadable is stale and taken over.

import { hostname } from 'node:os'
import { unlinkSync, readFileSync } from 'node:fs'
import { mkdir, open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { isCode } from './durable-file.ts'

export const LOCK_FILE = 'sourcemark.lock'

export class LockError extends Error {
  override name = 'LockError'
  readonly code = 'ELOCKED'
  readonly pid: number
  constructor(message: string, pid: number) {
    super(message)
    this.pid = pid
  }
}

export interface Lock {
  readonly file: string
  release(): Promise<void>
}

// Locks this process holds, so that a lock file naming our own pid is
// recognised as stale (a pid reused after a restart) unless it is ours.
const held = new Set<string>()
let exitHook = false

export async function acquireLock(dataDir: string): Promise<Lock> {
  await mkdir(dataDir, { recursive: true })
  const file = join(dataDir, LOCK_FILE)
  const content = `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(file, 'wx')
      try {
        await handle.writeFile(content)
        await handle.sync()
      } finally {
        await handle.close()
      }
      held.add(file)
      installExitHook()
      return { file, release: () => release(file) }
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error
    }
    const owner = await readOwner(file)
    if (owner === null && attempt === 0) {
      // Perhaps another process has just created it and not yet written
      // its pid: look again shortly before calling it garbage.
      await new Promise((resolve) => setTimeout(resolve, 100))
      continue
    }
    if (owner !== null && isAlive(owner, file)) {
      throw new LockError(`Another Sourcemark (pid ${owner}) is using ${dataDir}. Close it first, or choose another --data-dir.`, owner)
    }
    // Stale or garbage: take it over. Only the pid we judged dead may be
    // removed; a lock someone took meanwhile is left to them.
    if ((await readOwner(file)) === owner) await rm(file, { force: true })
  }
  throw new Error(`Could not take the lock ${file}: it keeps changing hands.`)
}

async function readOwner(file: string): Promise<number | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null
    throw error
  }
  return parseOwner(text)
}

function parseOwner(text: string): number | null {
  try {
    const pid = (JSON.parse(text) as { pid?: unknown }).pid
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    const pid = Number(text.trim())
    return Number.isInteger(pid) && pid > 0 ? pid : null
  }
}

function isAlive(pid: number, file: string): boolean {
  if (pid === process.pid) return held.has(file)
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return isCode(error, 'EPERM')
  }
}

async function release(file: string): Promise<void> {
  if (!held.delete(file)) return
  if ((await readOwner(file)) === process.pid) await rm(file, { force: true })
}

// On any exit that runs JavaScript (process.exit, end of work, a signal the
// app turns into an exit), remove the locks still held. SIGKILL leaves a
// stale lock, which the next start takes over.
function installExitHook(): void {
  if (exitHook) return
  exitHook = true
  process.on('exit', () => {
    for (const file of held) {
      try {
        if (parseOwner(readFileSync(file, 'utf8')) === process.pid) unlinkSync(file)
      } catch {
        // Already gone.
      }
    }
    held.clear()
  })
}
