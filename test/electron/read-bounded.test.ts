// The size limit is kept by the read itself (electron/read-bounded.ts): a
// real file that grows after it was checked is refused once more than the
// limit arrives, never read whole; a FIFO (with or without a writer) and a
// device are refused at once, without blocking or reading forever. The
// CLI, the desktop's open paths and `suggest` read through it.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { appendFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readBounded } from '../../electron/read-bounded.ts'
import { openServices } from '../../electron/services.ts'
import { openPath, readAnnotationFile } from '../../electron/shell/open-path.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'

const tempDir = tempDirs('read-bounded')
const canFifo = spawnSync('mkfifo', ['--version']).status === 0

test('a file that grows between the check and the read: what arrives up to the limit is read, one byte more is refused', async () => {
  const dir = await tempDir()
  const file = join(dir, 'growing.txt')
  await writeFile(file, Buffer.alloc(1000, 'a'))
  // Grows within the limit after the check: all of it is read.
  const within = await readBounded(file, 100_000, () => appendFile(file, Buffer.alloc(50_000, 'b')))
  assert.ok(within.ok)
  assert.equal(within.bytes.length, 51_000)
  assert.equal(within.bytes.subarray(1000).toString(), 'b'.repeat(50_000))
  // Grows past it (several times the first buffer): refused, not read whole.
  await writeFile(file, Buffer.alloc(1000, 'a'))
  assert.deepEqual(await readBounded(file, 100_000, () => appendFile(file, Buffer.alloc(300_000, 'c'))), { ok: false, reason: 'grew' })
  // Exactly at the limit is taken; its size said up front past it is refused before reading.
  await writeFile(file, Buffer.alloc(100_000, 'd'))
  const full = await readBounded(file, 100_000)
  assert.ok(full.ok && full.bytes.length === 100_000)
  await appendFile(file, 'e')
  assert.deepEqual(await readBounded(file, 100_000), { ok: false, reason: 'too-large', size: 100_001 })
})

test('a device and a FIFO are not files: refused at once, whether or not anything writes to the FIFO', { skip: !canFifo && 'mkfifo is not on this machine' }, async () => {
  const dir = await tempDir()
  assert.deepEqual(await readBounded('/dev/zero', 1000), { ok: false, reason: 'not-a-file' })
  assert.deepEqual(await readBounded(dir, 1000), { ok: false, reason: 'not-a-file' })
  const fifo = join(dir, 'pipe.txt')
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0)
  // No writer: a blocking open would wait for one forever.
  assert.deepEqual(await readBounded(fifo, 1000), { ok: false, reason: 'not-a-file' })
  // A writer that would send without end: yes(1) into the FIFO.
  const writer = spawn('sh', ['-c', 'exec yes > "$0"', fifo], { stdio: 'ignore' })
  try {
    assert.deepEqual(await readBounded(fifo, 1000), { ok: false, reason: 'not-a-file' })
  } finally {
    writer.kill('SIGKILL')
  }
  // The desktop's open paths say so in words, and add nothing.
  const api = await openServices({ dataDir: join(dir, 'data'), resourcesDir: join(REPO_ROOT, 'resources') })
  const before = await api.listDocuments({})
  assert.deepEqual(await openPath(api, fifo), { ok: false, message: 'pipe.txt is not a file.' })
  assert.deepEqual(await openPath(api, '/dev/zero'), { ok: false, message: 'zero is not a file.' })
  assert.deepEqual(await readAnnotationFile(fifo), { ok: false, message: 'pipe.txt is not a file.' })
  assert.deepEqual(await api.listDocuments({}), before)
})
