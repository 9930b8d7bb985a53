// The search index built from scratch, as after a missing or damaged cache
// or a change of its format: the real server (bin/sourcemark.cjs serve) on
// a data folder whose library index exists, with search-index.bin and
// search-rows/ removed; searched until the answer no longer says it is
// indexing and the cache is written again. Prints the time it took and the
// server's peak RSS (/proc/<pid>/status VmHWM), for this build and, in
// turn on the same folder, for another built copy (--before: its bin/ and
// dist/), so both are measured under the same load.
//
//   npm run bench:scale:rebuild -- --dir DIR [--before APP] [--runs 2] [--library | --library-only]
//
// DIR is a generated library (bench/scale/generate.ts) started once before.

import { readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { SEARCH_INDEX_FILE } from '../../electron/search/indexer.ts'
import { SEARCH_ROWS_DIR } from '../../electron/search/search-rows.ts'
import { startServer } from './server-client.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    before: { type: 'string' },
    runs: { type: 'string', default: '2' },
    // The library index (library/) removed too: the store rebuilds it from
    // the document files first, as on a first start or after losing it.
    library: { type: 'boolean', default: false },
    // Only the library index removed (the search index kept).
    'library-only': { type: 'boolean', default: false },
  },
})
if (!values.dir) throw new Error('usage: rebuild.ts --dir DIR [--before APP] [--runs N]')
const dir = values.dir

async function peakRss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) * 1024
}

async function rebuild(root: string | undefined): Promise<{ ms: number; rss: number; cacheBytes: number }> {
  if (!values['library-only']) {
    await rm(join(dir, SEARCH_INDEX_FILE), { force: true })
    await rm(join(dir, SEARCH_ROWS_DIR), { recursive: true, force: true })
  }
  if (values.library || values['library-only']) await rm(join(dir, 'library'), { recursive: true, force: true })
  const client = await startServer(dir, { ...(root ? { root } : {}), stderr: 'ignore' })
  try {
    const t0 = performance.now()
    while ((await client.call<{ indexing?: boolean }>('search', { query: 'the' })).indexing) await delay(500)
    // The cache written once the index is complete (a long rebuild also
    // writes it as it goes, cache-writes.ts; the file's time is the
    // kernel's coarse clock).
    const started = Date.now() - 50
    let cache = await stat(join(dir, SEARCH_INDEX_FILE)).catch(() => null)
    // (With the search index kept, nothing needs writing it again.)
    while (!values['library-only'] && (!cache || cache.mtimeMs < started)) {
      await delay(250)
      cache = await stat(join(dir, SEARCH_INDEX_FILE)).catch(() => null)
    }
    // (Written aside and renamed: once there it is whole.)
    return { ms: performance.now() - t0, rss: await peakRss(client.server.pid!), cacheBytes: cache?.size ?? 0 }
  } finally {
    await client.stop()
  }
}

async function main(): Promise<void> {
  const builds = values.before ? [{ name: 'before', root: values.before }, { name: 'this', root: undefined }] : [{ name: 'this', root: undefined }]
  const results = new Map(builds.map((b) => [b.name, [] as Awaited<ReturnType<typeof rebuild>>[]]))
  for (let run = 0; run < Number(values.runs); run++) {
    for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
      const result = await rebuild(build.root)
      results.get(build.name)!.push(result)
      const load = (await readFile('/proc/loadavg', 'utf8')).split(' ')[0]
      console.error(`run ${run + 1}, ${build.name}: ${(result.ms / 1000).toFixed(1)} s, peak RSS ${(result.rss / 1e6).toFixed(0)} MB, cache ${(result.cacheBytes / 1e6).toFixed(1)} MB, load ${load}`)
    }
  }
  console.log('\n| build | rebuild time per run | peak RSS per run |')
  console.log('|---|---|---|')
  for (const [name, list] of results) {
    console.log(`| ${name} | ${list.map((r) => `${(r.ms / 1000).toFixed(1)} s`).join(' / ')} | ${list.map((r) => `${(r.rss / 1e6).toFixed(0)} MB`).join(' / ')} |`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
