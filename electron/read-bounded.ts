// A file the user named (an article, an annotation file), read with the size
// limit kept by the read itself. A check of the size before reading is not
// enough: the file can grow between the two (a log being written, a
// download under way), or the path can be swapped for a FIFO or a device,
// and readFile would then read whatever arrives. Here the path is opened
// once, without waiting for a writer (a FIFO would block the open), the
// opened file is what is checked, and at most limit + 1 bytes are read.

import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { GREW_WORDS, tooLargeWords } from '../shared/import/limits.ts'

export type BoundedRead =
  | { ok: true; bytes: Buffer }
  // not-a-file: a folder, a FIFO, a device. too-large: `size` bytes said
  // before reading. grew: it passed the limit while it was being read.
  | { ok: false; reason: 'not-a-file' }
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'grew' }

// checked: called once the opened file passed the checks, before its bytes
// are read (tests make the file grow there).
export async function readBounded(path: string, limit: number, checked?: () => Promise<void>): Promise<BoundedRead> {
  // O_NONBLOCK: opening a FIFO returns at once (Windows has no such flag,
  // nor FIFOs at a path).
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    // A folder, where the system refuses to open one (Windows).
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') return { ok: false, reason: 'not-a-file' }
    throw error
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) return { ok: false, reason: 'not-a-file' }
    if (info.size > limit) return { ok: false, reason: 'too-large', size: info.size }
    await checked?.()
    // Room for what stat said and a little more; grown as more arrives, up
    // to one byte past the limit, which is enough to know it is too much.
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(info.size + 1, 64 * 1024)))
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        if (total > limit) return { ok: false, reason: 'grew' }
        const larger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2))
        buffer.copy(larger, 0, 0, total)
        buffer = larger
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total)
      if (bytesRead === 0) break
      total += bytesRead
    }
    if (total > limit) return { ok: false, reason: 'grew' }
    return { ok: true, bytes: buffer.subarray(0, total) }
  } finally {
    await handle.close()
  }
}

// Why a file was not read, in words to follow its name and a colon: "not a
// file", "it is 25.0 MB, larger than the 20 MB import limit".
export function refusalWords(read: Exclude<BoundedRead, { ok: true }>): string {
  if (read.reason === 'not-a-file') return 'not a file'
  return read.reason === 'too-large' ? tooLargeWords(read.size) : GREW_WORDS
}
