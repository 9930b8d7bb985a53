// One writer per data directory: sourcemark.lock with the owner's identity,
// a clear message for a second writer, stale locks (dead pid, a pid reused by
// another program, old garbage) taken over and nothing else, exactly one
// winner among takers racing over a stale lock, and the lock gone after a
// normal exit.

import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { acquireLock, LOCK_FILE, LockError } from '../../electron/store/lock.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { bundleHost } from './fixtures/bundle.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const cli = join(repoRoot, 'electron', 'cli.ts')
const lockModule = join(repoRoot, 'electron', 'store', 'lock.ts')

const tempDir = tempDirs('lock-test')

let hostDir: string
let lockHost: string
before(async () => {
  hostDir = await mkdtemp(join(tmpdir(), 'sourcemark-lock-host-'))
  lockHost = await bundleHost(join(repoRoot, 'test', 'electron', 'fixtures', 'lock-host.ts'), hostDir)
})
after(() => rm(hostDir, { recursive: true, force: true }))

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

  test('a lock held by another live Sourcemark is respected and left as it is', async () => {
    const dir = await tempDir()
    const holder = startLockHost(dir)
    try {
      await holder.line('ready')
      holder.go()
      assert.equal(await holder.next(), 'won')
      const content = await readFile(lockPath(dir), 'utf8')
      await assert.rejects(acquireLock(dir), { message: expectedMessage(holder.child.pid!, dir) })
      assert.equal(await readFile(lockPath(dir), 'utf8'), content)
    } finally {
      holder.child.kill('SIGKILL')
    }
  })

  test('a lock from another computer is not taken over (the folder may be shared), and the message says so', async () => {
    const dir = await tempDir()
    const content = JSON.stringify({ app: 'sourcemark', pid: process.pid, host: 'other-laptop' })
    await writeFile(lockPath(dir), content)
    await assert.rejects(acquireLock(dir), {
      message: `Another Sourcemark (pid ${process.pid} on the computer other-laptop) is using ${dir}, or was when that computer stopped. A lock from another computer is never taken over, since the folder may be shared; if Sourcemark is not running there, delete the file sourcemark.lock in that folder.`,
    })
    assert.equal(await readFile(lockPath(dir), 'utf8'), content)
  })

  test('a lock naming pid 1, or a live process that is not Sourcemark, is taken over', async () => {
    const ownStart = (await readFile('/proc/self/stat', 'utf8').catch(() => null))?.split(') ')[1]?.split(' ')[19]
    // pid 1 is running, but it is not the process that took this lock: it
    // started at another time (we record our own start, which is later).
    const pid1 = await tempDir()
    await writeFile(lockPath(pid1), JSON.stringify({ app: 'sourcemark', pid: 1, host: hostname(), ...(ownStart ? { startTime: ownStart } : {}) }))
    const one = await acquireLock(pid1)
    assert.equal(await ownerOf(pid1), process.pid)
    await one.release()

    // A lock of an older version (pid and host only) naming a live `sleep`.
    const sleeper = spawn('sleep', ['60'], { stdio: 'ignore' })
    try {
      const dir = await tempDir()
      await writeFile(lockPath(dir), JSON.stringify({ pid: sleeper.pid, host: hostname() }))
      const lock = await acquireLock(dir)
      assert.equal(await ownerOf(dir), process.pid)
      await lock.release()
    } finally {
      sleeper.kill('SIGKILL')
    }
  })

  test('a lock whose process is dead is taken over', async () => {
    const dir = await tempDir()
    await writeFile(lockPath(dir), JSON.stringify({ pid: deadPid() }))
    const lock = await acquireLock(dir)
    assert.equal(await ownerOf(dir), process.pid)
    await lock.release()
  })

  test('an old garbage or empty lock file is taken over', async () => {
    for (const garbage of ['', 'not a pid', '{"pid":"x"}', '\u0000\u0000']) {
      const dir = await tempDir()
      await writeFile(lockPath(dir), garbage)
      const aMinuteAgo = new Date(Date.now() - 60_000)
      await utimes(lockPath(dir), aMinuteAgo, aMinuteAgo)
      const lock = await acquireLock(dir)
      assert.equal(await ownerOf(dir), process.pid)
      await lock.release()
    }
  })

  test('an empty lock file written just now is not removed: someone may be writing it', async () => {
    const dir = await tempDir()
    await writeFile(lockPath(dir), '')
    await assert.rejects(acquireLock(dir), (error: unknown) => {
      assert.ok(error instanceof LockError)
      assert.match(error.message, /^Another Sourcemark may be starting in the data folder .+: it was claimed just now, by a Sourcemark that has not yet said which it is\. Try again in a moment; if none is running, delete the file sourcemark\.lock in that folder\.$/)
      return true
    })
    assert.equal(await readFile(lockPath(dir), 'utf8'), '')
    assert.deepEqual((await readdir(dir)).sort(), [LOCK_FILE])
  })

  test('takers racing over one stale lock: exactly one wins, every time (30 rounds of 6 processes)', async () => {
    const dir = await tempDir()
    for (let round = 1; round <= 30; round++) {
      await writeFile(lockPath(dir), JSON.stringify({ pid: deadPid(), host: hostname() }))
      const hosts = Array.from({ length: 6 }, () => startLockHost(dir))
      try {
        await Promise.all(hosts.map((h) => h.line('ready')))
        for (const h of hosts) h.go()
        const results = await Promise.all(hosts.map((h) => h.next()))
        const winners = hosts.filter((_, i) => results[i] === 'won')
        assert.equal(winners.length, 1, `round ${round}: ${results.join(' | ')}`)
        for (const result of results) if (result !== 'won') assert.match(result, /^refused Another Sourcemark \(pid \d+\) is using/)
        assert.equal(await ownerOf(dir), winners[0]!.child.pid)
        assert.deepEqual((await readdir(dir)).sort(), [LOCK_FILE], 'a temp or break file was left')
      } finally {
        await Promise.all(hosts.map((h) => h.stop()))
      }
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
      child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('locked')) resolve() })
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

// A lock-host process (fixtures/lock-host.ts) and its lines.
function startLockHost(dir: string) {
  const child = spawn(process.execPath, [lockHost, dir], { stdio: ['pipe', 'pipe', 'inherit'] })
  const lines: string[] = []
  const waiting: ((line: string) => void)[] = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiting.shift()
    if (waiter) waiter(line)
    else lines.push(line)
  })
  const exited = new Promise((resolve) => child.on('exit', resolve))
  const next = () => lines.length ? Promise.resolve(lines.shift()!) : new Promise<string>((resolve) => waiting.push(resolve))
  return {
    child,
    next,
    line: async (expected: string) => assert.equal(await next(), expected),
    go: () => child.stdin.write('go\n'),
    stop: async () => {
      child.stdin.end()
      await exited
    },
  }
}

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
      assert.equal(await ownerOf(dir), child.pid)
    } finally {
      child.kill('SIGTERM')
    }
    assert.equal(await exited, 0)
    // The library opens while the address is printed: its notice may follow it.
    assert.match(stderr, /^sourcemark: library\.json could not be read \(not valid JSON: .+\); it was moved to .+library\.corrupt-.+\.json; there was no backup; started with an empty library\.$/m)
    assert.equal(existsSync(lockPath(dir)), false)
  })
})
