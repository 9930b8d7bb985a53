// Fresh temporary folders for a test file, removed when the file's tests end.

import { after } from 'node:test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function tempDirs(prefix: string): () => Promise<string> {
  const dirs: string[] = []
  after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), `sourcemark-${prefix}-`))
    dirs.push(dir)
    return dir
  }
}
