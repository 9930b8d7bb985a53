// The server alone at scale (issue 18), this build against a baseline build
// in the same run, on the same generated library: how long `sourcemark
// serve` takes to print its address and to answer the first document, how
// long createAnnotation takes to answer on the 1 MB document with 10,000
// annotations, and the server's peak memory while that document is opened
// (getDocument, listAnnotations) and saved. Over HTTP, without a browser,
// so the page's work and painting add no noise.
//
//   node --import tsx bench/scale/server.ts --data-dir DIR [--baseline REV] [--rounds N] [--saves N]
//
// DIR is a generated library (bench/scale/generate.ts, or one kept by
// `npm run bench:scale -- --keep`), started once before so that its index
// exists. REV (default: the commit before the server-side scale work) is
// checked out with `git archive` into a temporary folder and built there,
// and runs on a copy of DIR (each build on a library only it has written). The two builds take turns, round after round, so the machine's
// load falls on both alike. Saves add annotations to the library: run it
// on a folder you do not need.

import { execFileSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { describe } from '../../shared/anchoring/describe.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import { seededRandom } from '../../test/helpers/seeded-random.ts'
import { BIG_ID } from './generate.ts'
import { percentile } from './report.ts'
import { startServer, type ServerClient } from './server-client.ts'

const ROOT = resolve(import.meta.dirname, '..', '..')
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    baseline: { type: 'string', default: '9f24295' },
    rounds: { type: 'string', default: '4' },
    saves: { type: 'string', default: '25' },
    // A pause between saves, as between a reader's key presses.
    pause: { type: 'string', default: '50' },
  },
})
if (!values['data-dir']) throw new Error('--data-dir DIR (a generated library) is required')
const dataDir = values['data-dir']
const rounds = Number(values.rounds)
const saves = Number(values.saves)
const pause = Number(values.pause)

interface Sample { printed: number[]; firstDocument: number[]; save: number[]; peakRss: number[]; bytesPerSave: number[] }
const emptySample = (): Sample => ({ printed: [], firstDocument: [], save: [], peakRss: [], bytesPerSave: [] })

// Every file of the library by name: its inode, size and modification time.
function filesOf(dir: string): Map<string, { ino: number; size: number; mtimeMs: number }> {
  const files = new Map<string, { ino: number; size: number; mtimeMs: number }>()
  for (const folder of ['documents', 'library', '.']) {
    for (const name of readdirSync(join(dir, folder))) {
      const s = statSync(join(dir, folder, name), { throwIfNoEntry: false })
      if (s?.isFile()) files.set(join(folder, name), { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs })
    }
  }
  return files
}

// Bytes written between two listings: a file with a new inode whole (a
// durable write renames a new file into place), one appended to by its
// growth. A backup hard link writes nothing.
function bytesWritten(before: ReturnType<typeof filesOf>, after: ReturnType<typeof filesOf>): number {
  let bytes = 0
  const inodes = new Set([...before.values()].map((f) => f.ino))
  for (const [name, file] of after) {
    const was = before.get(name)
    if (was?.ino === file.ino) bytes += file.mtimeMs !== was.mtimeMs ? Math.max(0, file.size - was.size) : 0
    else if (!inodes.has(file.ino)) bytes += file.size
  }
  return bytes
}

async function buildBaseline(rev: string): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'sourcemark-baseline-'))
  execFileSync('sh', ['-c', `git archive ${rev} | tar -x -C ${JSON.stringify(root)}`], { cwd: ROOT })
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'))
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' })
  return { root, remove: () => rm(root, { recursive: true, force: true }) }
}

async function peakRss(client: ServerClient): Promise<number> {
  const status = await readFile(`/proc/${client.server.pid}/status`, 'utf8')
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN) * 1024
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms))

