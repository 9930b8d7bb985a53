// The server's part of search as you type, on the scale suite's library
// (scale/generate.ts: one 1 MB document with 10,000 annotations among ordinary
// articles): the services opened on a data folder as the app opens them,
// the index built, then the suite's queries typed a letter at a time
// through api.search, several rounds. Prints the wall and CPU time per
// answer (p50, p95, max), of the first round alone and of all, and the
// process's peak RSS, as one JSON line, so that two trees (before and after
// a change) can be run in turn on copies of the same folder and compared.
//
//   node --import tsx bench/search-server.ts [--dir DIR | --documents N] [--rounds 5] [--warm]
//
// Without --dir a library of N documents is generated into a temporary
// folder, which is kept (its path printed) for the next runs.

import { mkdtemp, stat, writeFile } from 'node:fs/promises'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { openServices } from '../electron/services.ts'
import { SEARCH_INDEX_FILE } from '../electron/search/indexer.ts'
import { generateLibrary } from './scale/generate.ts'
import { QUERIES } from './scale/measure.ts'

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    documents: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '5' },
    label: { type: 'string', default: '' },
    verbose: { type: 'boolean', default: false },
    // Waits for the index's cache file once built (the first start on a folder).
    warm: { type: 'boolean', default: false },
    // Writes a CPU profile of the typing alone (not the start) to this file.
    profile: { type: 'string' },
  },
})

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!
const round = (x: number) => Math.round(x * 10) / 10

async function main(): Promise<void> {
  let dir = values.dir
  if (!dir) {
    dir = await mkdtemp(join(tmpdir(), `sourcemark-search-${values.documents}-`))
    await generateLibrary(dir, { documents: Number(values.documents) })
    console.error(`generated ${values.documents} documents in ${dir} (kept)`)
  }
  const started = Date.now() - 1000
  const api = await openServices({ dataDir: dir, resourcesDir: join(__dirname, '..', 'resources') })
  while ((await api.search({ query: 'the' })).indexing) await new Promise((resolve) => setTimeout(resolve, 200))
  // A first start builds the index (or a start after a change of its format):
  // wait for its cache to be written, as the next start will read it.
  if (values.warm) {
    const written = async () => ((await stat(join(dir, SEARCH_INDEX_FILE)).catch(() => null))?.mtimeMs ?? 0) >= started
    while (!(await written())) await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const prefixes = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1))).filter((q) => q.trim())
  const session = values.profile ? new Session() : null
  if (session) {
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.start')
  }
  const wall: number[] = []
  const cpu: number[] = []
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const query of prefixes) {
      const t = performance.now()
      const c = process.cpuUsage()
      await api.search({ query })
      const used = process.cpuUsage(c)
      wall.push(performance.now() - t)
      cpu.push((used.user + used.system) / 1000)
      if (values.verbose) console.error(`${JSON.stringify(query)}: ${round(wall.at(-1)!)} ms, CPU ${round(cpu.at(-1)!)} ms`)
    }
  }
  if (session && values.profile) {
    const { profile } = await session.post('Profiler.stop')
    await writeFile(values.profile, JSON.stringify(profile))
  }
  // The first round alone: every prefix's documents met for the first time
  // (as when a query is typed once after a start), then all rounds.
  const first = prefixes.length
  const figures = (xs: number[]) => ({ p50: round(percentile(xs, 0.5)), p95: round(percentile(xs, 0.95)), max: round(Math.max(...xs)) })
  console.log(JSON.stringify({
    label: values.label, dir, answers: wall.length,
    wall: figures(wall), cpu: figures(cpu),
    firstRound: { wall: figures(wall.slice(0, first)), cpu: figures(cpu.slice(0, first)) },
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }))
  process.exit(0)
}

void main()
