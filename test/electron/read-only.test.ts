// A data folder that cannot be written (a mounted backup, a CD, a folder
// shared read-only): list and export work and never try to create the lock;
// serve opens it read-only and says so; import is refused in words. No
// mocks: the folder really cannot be written by the CLI's user (as root,
// which ignores permissions, the CLI runs as the user nobody).

import { after, before, test } from 'node:test'
import { runCli } from '../helpers/run-cli.ts'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openServices } from '../../electron/services.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const resourcesDir = join(ROOT, 'resources')
const cli = join(ROOT, 'electron', 'cli.ts')
const asRoot = process.getuid?.() === 0
// Root ignores permissions: run the CLI as nobody instead.
const prefix = asRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : []
const canDrop = !asRoot || spawnSync('setpriv', [...prefix.slice(1), process.execPath, '-e', 'process.exit(process.getuid() === 0 ? 1 : 0)']).status === 0

let work: string
let dir: string
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourcemark-read-only-'))
  dir = join(work, 'data')
  await openServices({ dataDir: dir, resourcesDir })
  await writeFile(join(work, 'note.txt'), 'A title\n\nSome text.\n')
  // Readable by all, writable by nobody but root.
  await chmod(work, 0o755)
  await chmod(join(work, 'note.txt'), 0o644)
  await chmod(join(dir, 'documents'), 0o555)
  await chmod(dir, 0o555)
})
after(async () => {
  await chmod(dir, 0o755).catch(() => {})
  await chmod(join(dir, 'documents'), 0o755).catch(() => {})
  await rm(work, { recursive: true, force: true })
})

const sourcemark = (...args: string[]) => runCli(args, prefix)

async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = relative(dir, join(entry.parentPath, entry.name))
    files.set(path, entry.isFile() ? await readFile(join(dir, path), 'utf8') : '(folder)')
  }
  return files
}

const notice = () => `sourcemark: Sourcemark opened ${dir} read-only, because this user may not write to it: nothing will be saved there.`

test('list and export work on a folder that cannot be written, say so in one line, and create nothing (no lock)', { skip: !canDrop && 'setpriv cannot run node as nobody here' }, async () => {
  const before = await snapshot()
  const listed = sourcemark('list', '--data-dir', dir)
  assert.equal(listed.code, 0, listed.err)
  assert.match(listed.out, new RegExp(`^${SAMPLE_ID}\\s+0\\s+Xi Jinping`, 'm'))
  assert.equal(listed.err, `${notice()}\n`)
  const md = sourcemark('export', 'xi', '--format', 'md', '--data-dir', dir)
  assert.equal(md.code, 0, md.err)
  assert.match(md.out, /^---\n/)
  const all = sourcemark('export', '--all', '--format', 'csv', '--data-dir', dir)
  assert.equal(all.code, 0, all.err)
  assert.deepEqual(await snapshot(), before)
})

test('import into a folder that cannot be written is refused in words', { skip: !canDrop && 'setpriv cannot run node as nobody here' }, async () => {
  const before = await snapshot()
  const imported = sourcemark('import', join(work, 'note.txt'), '--data-dir', dir)
  assert.equal(imported.code, 1)
  assert.equal(imported.err, `sourcemark: nothing can be changed in ${dir}, because this user may not write to it.\n`)
  assert.deepEqual(await snapshot(), before)
})

test('serve on a folder that cannot be written opens it read-only and says so', { skip: !canDrop && 'setpriv cannot run node as nobody here' }, async () => {
  const before = await snapshot()
  const [command, ...rest] = [...prefix, process.execPath, '--import', 'tsx', cli, 'serve', '--no-open', '--port', '0', '--data-dir', dir]
  const child = spawn(command, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (stdout.includes('Sourcemark running at')) resolve()
    })
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${stderr}`)))
  })
  child.kill('SIGTERM')
  assert.equal(await exited, 0, `${child.signalCode} ${stderr}`)
  assert.equal(stderr, `${notice()}\n`)
  assert.deepEqual(await snapshot(), before)
})

test('the UI is told too: a read-only store lists the notice and refuses saves with the reason', async () => {
  const api = await openServices({ dataDir: dir, resourcesDir, readOnly: true, readOnlyBecause: 'it is on a read-only disk' })
  assert.deepEqual(await api.storageNotices({}), [`Sourcemark opened ${dir} read-only, because it is on a read-only disk: nothing will be saved there.`])
  await assert.rejects(api.addSource({ name: 'Reuters' }), /read-only, because it is on a read-only disk/)
})
