// A lowdb adapter that is durable, not only atomic. lowdb's JSONFile (steno)
// renames a temp file over the target but never fsyncs, so after a power cut
// the file can be empty or stale. Here a write is: temp file, fsync, keep the
// previous version as <file>.bak, rename over the target, fsync the
// directory. Writes to one file are serialised; write() resolves only once
// the data is on disk. A failed write removes its temp file and leaves the
// target as it was; the error says in words what went wrong.

import { closeSync, fdatasync, fstatSync, fsync, ftruncateSync, openSync, writeSync, type BigIntStats } from 'node:fs'
import { link, mkdir, open, readFile, rename, rm, copyFile, stat } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import type { Adapter } from 'lowdb'

export class DurableJSONFile<T> implements Adapter<T> {
  readonly file: string
  #queue: Promise<void> = Promise.resolve()
  #serialize: (data: T) => string
  #guard: (() => Promise<void>) | undefined

  // serialize: how data becomes the file's text (any valid JSON of it).
  // guard: runs before each write and throws to refuse it (the folder is
  // no longer ours).
  constructor(file: string, serialize: (data: T) => string = (data) => JSON.stringify(data, null, 1), guard?: () => Promise<void>) {
    this.file = file
    this.#serialize = serialize
    this.#guard = guard
  }

  async read(): Promise<T | null> {
    const text = await readText(this.file)
    if (text === null) return null
    return parseJSON(text, this.file) as T
  }

  write(data: T): Promise<void> {
    const text = this.#serialize(data)
    const next = this.#queue.then(async () => {
      await this.#guard?.()
      await writeDurably(this.file, text)
    })
    this.#queue = next.catch(() => {})
    return next
  }
}

// The file's text, or null when it does not exist.
export async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null
    throw error
  }
}

export function parseJSON(text: string, file: string): unknown {
  try {
    // A byte-order mark is what an editor such as Notepad may add.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    // Name the file: "Unexpected end of JSON input" alone tells the user nothing.
    throw new SyntaxError(`${file} is not valid JSON (${(error as Error).message})`, { cause: error })
  }
}

async function writeDurably(file: string, text: string): Promise<void> {
  await replaceDurably(file, text, { backup: true })
}

// Temp file, fsync, [previous version to <file>.bak,] rename, fsync the
// directory. backup: false leaves an existing <file>.bak alone (used when
// restoring from it).
export async function replaceDurably(file: string, text: string, { backup }: { backup: boolean }): Promise<void> {
  const tmp = `${file}.tmp`
  try {
    const handle = await open(tmp, 'w')
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    if (backup) await keepBackup(file)
    await rename(tmp, file)
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => {})
    throw new WriteError(file, error)
  }
  // The new file is in place: a kill, and every later read, finds it.
  // Told 'not saved' now, the caller would keep the old data, and its next
  // write (a journal line numbered as this one) would be skipped at the
  // next open. A folder that will not flush is logged; a power cut may
  // still bring back the old name.
  await syncDirectory(dirname(file)).catch((error: unknown) => {
    console.error(`sourcemark: ${new WriteError(file, error).message}; the file is in place, its folder not flushed (a kill keeps it, a power cut may not)`)
  })
}

// Adds text at the end of a file (made when missing) and flushes it to
// disk: a kill leaves the file as it was or with a prefix of text. A new
// file's name is made durable too. keep: how many bytes of the file are
// kept before appending (a torn line left by a kill is cut off first).
// existing: the file must be there with at least `keep` bytes (a journal
// that holds saves); when it is not, nothing is written and the answer is
// null, so that the caller writes its data whole. Answers the file's
// stat once it is on disk (its stamp, without another look at the path).
//
// Only the flush waits off the main thread. The open, stat, write and
// close are looks at the page cache, microseconds each, where an awaited
// call costs two thread switches, and on a loaded machine those took more
// than the whole append (a save's answer waited on nine of them).
// A file that was there is flushed with fdatasync: that writes the data
// and the metadata needed to read it back (the new size, the blocks),
// leaving out only the times, which a crash may leave old (the stamp of
// this file then differs, and the library counts the document again).
// A new file gets fsync and its folder synced, as before.
export async function appendDurably(file: string, text: string, keep?: number, existing = false): Promise<Appended | null> {
  try {
    let fd: number
    try {
      fd = openSync(file, existing ? 'r+' : 'a+')
    } catch (error) {
      if (existing && isCode(error, 'ENOENT')) return null
      throw error
    }
    try {
      const { size } = fstatSync(fd)
      if (existing && size < (keep ?? 0)) return null
      const end = keep !== undefined && keep < size ? keep : size
      if (end < size) ftruncateSync(fd, end)
      // At `end` ('a+' appends there anyway): 'r+' writes where it is told.
      const bytes = Buffer.from(text, 'utf8')
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, end + done)
      // The whole text is in the file now, and a kill would leave it
      // there. Told 'not saved', it must not come back: a flush that fails
      // takes the text out again; where even that fails, it stays, and
      // the caller is told it is in (unflushed), never 'not saved'.
      try {
        // A new file (a document's first save of a journal): its name in
        // the folder is flushed at the same time as its bytes, not after
        // them; the save is answered once both are on disk.
        if (size > 0) await flush(fd, true)
        else await allFlushed([flush(fd, false), syncDirectory(dirname(file))])
      } catch (error) {
        if (!await takeBack(fd, end)) return Object.assign(fstatSync(fd, { bigint: true }), { unflushed: new WriteError(file, error) })
        throw error
      }
      return fstatSync(fd, { bigint: true })
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    throw new WriteError(file, error)
  }
}

