// One writer per data directory. Browser mode and the CLI take
// <dataDir>/sourcemark.lock; the desktop app also has Electron's
// single-instance lock.
//
// Taking it is atomic: the complete lock file is written aside, flushed, and
// hard-linked into place, which fails if a lock exists; so a lock file is
// never seen half written. A lock in the way is taken over only once proven
// stale (lock-identity.ts judges it); an unreadable one only when it is old.
// Removing a stale lock is race-free: a taker first creates
// sourcemark.lock.break-<inode> exclusively, so of several takers that
// judged the same lock stale exactly one removes it, and only while it is
// still that same file.
//
// While it runs, the holder checks before each save that the lock file is
// still the one it wrote (check()): a folder removed, or taken over by
// another Sourcemark, stops the saving instead of being written again.

import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { readFileSync, unlinkSync } from 'node:fs'
import { link, open, readFile, rm, stat, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { ensureFolder, isCode, readText, syncDirectory } from './durable-file.ts'
import { judgeLock, LOCK_APP, parseLockRecord, parseProcStat, type LockRecord, type ProcessFacts } from './lock-identity.ts'

export const LOCK_FILE = 'sourcemark.lock'

// An unreadable lock younger than this may be one an older Sourcemark (which
// did not write atomically) is writing right now.
const UNREADABLE_GRACE_MS = 10_000
// A break file older than this was left by a taker that died mid-way.
const BREAK_TIMEOUT_MS = 10_000
const GIVE_UP_MS = 30_000

export class LockError extends Error {
  override name = 'LockError'
  readonly code = 'ELOCKED'
  // The holder's pid, when the lock names one.
  readonly pid: number | null
  constructor(message: string, pid: number | null) {
    super(message)
    this.pid = pid
  }
}

// The folder or the lock went away under a running writer.
class FolderLostError extends Error {
  override name = 'FolderLostError'
  constructor(dataDir: string) {
    super(`The data folder ${dataDir} was removed or taken over while Sourcemark was running; nothing more will be saved there. Restart Sourcemark to go on from what is on disk.`)
  }
}

export interface Lock {
  readonly file: string
  // Resolves while the lock file is still ours; else throws FolderLostError
  // (and keeps throwing it).
  check(): Promise<void>
  release(): Promise<void>
}

// Lock files this process holds, with the text it wrote.
const held = new Map<string, string>()
let exitHook = false

export async function acquireLock(dataDir: string): Promise<Lock> {
  await ensureFolder(dataDir)
  const file = join(dataDir, LOCK_FILE)
  const content = `${JSON.stringify(await ownRecord())}\n`
  const temp = `${file}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`
  await writeSynced(temp, content)
  try {
    const giveUp = Date.now() + GIVE_UP_MS
    while (Date.now() < giveUp) {
      try {
        await link(temp, file)
      } catch (error) {
        if (isCode(error, 'EEXIST')) {
          await clearIfStale(file, dataDir)
          continue
        }
        // A file system without hard links (FAT, some shares): create in place.
        if (!isCode(error, 'EPERM') && !isCode(error, 'ENOTSUP') && !isCode(error, 'EOPNOTSUPP')) throw error
        try {
          await writeSynced(file, content, 'wx')
        } catch (inPlace) {
          if (!isCode(inPlace, 'EEXIST')) throw inPlace
          await clearIfStale(file, dataDir)
          continue
        }
      }
      await syncDirectory(dataDir)
      return hold(file, dataDir, content)
    }
    throw new Error(`Other Sourcemarks keep opening and closing the data folder ${dataDir}, so this one could not take it. Close them, then try again.`)
  } finally {
    await rm(temp, { force: true }).catch(() => {})
  }
}

function hold(file: string, dataDir: string, content: string): Lock {
  held.set(file, content)
  installExitHook()
  let lost: FolderLostError | null = null
  let released = false
  return {
    file,
    // Read synchronously: a small file in the page cache, read before
    // every save, where an awaited read took four thread switches.
    async check() {
      if (lost) throw lost
      if (released) return
      let text: string | null
      try {
        text = readFileSync(file, 'utf8')
      } catch (error) {
        if (!isCode(error, 'ENOTDIR') && !isCode(error, 'ENOENT')) throw error
        text = null
      }
      if (text === content) return
      lost = new FolderLostError(dataDir)
      throw lost
    },
    release: () => {
      released = true
      return release(file, content)
    },
  }
}

async function ownRecord(): Promise<LockRecord & { nonce: string }> {
  const [bootId, self] = await Promise.all([readBootId(), readProcStat('self')])
  return {
    app: LOCK_APP, pid: process.pid, host: hostname(),
    ...(bootId ? { bootId } : {}), ...(self ? { startTime: self.startTime } : {}),
    started: new Date().toISOString(),
    // Makes each lock's text unique, so a lock is known by its text.
    nonce: randomBytes(8).toString('hex'),
  }
}

// Returns when the lock in the way is gone or taking it again is worth a
// try; throws LockError when it is someone else's.
async function clearIfStale(file: string, dataDir: string): Promise<void> {
  const found = await readLock(file)
  if (!found) return
  const record = parseLockRecord(found.text)
  if (!record) {
    if (Date.now() - found.mtimeMs < UNREADABLE_GRACE_MS) {
      throw new LockError(`Another Sourcemark may be starting in the data folder ${dataDir}: it was claimed just now, by a Sourcemark that has not yet said which it is. Try again in a moment; if none is running, delete the file ${basename(file)} in that folder.`, null)
    }
    return breakLock(file, found)
  }
  const verdict = judgeLock(record, await processFacts(record.pid, held.get(file) === found.text))
  if (verdict.status === 'held') {
    throw new LockError(`Another Sourcemark (pid ${record.pid}) is using ${dataDir}. Close it first, or choose another --data-dir.`, record.pid)
  }
  if (verdict.status === 'other-host') {
    throw new LockError(`Another Sourcemark (pid ${record.pid} on the computer ${record.host}) is using ${dataDir}, or was when that computer stopped. A lock from another computer is never taken over, since the folder may be shared; if Sourcemark is not running there, delete the file ${basename(file)} in that folder.`, record.pid)
  }
  return breakLock(file, found)
}

interface FoundLock { text: string; ino: number; dev: number; mtimeMs: number }

// The lock file's text with the identity of the very file it came from.
async function readLock(file: string): Promise<FoundLock | null> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null
    throw error
  }
  try {
    const [info, text] = await Promise.all([handle.stat(), handle.readFile('utf8')])
    return { text, ino: info.ino, dev: info.dev, mtimeMs: info.mtimeMs }
  } finally {
    await handle.close()
  }
}