// One session: start, the last document, the big one opened, saves timed.
async function session(root: string, dataDir: string, into: Sample, seed: number): Promise<void> {
  // The whole session's writes, from its start to after it quits.
  const before = filesOf(dataDir)
  const t0 = performance.now()
  const client = await startServer(dataDir, { root, stderr: 'ignore' })
  try {
    into.printed.push(client.printedMs)
    const { documentId } = await client.call<{ documentId: string | null }>('startupDocument', {})
    if (documentId) await client.call('getDocument', { documentId })
    into.firstDocument.push(performance.now() - t0)
    const document = await client.call<ArticleDocument>('getDocument', { documentId: BIG_ID })
    await client.call('listAnnotations', { documentId: BIG_ID })
    const text = canonicalText(document.blocks)
    const rand = seededRandom(seed)
    for (let i = 0; i < saves; i++) {
      const start = Math.floor(rand() * (text.length - 200))
      const target = describe(text, start, start + 20 + Math.floor(rand() * 100))
      const s0 = performance.now()
      await client.call('createAnnotation', { documentId: BIG_ID, kind: 'claim', target, sources: ['xinhua'] })
      into.save.push(performance.now() - s0)
      await delay(pause)
    }
    // Opened again, as after a reload: the largest answers once more.
    await client.call('listAnnotations', { documentId: BIG_ID })
    into.peakRss.push(await peakRss(client))
  } finally {
    await client.stop()
  }
  // After the stop: what a server writes later or when it quits counts too.
  into.bytesPerSave.push(bytesWritten(before, filesOf(dataDir)) / saves)
}

async function main(): Promise<void> {
  console.error(`building the baseline (${values.baseline})...`)
  const baseline = await buildBaseline(values.baseline)
  const baselineData = await mkdtemp(join(tmpdir(), 'sourcemark-baseline-data-'))
  execFileSync('cp', ['-a', `${dataDir}/.`, baselineData])
  const builds = [
    { name: `baseline (${values.baseline})`, root: baseline.root, dataDir: baselineData, sample: emptySample() },
    { name: 'this build', root: ROOT, dataDir, sample: emptySample() },
  ]
  try {
    // A first session each, untimed: both start from a library the other left.
    for (const build of builds) await session(build.root, build.dataDir, emptySample(), 0)
    for (let round = 0; round < rounds; round++) {
      for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
        await session(build.root, build.dataDir, build.sample, 1 + round)
        console.error(`round ${round + 1}, ${build.name}: saves p50 ${percentile(build.sample.save.slice(-saves), 50).toFixed(1)} ms`)
      }
    }
  } finally {
    await baseline.remove()
    await rm(baselineData, { recursive: true, force: true })
  }
  const [base, ours] = builds.map((b) => b.sample) as [Sample, Sample]
  const loadAvg = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
  console.log(`\nServer at scale: ${dataDir}, ${rounds} sessions each, ${saves} saves a session, load average ${loadAvg}\n`)
  console.log(`| figure | ${builds[0]!.name} | this build | ratio |`)
  console.log('|---|---|---|---|')
  const row = (name: string, a: number, b: number, unit: 'ms' | 'MB' | 'KB') => {
    const f = (x: number) => (unit === 'MB' ? `${(x / 1e6).toFixed(0)} MB` : unit === 'KB' ? `${(x / 1e3).toFixed(1)} KB` : `${x.toFixed(x < 100 ? 1 : 0)} ms`)
    console.log(`| ${name} | ${f(a)} | ${f(b)} | ${(b / a).toFixed(2)} |`)
  }
  const med = (xs: number[]) => percentile(xs, 50)
  row('start → address printed, median', med(base.printed), med(ours.printed), 'ms')
  row('start → first document answered, median', med(base.firstDocument), med(ours.firstDocument), 'ms')
  row('createAnnotation on the 1 MB document, p50', med(base.save), med(ours.save), 'ms')
  row('createAnnotation on the 1 MB document, p95', percentile(base.save, 95), percentile(ours.save, 95), 'ms')
  row('server peak RSS (largest session)', Math.max(...base.peakRss), Math.max(...ours.peakRss), 'MB')
  row('bytes written in a session ÷ its saves, median', med(base.bytesPerSave), med(ours.bytesPerSave), 'KB')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
