// A cache file replaced whole: written aside under a name of its own, then
// renamed into place, so a crash leaves the old file or the new one, never
// half of either. No fsync: a cache lost to a power cut is made again, and
// its readers reject a damaged one.

import { readdir, rename, rm, writeFile } from 'node:fs/promises'
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
