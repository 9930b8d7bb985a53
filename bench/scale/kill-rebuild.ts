// Case (b) of the kill benchmark: the search index deleted or damaged, and
// the server killed while it builds the index again from the document
// files (its rows being written, or its cache file), at moments chosen
// from a seed; then started again. The rebuild completes, and every search
// answers as it did before the index was touched (the same documents,
// fields and places), the added notes found.

import assert from 'node:assert/strict'
import { existsSync, readdirSync, statSync, watch } from 'node:fs'
import { open, readdir, rm, stat, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { SEARCH_INDEX_FILE } from '../../electron/search/indexer.ts'
import { SEARCH_ROWS_DIR } from '../../electron/search/search-rows.ts'
import { searchReady } from './kill-library.ts'
import { killServer, restart } from './kill-server.ts'
import { seconds, type CaseResult, type KillRun } from './kill-report.ts'
import { startServer, type ServerClient } from './server-client.ts'
import { documentId } from './generate.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'

interface Hit { documentId: string; field: string; annotationId?: string; start: number; end: number }
interface Answer { hits: Hit[]; truncated: boolean; indexing?: boolean }

// What an answer says, in an order of its own (a rebuilt index numbers the
// documents anew, so equal scores may come in another order, and which of
// them fill a cut-short answer differs: only its being cut is compared).
function answerKey(answer: Answer): string {
  const hits = answer.hits.map((h) => `${h.documentId} ${h.field} ${h.annotationId ?? ''} ${h.start}-${h.end}`).sort()
  return answer.truncated ? 'truncated' : hits.join('\n')
}

// A few words from the middle of seeded documents: rare together.
async function phrases(client: ServerClient, run: KillRun, count: number): Promise<string[]> {
  const found: string[] = []
  for (let i = 0; i < count; i++) {
    const id = documentId(1 + Math.floor(run.rand() * (run.documents - 1)))
    const words = canonicalText((await client.call<ArticleDocument>('getDocument', { documentId: id })).blocks).split(/\s+/)
    const at = Math.floor(words.length * (0.2 + 0.6 * run.rand()))
    found.push(words.slice(at, at + 4).join(' '))
  }
  return found
}

async function answers(client: ServerClient, queries: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (const query of queries) found.set(query, answerKey(await client.call<Answer>('search', { query })))
  return found
}

// The ways the index is taken away before a life.
type Damage = 'deleted' | 'damaged' | 'rows deleted'
async function damage(dir: string, how: Damage, rand: () => number): Promise<void> {
  const file = join(dir, SEARCH_INDEX_FILE)
  if (how === 'deleted' || how === 'rows deleted') await rm(join(dir, SEARCH_ROWS_DIR), { recursive: true, force: true })
  if (how === 'deleted') await rm(file, { force: true })
  if (how === 'damaged' && existsSync(file)) {
    // Bytes overwritten in the middle, and some rows cut short.
    const size = (await stat(file)).size
    const handle = await open(file, 'r+')
    await handle.write(Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256))), 0, 4096, Math.floor(size * (0.2 + 0.6 * rand())))
    await handle.close()
    const rows = await readdir(join(dir, SEARCH_ROWS_DIR)).catch(() => [])
    for (let i = 0; i < 20 && rows.length > 0; i++) await truncate(join(dir, SEARCH_ROWS_DIR, rows[Math.floor(rand() * rows.length)]!), 10).catch(() => {})
  }
}

const rowsWritten = (dir: string) => { try { return readdirSync(join(dir, SEARCH_ROWS_DIR)).length } catch { return 0 } }
// Watched as it happens: the cache's temp file may live a moment only.
function cacheBeingWritten(dir: string): { seen: () => boolean; close: () => void } {
  let seen = false
  const watcher = watch(dir, (_, name) => { if (name?.startsWith(`${SEARCH_INDEX_FILE}.`) && name.endsWith('.tmp')) seen = true })
  return { seen: () => seen || readdirSync(dir).some((name) => name.startsWith(`${SEARCH_INDEX_FILE}.`) && name.endsWith('.tmp')), close: () => watcher.close() }
}

