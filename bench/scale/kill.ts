// Durability at scale (issue 18): the real server (the built app, as the
// scale suite runs it) killed with SIGKILL on the scale suite's library of
// 10,000 documents and about 1,000,000 annotations, at moments chosen from
// a seed, and started again:
//   (a) burst: in the middle of a burst of adds through the API, to the
//       1 MB document with 10,000 annotations and to others (kill-burst.ts);
//   (b) rebuild: while the search index is built again after it was
//       deleted or damaged (kill-rebuild.ts);
//   (c) import: in the middle of an import of many files (kill-import.ts).
// Prints each case's lives, checks and the time to recover; exits non-zero
// on any loss or damage found.
//
//   npm run bench:scale:kill -- [--documents 10000] [--seed S] [--lives 4] [--cases burst,rebuild,import]
//     [--library DIR] [--keep]
//
// DIR (default: the system's temp folder) keeps the generated library
// after its first start; later runs reuse it. Each run works on a copy.
// Needs `npm run build` first (npm run bench:scale:kill does it).

import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { seededRandom } from '../../test/helpers/seeded-random.ts'
import { cachedLibrary, workingCopy } from './kill-library.ts'
import { burstCase } from './kill-burst.ts'
import { rebuildCase } from './kill-rebuild.ts'
import { importCase } from './kill-import.ts'
import { seconds, type CaseResult, type KillRun } from './kill-report.ts'

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261201' },
    lives: { type: 'string', default: '4' },
    cases: { type: 'string', default: 'burst,rebuild,import' },
    library: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
})
const documents = Number(values.documents)
const seed = Number(values.seed)
const lives = Number(values.lives)
const cases = new Set(values.cases.split(','))

const load = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')

async function main(): Promise<void> {
  const started = new Date()
  console.log(`Kill benchmark: ${documents} documents, seed ${seed}, ${lives} lives a case; ${started.toISOString().slice(0, 16)} UTC, load ${await load()}`)
  const library = values.library ?? join(tmpdir(), `sourcemark-scale-kill-${documents}`)
  await cachedLibrary(library, documents)
  const dir = `${library}-run`
  const c0 = performance.now()
  const firstStart = await workingCopy(library, dir)
  console.error(`  copied to ${dir} and started once in ${seconds(performance.now() - c0)} (the start: ${seconds(firstStart)})`)
  const run: KillRun = { dir, documents, listedCount: documents, rand: seededRandom(seed) }
  const results: (CaseResult & { ok: boolean; ms: number })[] = []
  let words: string[] = []
  const attempt = async (name: string, body: () => Promise<CaseResult>) => {
    if (!cases.has(name)) return
    const t0 = performance.now()
    try {
      results.push({ ...await body(), ok: true, ms: performance.now() - t0 })
    } catch (error) {
      console.error(error)
      results.push({ name, summary: `FAILED: ${(error as Error).message}`, lines: [], recover: [], ok: false, ms: performance.now() - t0 })
    }
  }
  try {
    await attempt('burst', async () => {
      const result = await burstCase(run, lives)
      words = result.acked.map((a) => a.word)
      return result
    })
    await attempt('rebuild', () => rebuildCase(run, lives, words))
    await attempt('import', () => importCase(run, Math.max(2, Math.ceil(lives / 2))))
  } finally {
    if (values.keep) console.error(`  kept ${dir}`)
    else await rm(dir, { recursive: true, force: true })
  }
  console.log('')
  console.log('| case | result | restart → answering, per life | case time |')
  console.log('|---|---|---|---|')
  for (const r of results) console.log(`| ${r.name} | ${r.ok ? 'held' : '**FAILED**'}: ${r.summary} | ${r.recover.map(seconds).join(' / ') || '–'} | ${seconds(r.ms)} |`)
  console.log('')
  for (const r of results) for (const line of r.lines) console.log(`- ${r.name}, ${line}`)
  console.log(`\nfinished ${new Date().toISOString().slice(11, 16)} UTC, load ${await load()}`)
  if (results.some((r) => !r.ok)) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
