// Kills in the middle of a journal append and of a compaction, on real
// files: a host process (fixtures/journal-host.ts) saves annotations to a
// document of about 0.3 MB with 1,500 annotations as fast as it can and is
// killed with SIGKILL at a random moment after its first save, over and
// over. In "append" mode saves append to the journal; in "compact" mode
// every third save or so writes the document file whole and retires the
// journal, so many kills land inside a compaction. After every kill the files on disk
// hold every acknowledged annotation, and the next life finds them all
// with no recovery needed (no notice). The moments follow from a seed.

import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { bundleHost } from './fixtures/bundle.ts'
import { BIG_DOCUMENT_ID, generateBigDocument, writeBigDocument } from '../helpers/big-document.ts'
import { checkDataDir } from '../helpers/data-dir-check.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

const hostSource = fileURLToPath(new URL('./fixtures/journal-host.ts', import.meta.url))
const LIVES = 16
const seed = Number(process.env.CRASH_SEED ?? 20251130)

let work: string
let host: string
const running = new Set<ReturnType<typeof spawn>>()
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourcemark-journal-kill-'))
  host = await bundleHost(hostSource, work)
})
after(async () => {
  for (const child of running) child.kill('SIGKILL')
  await rm(work, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

// One life: start, wait for its first save, wait a random moment, kill.
async function life(dataDir: string, expectedFile: string, mode: string, lifeSeed: number, delay: number): Promise<{ acked: string[]; verified: number; problems: string[] }> {
  const child = spawn(process.execPath, [host, dataDir, BIG_DOCUMENT_ID, expectedFile, mode, String(lifeSeed)], { stdio: ['ignore', 'pipe', 'pipe'] })
  running.add(child)
  const closed = new Promise<void>((resolve) => child.on('close', () => { running.delete(child); resolve() }))
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const out = { acked: [] as string[], verified: -1, problems: [] as string[] }
  let onFirst = () => {}
  const first = new Promise<void>((resolve) => { onFirst = resolve })
  createInterface({ input: child.stdout }).on('line', (line) => {
    let m
    if ((m = /^ack (\S+)$/.exec(line))) {
      out.acked.push(m[1]!)
      onFirst()
    } else if ((m = /^verified (\d+)$/.exec(line))) out.verified = Number(m[1])
    else if (line !== 'ready') out.problems.push(line)
  })
  await Promise.race([first, closed])
  assert.ok(out.acked.length > 0, `the host saved nothing: ${stderr} ${out.problems.join(' | ')}`)
  await sleep(delay)
  child.kill('SIGKILL')
  await closed
  assert.equal(child.signalCode, 'SIGKILL', `the host exited by itself: ${stderr}`)
  return out
}

for (const mode of ['append', 'compact']) {
  test(`SIGKILL during ${mode === 'append' ? 'journal appends' : 'compactions'}, ${LIVES} times: nothing acknowledged is lost (seed ${seed})`, async () => {
    const dataDir = join(work, mode)
    await writeBigDocument(dataDir, generateBigDocument({ size: 300_000, annotations: 1_500 }))
    const expectedFile = join(work, `${mode}-expected.json`)
    const expected: string[] = []
    const rand = seededRandom(seed + (mode === 'append' ? 1 : 2))
    for (let n = 1; n <= LIVES; n++) {
      const run = await life(dataDir, expectedFile, mode, seed * 100 + n, Math.floor(rand() * 80))
      assert.deepEqual(run.problems, [], `life ${n}: the host reported problems`)
      assert.equal(run.verified, expected.length, `life ${n}: the host found ${run.verified} of ${expected.length} acknowledged annotations`)
      expected.push(...run.acked)
      await checkDataDir(dataDir, new Map([[BIG_DOCUMENT_ID, new Set(expected)]]))
      await writeFile(expectedFile, JSON.stringify(expected))
    }
    console.log(`# ${mode}: ${LIVES} kills, ${expected.length} acknowledged annotations all present`)
  })
}