// Polls until `ready` holds (then kills), or until the moment has passed
// (the index built, and for a kill on the cache its file written).
async function killWhen(client: ServerClient, ready: () => boolean, passed: (built: boolean) => boolean, cap: number): Promise<boolean> {
  const t0 = performance.now()
  let built = false
  void (async () => {
    while (!built && client.server.exitCode === null && client.server.signalCode === null) {
      const answer = await client.call<Answer>('search', { query: 'the' }).catch(() => null)
      if (answer && !answer.indexing) built = true
      await delay(500)
    }
  })()
  while (performance.now() - t0 < cap && !passed(built)) {
    if (ready()) {
      await killServer(client)
      return true
    }
    await delay(20)
  }
  await client.stop()
  return false
}

export async function rebuildCase(run: KillRun, lives: number, words: readonly string[]): Promise<CaseResult> {
  const { dir, rand } = run
  const queries = ['xinhua', 'arctic shipping', 'zqnothing', ...words.slice(0, 12)]
  const first = await startServer(dir, { stderr: 'ignore' })
  let before: Map<string, string>
  try {
    queries.push(...await phrases(first, run, 8))
    await searchReady(first, 600_000)
    before = await answers(first, queries)
  } finally {
    await first.stop()
  }
  const lines: string[] = []
  const recover: number[] = []
  // Killed once a seeded share of the rows is written, after a seeded time
  // (a damaged index leaves its old rows), or while the cache file is
  // being written (after a whole rebuild).
  const plans: { how: Damage; when: 'rows' | 'time' | 'cache' }[] = [
    { how: 'deleted', when: 'rows' }, { how: 'damaged', when: 'time' }, { how: 'deleted', when: 'cache' }, { how: 'rows deleted', when: 'rows' },
  ]
  for (let n = 1; n <= lives; n++) {
    const { how, when } = plans[(n - 1) % plans.length]!
    await damage(dir, how, rand)
    const share = 0.05 + 0.85 * rand()
    const after = 2000 + 20_000 * rand()
    const since = Date.now()
    const cache = cacheBeingWritten(dir)
    const client = await startServer(dir, { stderr: 'ignore' })
    const t0 = performance.now()
    const ready = when === 'cache' ? cache.seen : when === 'time' ? () => performance.now() - t0 >= after : () => rowsWritten(dir) >= share * run.listedCount
    const cacheDone = () => (statSync(join(dir, SEARCH_INDEX_FILE), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= since
    const killed = await killWhen(client, ready, (built) => built && (when !== 'cache' || cacheDone()), 900_000).finally(() => cache.close())
    const onCache = when === 'cache'
    const at = onCache ? 'while its cache was written' : `${seconds(performance.now() - t0)} after its start, ${rowsWritten(dir)} rows there`
    const again = await restart(dir)
    try {
      const built = await searchReady(again.client, 900_000)
      const now = await answers(again.client, queries)
      for (const query of queries) assert.equal(now.get(query), before.get(query), `after the rebuild "${query}" answers otherwise`)
      recover.push(again.answeredMs + built)
      lines.push(`life ${n}: index ${how}, ${killed ? `killed ${at}` : 'rebuilt before the kill point'}; restart → search complete ${seconds(again.answeredMs + built)}, ${queries.length} queries answer as before`)
    } finally {
      await again.client.stop()
    }
    console.error(`  rebuild ${lines.at(-1)}`)
  }
  const temps = readdirSync(dir).filter((name) => name.endsWith('.tmp'))
  lines.push(`left behind: ${temps.length ? temps.join(', ') : 'no temp file'}`)
  return { name: 'kill during the search index rebuild', summary: `${lives} kills, every answer as before`, lines, recover }
}
