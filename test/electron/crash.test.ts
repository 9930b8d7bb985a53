// The crash test: a host process saves annotations on several documents as
// fast as it can and is killed with SIGKILL at random moments, over and
// over (several data directories in parallel, at least 200 kills in all).
// After every kill each file of the data directory must parse and pass its
// schema and hold every annotation acknowledged so far; after every restart
// the host itself finds them all through the API, without any recovery
// having been needed. The workload is fixed by a seed (the same every run;
// CRASH_SEED sets another): which documents, which ranges and notes, and
// when each kill comes. Nothing here depends on the machine's speed: a
// loaded machine saves fewer annotations between kills, and every one it
// acknowledged must still be there.

import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { checkDataDir } from '../helpers/data-dir-check.ts'
import { bundleHost } from './fixtures/bundle.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const resourcesDir = join(repoRoot, 'resources')
const hostSource = join(repoRoot, 'test', 'electron', 'fixtures', 'crash-host.ts')

const LANES = 4
const KILLS_PER_LANE = 55
const DOCUMENTS = 3
const seed = Number(process.env.CRASH_SEED ?? 20251105)
// The last life of each lane runs until this many more are acknowledged, so
// every lane ends by proving saves that happened, however slow the machine.
const FINAL_ACKS = 20

let work: string
let host: string
// When one lane fails the others stop, and no host outlives the test.
let stopped = false
const running = new Set<ReturnType<typeof spawn>>()
let lanesDone: Promise<unknown> = Promise.resolve()
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourcemark-crash-'))
  host = await bundleHost(hostSource, work)
})
after(async () => {
  stopped = true
  for (const child of running) child.kill('SIGKILL')
  await lanesDone
  await rm(work, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Run { acked: { documentId: string; id: string }[]; verified: number; problems: string[]; ready: boolean }

// One life of the host: start, wait (until ready, or not), kill, collect.
async function live(dataDir: string, expectedFile: string, lifeSeed: number, killAfter: (ready: boolean) => number | null, untilAcks = 0): Promise<Run> {
  const child = spawn(process.execPath, [host, dataDir, resourcesDir, expectedFile, String(DOCUMENTS), String(lifeSeed)], { stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  child.on('close', () => running.delete(child))
  const run: Run = { acked: [], verified: -1, problems: [], ready: false }
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()))
  let onReady = () => {}
  const ready = new Promise<void>((resolve) => { onReady = resolve })
  let onAcks = () => {}
  const acks = new Promise<void>((resolve) => { onAcks = resolve })
  createInterface({ input: child.stdout }).on('line', (line) => {
    let m
    if ((m = /^ack (\S+) (\S+)$/.exec(line))) {
      run.acked.push({ documentId: m[1]!, id: m[2]! })
      if (run.acked.length >= untilAcks) onAcks()
    }
    else if ((m = /^verified (\d+)$/.exec(line))) run.verified = Number(m[1])
    else if (line === 'ready') { run.ready = true; onReady() }
    else run.problems.push(line)
  })
  const early = killAfter(false)
  if (early !== null) {
    await sleep(early)
  } else {
    let timer: NodeJS.Timeout | undefined
    await Promise.race([ready, closed, new Promise((resolve) => { timer = setTimeout(resolve, 15_000) })])
    clearTimeout(timer)
    assert.ok(run.ready, `the host did not get ready: ${stderr}`)
    if (untilAcks > 0) await Promise.race([acks, closed])
    await sleep(killAfter(true)!)
  }
  child.kill('SIGKILL')
  await closed
  assert.equal(child.signalCode, 'SIGKILL', `the host exited by itself (${child.exitCode}): ${stderr}`)
  return run
}

async function lane(index: number): Promise<{ kills: number; acked: number; early: number }> {
  const rand = seededRandom(seed + index)
  const dir = join(work, `lane-${index}`)
  const dataDir = join(dir, 'data')
  await mkdir(dir)
  const expectedFile = join(dir, 'expected.json')
  const expected = new Map<string, Set<string>>()
  let acked = 0
  let early = 0
  for (let kill = 1; kill <= KILLS_PER_LANE; kill++) {
    if (stopped) throw new Error('stopped: another lane failed')
    const total = [...expected.values()].reduce((n, ids) => n + ids.size, 0)
    // One kill in eight lands while the host is still starting (taking the
    // stale lock, reading and checking files, adding documents).
    const run = await live(dataDir, expectedFile, seed + index * 1000 + kill, (ready) => {
      if (!ready) return rand() < 0.125 ? Math.floor(rand() * 80) : null
      return 5 + Math.floor(rand() * 55)
    })
    if (!run.ready) early++
    assert.deepEqual(run.problems, [], `lane ${index}, life ${kill}: the host reported problems`)
    if (run.ready) assert.equal(run.verified, total, `lane ${index}, life ${kill}: the host found ${run.verified} of ${total} acknowledged annotations`)
    for (const { documentId, id } of run.acked) {
      let ids = expected.get(documentId)
      if (!ids) expected.set(documentId, ids = new Set())
      ids.add(id)
    }
    acked += run.acked.length
    await checkDataDir(dataDir, expected)
    await writeFile(expectedFile, JSON.stringify(Object.fromEntries([...expected].map(([doc, ids]) => [doc, [...ids]]))))
  }
  // A last life that is not killed early proves the final state through the API.
  const last = await live(dataDir, expectedFile, seed + index * 1000, (ready) => (ready ? 0 : null), FINAL_ACKS)
  assert.deepEqual(last.problems, [])
  assert.equal(last.verified, acked)
  assert.ok(last.acked.length >= FINAL_ACKS, `lane ${index}: the last life saved ${last.acked.length} annotations before it ended: ${JSON.stringify(last.acked)}`)
  for (const { documentId, id } of last.acked) {
    let ids = expected.get(documentId)
    if (!ids) expected.set(documentId, ids = new Set())
    ids.add(id)
  }
  await checkDataDir(dataDir, expected)
  return { kills: KILLS_PER_LANE + 1, acked: acked + last.acked.length, early }
}

test(`crash test: SIGKILL at random moments, ${LANES * KILLS_PER_LANE}+ kills, nothing acknowledged is lost (seed ${seed})`, async () => {
  const started = Date.now()
  const all = Array.from({ length: LANES }, (_, i) => lane(i).catch((error: unknown) => {
    stopped = true
    for (const child of running) child.kill('SIGKILL')
    throw error
  }))
  lanesDone = Promise.allSettled(all)
  const lanes = await Promise.all(all)
  const kills = lanes.reduce((n, l) => n + l.kills, 0)
  const acked = lanes.reduce((n, l) => n + l.acked, 0)
  const early = lanes.reduce((n, l) => n + l.early, 0)
  assert.ok(kills >= 200)
  console.log(`crash test: survived ${kills} kills (${early} during start-up), ${acked} acknowledged annotations all present; ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${seed}`)
})
