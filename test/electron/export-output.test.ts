// An export written to a file with -o: a write that fails half way (the
// kernel's file size limit, `ulimit -f`, for real) leaves the file that was
// there with --force, and no cut-off export or temp file; a folder that
// does not exist is said in words, not as ENOENT.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openServices } from '../../electron/services.ts'
import { REPO_ROOT, runCli } from '../helpers/run-cli.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('export-output')

test('--force over a file, with the disk refusing the export half way: the old file is kept whole, no temp file is left', async () => {
  const dir = await tempDir()
  const data = join(dir, 'data')
  await openServices({ dataDir: data, resourcesDir: join(REPO_ROOT, 'resources') })
  const out = join(dir, 'out')
  await mkdir(out)
  const file = join(out, 'notes.html')
  const precious = 'an export made last week\n'
  await writeFile(file, precious)
  // 8 KiB: more than the library's own small writes, less than the HTML export of the sample.
  const run = runCli(['export', 'xi', '--format', 'html', '-o', file, '--force', '--data-dir', data], ['bash', '-c', 'ulimit -f 8 && exec "$0" "$@"'])
  assert.equal(run.code, 1, run.err)
  assert.match(run.err, /cannot write .+notes\.html: the file would be larger than this system allows; nothing was written/)
  assert.equal(await readFile(file, 'utf8'), precious)
  assert.deepEqual(await readdir(out), ['notes.html'])
})

test('-o into a folder that does not exist says so in words', async () => {
  const dir = await tempDir()
  const file = join(dir, 'no such folder', 'ü notes.md')
  const run = runCli(['export', 'xi', '--format', 'md', '-o', file, '--data-dir', join(dir, 'data')])
  assert.equal(run.code, 1, run.err)
  assert.equal(run.err.trim().split('\n').at(-1), `sourcemark: cannot write ${file}: the folder ${join(dir, 'no such folder')} does not exist`)
})
