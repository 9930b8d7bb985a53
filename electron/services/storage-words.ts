// Why a write failed, in the reader's words: what happened, whether what was
// saved before is safe, and what to do. Never a system code or the name of
// one of Sourcemark's own files ("ENOSPC: no space left on device, write
// '/x/documents/y.journal.jsonl'"): those are for the log (context.ts
// writes them there). The data folder may be named: the user chose it. The
// store's own refusals (a read-only folder, a folder taken over, closing)
// are already in words and pass.

import { SaveFailed } from '../store/save-failed.ts'

interface Words {
  what: (folder: string) => string
  // What was on disk before is untouched: the write failed before its
  // rename or its append, and nothing else changed the folder.
  safe: boolean
  todo: (folder: string) => string
}

const NO_PERMISSION: Words = {
  what: (folder) => `Sourcemark may not write in ${folder}`,
  safe: true,
  todo: () => 'check that folder\'s permissions (Sourcemark must be able to write in it and in the folders inside it), then try again',
}
const LAID_OUT_OTHERWISE: Words = {
  what: (folder) => `${folder} is not laid out as Sourcemark left it (a file is where a folder should be, or the other way round)`,
  safe: false,
  todo: () => 'undo what was changed in it by hand or by another program, then try again',
}
const TOO_MANY_OPEN: Words = { what: () => 'too many files are open on this computer', safe: true, todo: () => 'close some programs, then try again' }

const CODES = new Map<string, Words>([
  ['ENOSPC', { what: () => 'the disk is full', safe: true, todo: (folder) => `free some space on the disk that holds ${folder}, then try again` }],
  ['EDQUOT', { what: () => 'your disk quota is used up', safe: true, todo: () => 'free some of your space on that disk, then try again' }],
  ['EFBIG', { what: () => 'the file would be larger than this system allows Sourcemark to write', safe: true, todo: () => 'raise the file size limit Sourcemark runs under, then try again' }],
  ['EACCES', NO_PERMISSION],
  ['EPERM', NO_PERMISSION],
  ['EROFS', { what: (folder) => `${folder} is on a disk that is read-only`, safe: true, todo: () => 'make the disk writable, or choose another data folder' }],
  ['ENOENT', { what: (folder) => `part of ${folder} is missing: it was moved or removed while Sourcemark was running`, safe: false, todo: () => 'put it back, then try again' }],
  ['ENOTDIR', LAID_OUT_OTHERWISE],
  ['EISDIR', LAID_OUT_OTHERWISE],
  ['EMFILE', TOO_MANY_OPEN],
  ['ENFILE', TOO_MANY_OPEN],
  ['EIO', { what: () => 'the disk reported an error', safe: false, todo: () => 'check the disk, then try again' }],
  ['EBUSY', { what: () => 'a file in the data folder is in use by another program', safe: true, todo: () => 'close that program (a backup or sync tool, say), then try again' }],
])

export function storageWords(error: unknown): string {
  const code = systemCode(error)
  if (code === undefined) {
    // The store's own words.
    const message = error instanceof Error ? error.message : String(error)
    return /[.!?)]$/.test(message) ? message : `${message}.`
  }
  const words = CODES.get(code)
  const folder = error instanceof SaveFailed ? `the data folder (${error.dataDir})` : 'the data folder'
  if (!words) return `the system refused to write to ${folder}. Try again; if it fails again, the details are in Sourcemark's log.`
  const todo = words.todo(folder)
  return `${words.what(folder)}. ${words.safe ? 'Nothing saved before was lost. ' : ''}${todo[0]!.toUpperCase()}${todo.slice(1)}.`
}

// ENOSPC and the like, on the error or (a raw system error) in its message.
export function systemCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code
  const message = error instanceof Error ? error.message : String(error)
  return /^(E[A-Z0-9]+): /.exec(message)?.[1]
}
