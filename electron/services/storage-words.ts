// Why a write failed, in the reader's words: the system's error codes
// ("ENOSPC: no space left on device, write") never reach the screen. The
// store's own refusals (a read-only folder, a folder taken over) are
// already in words and pass as they are.

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
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  const known = typeof code === 'string' ? CODES.get(code) : undefined
  if (known) return `${known}.`
  const message = error instanceof Error ? error.message : String(error)
  // An unknown system error: its words, without the code and the path.
  const plain = /^[A-Z]{2,}: ([^,]+)/.exec(message)?.[1] ?? message
  return /[.!?]$/.test(plain) ? plain : `${plain}.`
}
