// One writer per data directory: sourcemark.lock with the owner's pid, a
// clear message for a second writer, stale locks (dead pid, garbage) taken
// over, and the lock gone after a normal exit.

import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { acquireLock, LOCK_FILE, LockError } from '../../electron/store/lock.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const cli = join(repoRoot, 'electron', 'cli.ts')
const lockModule = join(repoRoot, 'electron', 'store', 'lock.ts')

const tempDir = tempDirs('lock-test')

const lockPath = (dir: string) => join(dir, LOCK_FILE)
const ownerOf = async (dir: string) => (JSON.parse(await readFile(lockPath(dir), 'utf8')) as { pid: number }).pid

// The pid of a process that has exited.
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  const pid = Number(child.stdout)
  assert.ok(pid > 0)
  return pid
}

function expectedMessage(pid: number, dir: string): string {
  return `Another Sourcemark (pid ${pid}) is using ${dir}. Close it first, or choose another --data-dir.`
}

describe('acquireLock', () => {
  test('writes sourcemark.lock with our pid; a second writer is refused with a clear message; release frees it', async () => {
    const dir = await tempDir()
    const lock = await acquireLock(dir)
    assert.equal(await ownerOf(dir), process.pid)
    await assert.rejects(acquireLock(dir), (error: unknown) => {
      assert.ok(error instanceof LockError)
      assert.equal(error.message, expectedMessage(process.pid, dir))
      assert.equal(error.pid, process.pid)
      return true
    })
    await lock.release()
    assert.equal(existsSync(lockPath(dir)), false)
    const again = await acquireLock(dir)
    await again.release()
    await again.release() // twice is harmless
  })

  test('a lock held by another live process is respected and left as it is', async () => {
    const dir = await tempDir()
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' })
    try {
      const content = JSON.stringify({ pid: holder.pid, host: 'here', started: new Date().toISOString() })
      await writeFile(lockPath(dir), content)
      await assert.rejects(acquireLock(dir), { message: expectedMessage(holder.pid!, dir) })
      assert.equal(await readFile(lockPath(dir), 'utf8'), content)
    } finally {
      holder.kill('SIGKILL')
    }
  })

  test('a lock whose process is dead is taken over', async () => {
    const dir = await tempDir()
    await writeFile(lockPath(dir), JSON.stringify({ pid: deadPid() }))
    const lock = await acquireLock(dir)
    assert.equal(await ownerOf(dir), process.pid)
    await lock.release()
  })

  test('a garbage or empty lock file is taken over', async () => {
    for (const garbage of ['', 'not a pid', '{"pid":"x"}', '\u0000\u0000']) {
      const dir = await tempDir()
      await writeFile(lockPath(dir), garbage)
      const lock = await acquireLock(dir)
      assert.equal(await ownerOf(dir), process.pid)
      await lock.release()
    }
  })

  test('a lock naming our own pid that we do not hold (a reused pid) is stale', async () => {
    const dir = await tempDir()
    await writeFile(lockPath(dir), JSON.stringify({ pid: process.pid }))
    const lock = await acquireLock(dir)
    await lock.release()
  })

  test('a process that exits normally removes its lock; one killed with SIGKILL leaves a lock the next start takes over', async () => {
    const dir = await tempDir()
    const script = `const { acquireLock } = require(${JSON.stringify(lockModule)})
      acquireLock(${JSON.stringify(dir)}).then(() => {
        console.log('locked')
        if (process.argv[1] === 'hang') setTimeout(() => {}, 60_000)
      })`
    const run = (mode: string) => spawn(process.execPath, ['--import', 'tsx', '-e', script, mode], { stdio: ['ignore', 'pipe', 'inherit'] })
    const locked = (child: ReturnType<typeof run>) => new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => { if (chunk.toString().includes('locked')) resolve() })
      child.on('exit', (code) => reject(new Error(`child exited ${code} before locking`)))
    })
    const exited = (child: ReturnType<typeof run>) => new Promise((resolve) => child.on('exit', resolve))

    const normal = run('exit')
    await Promise.all([locked(normal).catch(() => {}), exited(normal)])
    assert.equal(existsSync(lockPath(dir)), false, 'the lock was left after a normal exit')

    const killed = run('hang')
    await locked(killed)
    assert.equal(await ownerOf(dir), killed.pid)
    killed.kill('SIGKILL')
    await exited(killed)
    assert.equal(await ownerOf(dir), killed.pid)
    const lock = await acquireLock(dir)
    assert.equal(await ownerOf(dir), process.pid)
    await lock.release()
  })
})

describe('sourcemark serve and the lock', () => {
  test('a second writer gets the message on stderr and exit code 1, touching nothing', async () => {
    const dir = await tempDir()
    const content = JSON.stringify({ pid: process.pid })
    await writeFile(lockPath(dir), content)
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'serve', '--data-dir', dir, '--no-open'], { encoding: 'utf8', timeout: 30_000 })
    assert.equal(result.status, 1, result.stderr)
    assert.equal(result.stderr.trim(), `sourcemark: ${expectedMessage(process.pid, dir)}`)
    assert.equal(await readFile(lockPath(dir), 'utf8'), content)
    assert.equal(existsSync(join(dir, 'library.json')), false)
  })

  test('serve prints what recovery did to stderr, holds the lock while running and removes it on SIGTERM', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'library.json'), '{"version":')
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--data-dir', dir, '--no-open', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] })
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
    try {
      assert.match(stderr, /^sourcemark: library\.json could not be read \(not valid JSON: .+\); it was moved to .+library\.corrupt-.+\.json; there was no backup; started with an empty library\.$/m)
      assert.equal(await ownerOf(dir), child.pid)
    } finally {
      child.kill('SIGTERM')
    }
    assert.equal(await exited, 0)
    assert.equal(existsSync(lockPath(dir)), false)
  })
})
