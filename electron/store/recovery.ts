// Reading a data file so that a bad one never stops Sourcemark and is never
// lost. A file that does not parse or does not pass its check is moved aside
// as <name>.corrupt-<time>.json (never overwritten, never deleted); then
// <file>.bak, the previous good version kept by every durable write, is
// tried and, when it passes, restored as the file. The caller turns the
// result into a notice for the user with recoveryNotice().

import { constants as bufferConstants } from 'node:buffer'
import { constants } from 'node:fs'
import { copyFile, link, readdir, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { isCode, parseJSON, replaceDurably, syncDirectory } from './durable-file.ts'
import { readStamped } from './stamp.ts'

export type Recovered<T> =
  // stamp: the file's as read (stamp.ts).
  | { status: 'ok'; data: T; stamp: string }
  // Neither the file nor a usable backup exists.
  | { status: 'missing'; backup?: BackupProblem }
  // The file was bad (reason, moved to movedTo) or missing (no movedTo) and
  // the backup was restored in its place.
  | { status: 'restored'; data: T; reason: string; movedTo?: string; backup: string }
  // The file was bad and moved aside; there was no usable backup.
  | { status: 'unrecoverable'; reason: string; movedTo: string; backup: BackupProblem }

// Why <file>.bak could not be used: absent, or bad (and moved aside too).
type BackupProblem = { file: string; reason?: string; movedTo?: string }

// The largest file read: a longer one cannot become a JavaScript string
// ("Invalid string length"), so it is treated as unreadable, like a file
// that does not parse, before any attempt to read it.
export const MAX_READ_BYTES = bufferConstants.MAX_STRING_LENGTH

export interface ReadOptions {
  // Lower than MAX_READ_BYTES only in tests, to take the same path.
  maxBytes?: number
}

// check(raw) returns the data or throws an Error whose message says why the
// data is not acceptable. Errors that are not about the file's content
// (check() may throw one marked with fatal: true, e.g. a file from a newer
// version) propagate and nothing is moved.
export async function readRecovering<T>(file: string, check: (raw: unknown) => T, options: ReadOptions = {}): Promise<Recovered<T>> {
  const first = await inspect(file, check, options)
  if (first.ok) return { status: 'ok', data: first.data, stamp: first.stamp }
  const movedTo = first.missing ? undefined : await moveAside(file, stem(file))

  const backupFile = `${file}.bak`
  const backup = await inspect(backupFile, check, options)
  if (backup.ok) {
    await replaceDurably(file, backup.text, { backup: false })
    return { status: 'restored', data: backup.data, reason: first.missing ? 'it was missing' : first.reason, ...(movedTo ? { movedTo } : {}), backup: backupFile }
  }
  const problem: BackupProblem = backup.missing
    ? { file: backupFile }
    : { file: backupFile, reason: backup.reason, movedTo: await moveAside(backupFile, `${stem(file)}.backup`) }
  if (first.missing) return { status: 'missing', ...(backup.missing ? {} : { backup: problem }) }
  return { status: 'unrecoverable', reason: first.reason, movedTo: movedTo!, backup: problem }
}

// For a reader that must not change the folder (another Sourcemark owns it):
// a good or missing file is read as readRecovering would; a bad one is left
// exactly as it is and the read fails, saying so.
export async function readWithoutRepair<T>(file: string, check: (raw: unknown) => T, options: ReadOptions = {}): Promise<Recovered<T>> {
  const found = await inspect(file, check, options)
  if (found.ok) return { status: 'ok', data: found.data, stamp: found.stamp }
  if (found.missing) return { status: 'missing' }
  throw new RepairNeededError(`${file} could not be read (${found.reason}). It was left as it is: the Sourcemark using this folder repairs it when it opens the file.`)
}

export class RepairNeededError extends Error {
  override name = 'RepairNeededError'
  readonly fatal = true
}

// A file the system would not let us read (permissions, a folder in its
// place, a disk error): not damage, so nothing is moved.
export class ReadFailed extends Error {
  override name = 'ReadFailed'
}

type Inspection<T> = { ok: true; data: T; text: string; stamp: string } | { ok: false; missing: true } | { ok: false; missing: false; reason: string }

async function inspect<T>(file: string, check: (raw: unknown) => T, { maxBytes = MAX_READ_BYTES }: ReadOptions): Promise<Inspection<T>> {
  let read: Awaited<ReturnType<typeof readStamped>>
  try {
    read = await readStamped(file, maxBytes)
  } catch (error) {
    // Unreadable (permissions, a folder, a disk error) is not corrupt:
    // nothing to move; say so and stop.
    throw new ReadFailed(`${file} could not be read: ${(error as Error).message}`, { cause: error })
  }
  if (read === null) return { ok: false, missing: true }
  if ('tooLarge' in read) return { ok: false, missing: false, reason: `the file is too large to read (${megabytes(read.tooLarge)}; at most ${megabytes(maxBytes)})` }
  const { text, stamp } = read
  let raw: unknown
  try {
    raw = parseJSON(text, file)
  } catch (error) {
    const cause = (error as Error).cause as Error | undefined
    return { ok: false, missing: false, reason: text.trim() === '' ? 'the file is empty' : `not valid JSON: ${cause?.message ?? (error as Error).message}` }
  }
  try {
    return { ok: true, data: check(raw), text, stamp }
  } catch (error) {
    if ((error as { fatal?: unknown }).fatal === true) throw error
    return { ok: false, missing: false, reason: (error as Error).message }
  }
}


function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`
}

// library.json -> library; documents/abc.json -> abc
function stem(file: string): string {
  return basename(file).replace(/\.json$/, '')
}

// "2025-11-05T09:03:07.123Z" -> "2025-11-05T090307.123Z": colons are not
// allowed in Windows file names.
export function fileTimestamp(date = new Date()): string {
  return date.toISOString().replace(/:/g, '')
}

// Moves file to <dir>/<name>.corrupt-<time>.json without ever replacing an
// existing file (a hard link fails if the name is taken), then makes the
// move durable. Returns the new path.
async function moveAside(file: string, name: string): Promise<string> {
  const dir = dirname(file)
  const time = fileTimestamp()
  for (let n = 1; ; n++) {
    const target = join(dir, `${name}.corrupt-${time}${n === 1 ? '' : `-${n}`}.json`)
    try {
      await link(file, target)
    } catch (error) {
      if (isCode(error, 'EEXIST')) continue
      // File systems without hard links (FAT, some network shares): copy,
      // refusing to replace an existing file.
      try {
        await copyFile(file, target, constants.COPYFILE_EXCL)
      } catch (copyError) {
        if (isCode(copyError, 'EEXIST')) continue
        throw copyError
      }
    }
    await rm(file)
    await syncDirectory(dir)
    return target
  }
}

// The sentence the user is shown, or null when there is nothing to say.
// name: how the file is called ("library.json", "the document "X" (abc)");
// fallback: what happens without the file ("started with an empty library").
export function recoveryNotice(name: string, result: Recovered<unknown>, fallback: string): string | null {
  switch (result.status) {
    case 'ok':
      return null
    case 'missing':
      return result.backup ? `${name} was missing and its backup ${backupSentence(result.backup)}; ${fallback}.` : null
    case 'restored':
      return result.movedTo
        ? `${name} could not be read (${result.reason}); it was moved to ${result.movedTo}; restored the previous version from ${result.backup}.`
        : `${name} was missing; restored the previous version from ${result.backup}.`
    case 'unrecoverable':
      return `${name} could not be read (${result.reason}); it was moved to ${result.movedTo}; ${result.backup.reason ? `its backup ${backupSentence(result.backup)}` : 'there was no backup'}; ${fallback}.`
  }
}

function backupSentence(problem: BackupProblem): string {
  return `${problem.file} could not be read either (${problem.reason}) and was moved to ${problem.movedTo}`
}

// The <id>.json files in a folder whose stem passes isId.
export async function listJsonFiles(dir: string, isId: (stem: string) => boolean): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if (isCode(error, 'ENOENT')) return []
    throw error
  }
  return names.filter((n) => n.endsWith('.json') && isId(stem(n))).sort()
}
