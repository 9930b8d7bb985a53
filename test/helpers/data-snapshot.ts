// Every file under a data directory with its bytes, to prove that a refused
// input wrote nothing. The lock file is left out: the CLI takes and lets go
// of it.

import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

export async function dataSnapshot(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('sourcemark.lock')) continue
    const path = join(entry.parentPath, entry.name)
    found.set(path, (await readFile(path)).toString('base64'))
  }
  return found
}
