// SIGKILL (no handler runs) at the moments a person cannot choose: while
// `sourcemark serve` rebuilds the library index from 1,500 document files
// at its start, and while `sourcemark export --all --force` replaces an
// export. Real processes, real files. After each kill the next start is
// clean: every document listed once and opening, the old export or the
// new one whole in its place, and no temp file left for good.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, watch } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { indexFolder } from '../helpers/library-files.ts'
import { writeSmallDocuments } from '../helpers/many-documents.ts'
import { CLI, REPO_ROOT, runCli } from '../helpers/run-cli.ts'
import { serve } from '../helpers/serve-child.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('kill-rebuild-export')
const DOCUMENTS = 1_500

// A command started and killed once `ready()` holds (checked every few ms),
// or once it ended by itself: whichever comes first.
// watched: a folder whose changes are looked at as they happen (a temp
// file may live only milliseconds).
async function killWhen(args: string[], ready: () => boolean, watched?: string): Promise<{ killed: boolean }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: REPO_ROOT, stdio: 'ignore' })
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  let ended = false
  let killed = false
  const check = () => {
    if (!ended && !killed && ready()) killed = child.kill('SIGKILL')
  }
  const watcher = watched ? watch(watched, check) : undefined
  void exited.then(() => { ended = true })
  while (!ended && !killed) {
    check()
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await exited
  watcher?.close()
  return { killed }
}

test(`SIGKILL while the start rebuilds the library from ${DOCUMENTS} document files: the next start lists each once`, async () => {
  const dir = await tempDir()
  const data = join(dir, 'data')
  await writeSmallDocuments(data, DOCUMENTS)
  const expected = Array.from({ length: DOCUMENTS }, (_, i) => `doc-${String(i).padStart(5, '0')}`)
  // Killed as the index folder appears, and again once it holds files
  // (the rebuild's shards being written), the folder taken away between.
  const index = indexFolder(data)
  const lives: (() => boolean)[] = [
    () => existsSync(index),
    () => existsSync(index) && readdirCount(index) > 3,
    () => existsSync(index),
  ]
  let killedAny = false
  for (const [i, ready] of lives.entries()) {
    if (i === 2) await rm(index, { recursive: true, force: true })
    const { killed } = await killWhen(['serve', '--data-dir', data, '--no-open'], ready)
    killedAny ||= killed
  }
  assert.ok(killedAny, 'no start was killed during its rebuild (each ended first)')
  const server = await serve(data)
  try {
    const listed = (await server.call('listDocuments', {})).value as { id: string }[]
    const ids = listed.map((d) => d.id).filter((id) => id.startsWith('doc-')).sort()
    assert.equal(new Set(ids).size, ids.length, 'a document is listed twice')
    assert.deepEqual(ids, expected, 'a document file is missing from the library')
    for (let i = 0; i < DOCUMENTS; i += 97) {
      const opened = await server.call('getDocument', { documentId: expected[i] })
      assert.ok(opened.ok, `${expected[i]} is listed but does not open: ${opened.error?.message}`)
    }
    const notices = (await server.call('storageNotices', {})).value as { words?: string }[]
    assert.ok(!JSON.stringify(notices).match(/damaged|could not be read/), JSON.stringify(notices))
  } finally {
    server.child.kill('SIGKILL')
    await server.exited
  }
})

function readdirCount(folder: string): number {
  try {
    return readdirSync(folder).length
  } catch {
    return 0
  }
}

test('SIGKILL while export --force replaces a file: the old export or the new one is there whole, and the next export leaves no temp file', async () => {
  const dir = await tempDir()
  const data = join(dir, 'data')
  await writeSmallDocuments(data, 400)
  const file = join(dir, 'out', 'all.csv')
  await mkdir(join(dir, 'out'))
  const made = runCli(['export', '--all', '--format', 'csv', '-o', file, '--data-dir', data])
  assert.equal(made.code, 0, made.err)
  const whole = await readFile(file, 'utf8')
  const precious = 'an export made last week\n'
  const temps = () => readdirSync(join(dir, 'out')).filter((name) => name.endsWith('.tmp'))
  // The temp file lives a few milliseconds: on a loaded machine the export
  // may be done before the kill lands, so it is tried again (each time the
  // file in place must be the old export or the new one, whole) until one
  // is killed while its temp file is there.
  let killedAny = false
  for (let attempt = 0; attempt < 12 && !killedAny; attempt++) {
    await writeFile(file, precious)
    const { killed } = await killWhen(['export', '--all', '--format', 'csv', '-o', file, '--force', '--data-dir', data], () => temps().length > 0, join(dir, 'out'))
    const after = await readFile(file, 'utf8')
    assert.ok(after === precious || after === whole, `the export in place is neither the old one nor the new one whole (${after.length} characters)`)
    if (!killed) assert.equal(after, whole, 'an export that ended by itself left the old export in place')
    killedAny = killed
  }
  assert.ok(killedAny, 'no export was killed while its temp file was there (each of 12 ended first)')
  const again = runCli(['export', '--all', '--format', 'csv', '-o', file, '--force', '--data-dir', data])
  assert.equal(again.code, 0, again.err)
  assert.equal(await readFile(file, 'utf8'), whole)
  assert.deepEqual(await readdir(join(dir, 'out')), ['all.csv'], 'a temp file of the killed export is left beside it')
})
