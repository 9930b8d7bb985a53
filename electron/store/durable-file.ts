// A lowdb adapter that is durable, not only atomic. lowdb's JSONFile (steno)
// renames a temp file over the target but never fsyncs, so after a power cut
// the file can be empty or stale. Here a write is: temp file, fsync, keep the
// previous version as <file>.bak, rename over the target, fsync the
// directory. Writes to one file are serialised; write() resolves only once
// the data is on disk.

import { link, open, readFile, rename, rm, copyFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Adapter } from 'lowdb'

export class DurableJSONFile<T> implements Adapter<T> {
  readonly file: string
  #queue: Promise<void> = Promise.resolve()

  constructor(file: string) {
    this.file = file
  }

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null
      throw error
    }
    try {
      return JSON.parse(text) as T
    } catch (error) {
      // Name the file: "Unexpected end of JSON input" alone tells the user nothing.
      throw new SyntaxError(`${this.file} is not valid JSON (${(error as Error).message})`, { cause: error })
    }
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, 1)
    const next = this.#queue.then(() => writeDurably(this.file, text))
    this.#queue = next.catch(() => {})
    return next
  }
}

export async function writeDurably(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp`
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  await keepBackup(file)
  await rename(tmp, file)
  await syncDirectory(dirname(file))
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

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; its rename is durable enough.
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}
