// A file's identity on disk, taken with one stat: its size, modification
// time (nanoseconds) and inode. Every durable write renames a new file into
// place, so a file written again has another stamp. The library keeps the
// stamp of the document file its counts were taken from; when the library
// opens, a document whose stamp differs (it was written and then the
// library was not, e.g. after a kill) is counted again. Stat every entry,
// read only the few that differ: cheap at 10,000 documents.

import { statSync, type BigIntStats } from 'node:fs'
import { open, readdir, stat, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { isCode } from './durable-file.ts'

// null when the file does not exist.
export async function stampOf(file: string): Promise<string | null> {
  try {
    return stampFrom(await stat(file, { bigint: true }))
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null
    throw error
  }
}

export function stampFrom(s: BigIntStats): string {
  return `${s.size}:${s.mtimeNs}:${s.ino}`
}

// A document's stamp from its file's and its journal's.
export function joinStamps(snapshot: string, journal: string | null): string {
  return journal === null ? snapshot : `${snapshot}+${journal}`
}

// documents/<id>.json -> documents/<id>.journal.jsonl (journal.ts)
export function journalOf(file: string): string {
  return `${file.replace(/\.json$/, '')}.journal.jsonl`
}

// A document's stamp: its file's, and its journal's when it has one (a
// save appends to the journal and leaves the file as it is). Without a
// journal it is the file's alone, as before journals.
export async function documentStamp(file: string): Promise<string | null> {
  const [snapshot, journal] = await Promise.all([stampOf(file), stampOf(journalOf(file))])
  return snapshot === null ? null : joinStamps(snapshot, journal)
}

// The stamps of many documents (files in `folder`, by id) with one listing
// of the folder and one stat a file that is there (a journal is stat'ed
// only when listed): null for a document whose file is missing. The stats
// are synchronous, a slice at a time between turns of the event loop:
// about half the time of as many promises, and never long in one go.
export async function documentStamps(folder: string, ids: readonly string[], slice = 100): Promise<(string | null)[]> {
  let names: Set<string>
  try {
    names = new Set(await readdir(folder))
  } catch (error) {
    if (isCode(error, 'ENOENT')) return ids.map(() => null)
    throw error
  }
  const stamps: (string | null)[] = []
  for (let i = 0; i < ids.length; i++) {
    if (i > 0 && i % slice === 0) await new Promise((resolve) => setImmediate(resolve))
    const id = ids[i]!
    const snapshot = names.has(`${id}.json`) ? stampNow(join(folder, `${id}.json`)) : null
    const journal = snapshot !== null && names.has(`${id}.journal.jsonl`) ? stampNow(join(folder, `${id}.journal.jsonl`)) : null
    stamps.push(snapshot === null ? null : joinStamps(snapshot, journal))
  }
  return stamps
}

function stampNow(file: string): string | null {
  const s = statSync(file, { bigint: true, throwIfNoEntry: false })
  return s ? stampFrom(s) : null
}

// f over items, at most `width` at a time, results in order.
export async function mapLimited<T, R>(items: readonly T[], width: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await f(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker))
  return results
}

// A file's text and its stamp, from one open and one stat of what was
// opened (not a stat of the path, then a read, then another stat): null
// when it does not exist; its size alone when larger than maxBytes.
export async function readStamped(file: string, maxBytes: number): Promise<{ text: string; stamp: string } | { tooLarge: number } | null> {
  let handle: FileHandle
  try {
    handle = await open(file, 'r')
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null
    throw error
  }
  try {
    const info = await handle.stat({ bigint: true })
    if (info.size > BigInt(maxBytes)) return { tooLarge: Number(info.size) }
    return { text: await handle.readFile('utf8'), stamp: stampFrom(info) }
  } finally {
    await handle.close()
  }
}