// Removes the lock judged stale, if it is still that lock and no other taker
// is removing it.
async function breakLock(file: string, judged: FoundLock): Promise<void> {
  const breaker = `${file}.break-${judged.ino}`
  try {
    await (await open(breaker, 'wx')).close()
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error
    const since = await stat(breaker).then((info) => Date.now() - info.mtimeMs, () => 0)
    if (since > BREAK_TIMEOUT_MS) await rm(breaker, { force: true })
    // Another taker is removing this very lock: look again in a moment.
    else await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20))
    return
  }
  try {
    // Holding the break file, only we may remove this lock, and its owner is
    // gone: if it is still there it stays until we unlink it.
    const now = await readLock(file)
    if (now && now.ino === judged.ino && now.dev === judged.dev && now.text === judged.text) {
      await unlink(file).catch((error: unknown) => { if (!isCode(error, 'ENOENT')) throw error })
    }
  } finally {
    await rm(breaker, { force: true })
  }
}

async function processFacts(pid: number, heldByUs: boolean): Promise<ProcessFacts> {
  const [bootId, procStat, commandLine] = await Promise.all([readBootId(), readProcStat(String(pid)), readCommandLine(pid)])
  return {
    host: hostname(), bootId, ownPid: process.pid, heldByUs, alive: isAlive(pid),
    proc: procStat ? { ...procStat, commandLine } : null,
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return isCode(error, 'EPERM')
  }
}

// What Linux tells; null elsewhere or when it cannot be read.
async function readBootId(): Promise<string | null> {
  if (process.platform !== 'linux') return null
  return (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '')).trim() || null
}

async function readProcStat(pid: string): Promise<{ state: string; startTime: string } | null> {
  if (process.platform !== 'linux') return null
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null)
  return text === null ? null : parseProcStat(text)
}

async function readCommandLine(pid: number): Promise<string[] | null> {
  if (process.platform !== 'linux') return null
  const text = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => null)
  return text === null ? null : text.split('\0').filter((arg) => arg !== '')
}

async function writeSynced(file: string, text: string, flags = 'w'): Promise<void> {
  const handle = await open(file, flags)
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function release(file: string, content: string): Promise<void> {
  if (held.get(file) !== content) return
  held.delete(file)
  if ((await readText(file).catch(() => null)) === content) await rm(file, { force: true })
}

// On any exit that runs JavaScript (process.exit, end of work, a signal the
// app turns into an exit), remove the locks still held. SIGKILL leaves a
// stale lock, which the next start takes over.
function installExitHook(): void {
  if (exitHook) return
  exitHook = true
  process.on('exit', () => {
    for (const [file, content] of held) {
      try {
        if (readFileSync(file, 'utf8') === content) unlinkSync(file)
      } catch {
        // Already gone.
      }
    }
    held.clear()
  })
}
