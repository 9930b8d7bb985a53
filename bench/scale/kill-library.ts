// The library the kill benchmark starts from: the scale suite's generated
// library (generate.ts, its fixed seed) after a first start, as any earlier
// session leaves it (its library index and search index built and cached).
// Kept in a folder of its own and never written after that: each run works
// on a copy, so every run starts from the same files.

import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { SEARCH_INDEX_FILE } from '../../electron/search/indexer.ts'
import { generateLibrary } from './generate.ts'
import { startServer, type ServerClient } from './server-client.ts'

const log = (line: string) => console.error(`  ${line}`)

// Searches until the answer no longer says it is indexing; the time it took.
export async function searchReady(client: ServerClient, cap: number): Promise<number> {
  const t0 = performance.now()
  while ((await client.call<{ indexing?: boolean }>('search', { query: 'the' })).indexing) {
    if (performance.now() - t0 > cap) throw new Error(`the search index was not built within ${(cap / 1000).toFixed(0)} s`)
    await delay(200)
  }
  return performance.now() - t0
}

// The search index's cache written after `since` (ms since the epoch).
async function cacheWritten(dir: string, since: number, cap: number): Promise<void> {
  const t0 = performance.now()
  for (;;) {
    const cache = await stat(join(dir, SEARCH_INDEX_FILE)).catch(() => null)
    if (cache && cache.mtimeMs >= since) return
    if (performance.now() - t0 > cap) throw new Error('the search index cache was not written')
    await delay(250)
  }
}

// A start that builds what the folder lacks (the library index, the
// search index and its cache) and leaves it as a session would; its time.
async function startedOnce(dir: string): Promise<number> {
  const t0 = performance.now()
  const since = Date.now() - 1000
  const client = await startServer(dir, { stderr: 'ignore' })
  try {
    await client.call('listDocuments')
    await searchReady(client, 900_000)
    // Written after the index was complete (a long rebuild also writes it
    // as it goes, cache-writes.ts).
    await cacheWritten(dir, Math.max(since, Date.now() - 50), 120_000)
  } finally {
    await client.stop()
  }
  return performance.now() - t0
}

// dir/ holds the library once dir.ready exists (written last).
export async function cachedLibrary(dir: string, documents: number): Promise<void> {
  const ready = `${dir}.ready`
  if (existsSync(ready)) return log(`reusing the library in ${dir}`)
  await rm(dir, { recursive: true, force: true })
  const gen = await generateLibrary(dir, { documents })
  log(`generated ${gen.documents} documents, ${gen.annotations.toLocaleString('en-US')} annotations in ${(gen.ms / 1000).toFixed(1)} s`)
  log(`first start (library and search index built): ${((await startedOnce(dir)) / 1000).toFixed(1)} s`)
  await writeFile(ready, new Date().toISOString())
}

// A copy of the library to kill servers on, started once: a copied file
// has another inode, so the first start counts every document again and
// the search index catches up on all of them (stamp.ts), which is not what
// a kill costs. Returns the time that start took.
export async function workingCopy(from: string, to: string): Promise<number> {
  execFileSync('rm', ['-rf', to])
  execFileSync('cp', ['-a', from, to])
  return startedOnce(to)
}
