// A cache file replaced whole: written aside under a name of its own, then
// renamed into place, so a crash leaves the old file or the new one, never
// half of either. No fsync: a cache lost to a power cut is made again, and
// its readers reject a damaged one.

import { rename, rm, writeFile } from 'node:fs/promises'

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