// Waits for every flush, then throws the first that failed.
async function allFlushed(flushes: Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(flushes)).find((r) => r.status === 'rejected')
  if (failed) throw failed.reason
}

function flush(fd: number, dataOnly: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    (dataOnly ? fdatasync : fsync)(fd, (error) => (error ? reject(error) : resolve()))
  })
}

// Cuts the file back to `end`; false when it cannot be. Its own flush may
// fail too (the disk that failed the first): the cut is what a later read,
// after a kill, sees.
async function takeBack(fd: number, end: number): Promise<boolean> {
  try {
    ftruncateSync(fd, end)
  } catch {
    return false
  }
  await flush(fd, false).catch(() => {})
  return true
}

// What appendDurably answers: the file's stat; unflushed when the text is
// in the file but its flush failed and it could not be taken out again.
type Appended = BigIntStats & { unflushed?: WriteError }

// A failed write, with the reason in words and the system's code kept:
// the detail for the log (the user is told in services/storage-words.ts).
export class WriteError extends Error {
  override name = 'WriteError'
  readonly code: string | undefined
  readonly file: string

  constructor(file: string, cause: unknown) {
    const code = typeof (cause as { code?: unknown })?.code === 'string' ? (cause as { code: string }).code : undefined
    super(`${basename(file)} could not be saved to ${dirname(file)}: ${explain(code, file, cause)}${code ? ` (${code})` : ''}`, { cause })
    this.code = code
    this.file = file
  }
}

function explain(code: string | undefined, file: string, cause: unknown): string {
  switch (code) {
    case 'ENOSPC': return 'the disk is full'
    case 'EDQUOT': return 'the disk quota is used up'
    case 'EFBIG': return 'the file would be larger than this system allows'
    case 'EROFS': return 'the disk is read-only'
    case 'EACCES':
    case 'EPERM': return 'permission denied; the folder is not writable'
    case 'ENOENT': return `the folder ${dirname(file)} does not exist`
    case 'ENOTDIR': return `${dirname(file)} is not a folder`
    case 'EIO': return 'the disk reported an input/output error'
    case 'EMFILE':
    case 'ENFILE': return 'too many files are open'
    default: return (cause as Error)?.message ?? String(cause)
  }
}

async function keepBackup(file: string): Promise<void> {
  const backup = `${file}.bak`
  await rm(backup, { force: true })
  try {
    // A hard link costs no copy; the old inode lives on as the backup.
    await link(file, backup)
  } catch (error) {
    if (isCode(error, 'ENOENT')) return
    await copyFile(file, backup)
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; its rename is durable enough.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

// Makes a folder (and its parents) with an error that says what is in the
// way, rather than a bare EEXIST or ENOTDIR.
export async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true })
  } catch (error) {
    if (!isCode(error, 'EEXIST') && !isCode(error, 'ENOTDIR')) throw error
    const chain = [dir]
    while (dirname(chain[0]!) !== chain[0]) chain.unshift(dirname(chain[0]!))
    let inTheWay = dir
    for (const path of chain) {
      if (await stat(path).then((info) => !info.isDirectory(), () => false)) {
        inTheWay = path
        break
      }
    }
    throw new Error(`Sourcemark needs a folder at ${dir}, but ${inTheWay} is a file. Move that file away, or choose another --data-dir.`, { cause: error })
  }
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}

// A file's size in bytes; -1 when it does not exist.
export async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size
  } catch (error) {
    if (isCode(error, 'ENOENT')) return -1
    throw error
  }
}
