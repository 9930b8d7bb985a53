// Opening a data folder: as its one writer (holding the lock), or, where it
// cannot be written (a mounted backup, a CD, a folder shared read-only),
// read-only without ever trying to create the lock there.

import { access, constants } from 'node:fs/promises'
import { acquireLock, type Lock } from './lock.ts'
import { isCode } from './durable-file.ts'

export type TakenFolder = { lock: Lock; readOnlyBecause?: undefined } | { lock?: undefined; readOnlyBecause: string }

export async function takeFolder(dataDir: string): Promise<TakenFolder> {
  // Asking first creates nothing. A folder that does not exist yet is made
  // by acquireLock.
  const reason = await access(dataDir, constants.W_OK).then(() => null, (error: unknown) => unwritable(error))
  if (reason) return { readOnlyBecause: reason }
  try {
    return { lock: await acquireLock(dataDir) }
  } catch (error) {
    // What access() did not know (root on a read-only mount, some shares).
    const late = unwritable(error)
    if (late) return { readOnlyBecause: late }
    throw error
  }
}

// Why a folder cannot be written, or null when the error is another one.
function unwritable(error: unknown): string | null {
  if (isCode(error, 'EROFS')) return 'it is on a read-only disk'
  if (isCode(error, 'EACCES') || isCode(error, 'EPERM')) return 'this user may not write to it'
  return null
}
