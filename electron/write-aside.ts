// A cache file replaced whole: written aside under a name of its own, then
// renamed into place, so a crash leaves the old file or the new one, never
// half of either. No fsync: a cache lost to a power cut is made again, and
// its readers reject a damaged one.

import { open, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

let written = 0

export async function writeAside(file: string, data: string | Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}-${written++}.tmp`
  try {
    await writeFile(temp, data)
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

// Temp files that a process killed between writing and renaming left in
// `folder`: those of `pattern` (its first group: the writer's pid) not
// written by this process. One process at a time writes a data folder (its
// lock), so another's are litter; this one's may be under way.
export async function removeLeftTemps(folder: string, pattern: RegExp): Promise<void> {
  for (const name of await readdir(folder).catch(() => [])) {
    const pid = pattern.exec(name)?.[1]
    if (pid !== undefined && Number(pid) !== process.pid) await rm(join(folder, name), { force: true })
  }
}

// Written aside a piece at a time, stopping when stop() says so before a
// piece or the rename (the user's calls started again): the temp file is
// removed and nothing replaced. True when the file was put in place.
export async function writeAsideUnless(file: string, data: string, stop: () => boolean, pieceBytes = PIECE_BYTES): Promise<boolean> {
  const temp = `${file}.${process.pid}-${written++}.tmp`
  const bytes = Buffer.from(data)
  let placed = false
  try {
    const handle = await open(temp, 'w')
    try {
      for (let at = 0; at < bytes.length;) {
        if (stop()) return false
        at += (await handle.write(bytes, at, Math.min(pieceBytes, bytes.length - at))).bytesWritten
      }
    } finally {
      await handle.close()
    }
    if (stop()) return false
    await rename(temp, file)
    placed = true
    return true
  } finally {
    if (!placed) await rm(temp, { force: true })
  }
}

// A long document's answer (2 MB) goes in eight pieces: a call that comes
// in meanwhile waits for one piece at most.
const PIECE_BYTES = 256 * 1024
