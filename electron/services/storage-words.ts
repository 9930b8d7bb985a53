// Why a write failed, in the reader's words: a raw system error
// ("ENOSPC: no space left on device, write '/x/y.tmp'") never reaches the
// screen as it is. The store's own errors (a failed durable write, a
// read-only folder, a folder taken over) are already in words and pass.

const CODES = new Map<string, string>([
  ['ENOSPC', 'the disk is full'],
  ['EDQUOT', 'the disk quota is used up'],
  ['EACCES', 'Sourcemark may not write in the data folder'],
  ['EPERM', 'Sourcemark may not write in the data folder'],
  ['EROFS', 'the data folder is on a read-only disk'],
  ['ENOENT', 'a file or folder of the data folder is missing'],
  ['ENOTDIR', 'the data folder is not laid out as Sourcemark left it'],
  ['EISDIR', 'the data folder is not laid out as Sourcemark left it'],
  ['EMFILE', 'too many files are open'],
  ['ENFILE', 'too many files are open'],
  ['EIO', 'the disk could not be read or written'],
  ['EBUSY', 'a file of the data folder is in use by another program'],
])

export function storageWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  // The store's own errors (durable-file.ts) already say it in words.
  const raw = /^([A-Z][A-Z0-9]+): ([^,]+)/.exec(message)
  if (!raw) return /[.!?)]$/.test(message) ? message : `${message}.`
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  const known = CODES.get(typeof code === 'string' ? code : raw[1]!)
  // An unknown system error: its words, without the code and the path.
  return `${known ?? raw[2]}.`
}
