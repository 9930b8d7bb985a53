// Saves that fail for real, with no mocks: a host process under `ulimit -f`
// (the kernel refuses to let a file grow past the limit: EFBIG), a data
// directory that is not writable (the host runs as the user nobody, since
// root ignores permissions), and a folder removed under a running store.
// Each time: the user gets a clear error, the file on disk is whole and
// parses, the in-memory state is what was saved before, and the next save
// that can succeed persists everything.

import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { ApiError, type Api } from '../../shared/api/contract.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { openServices } from '../../electron/services.ts'
import type { LibraryFile } from '../../electron/store/files.ts'
import { readDocumentOnDisk } from '../helpers/document-files.ts'
import { bundleHost } from './fixtures/bundle.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { assertNoInternalNames } from '../helpers/internal-names.ts'
import { runCli } from '../helpers/run-cli.ts'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const resourcesDir = join(repoRoot, 'resources')
const hostSource = join(repoRoot, 'test', 'electron', 'fixtures', 'store-host.ts')

let work: string
let host: string
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'sourcemark-write-failure-'))
  host = await bundleHost(hostSource, work)
})
after(async () => {
  await rm(work, { recursive: true, force: true })
})

async function dataDir(name: string): Promise<string> {
  const dir = join(work, name)
  await mkdir(dir)
  return dir
}

type Answer = { ok: true; value: unknown } | { ok: false; error: { code?: string; message: string } }

// Drives test/electron/fixtures/store-host.ts, one command at a time.
class Host {
  readonly child: ChildProcessWithoutNullStreams
  #answers: Answer[] = []
  #waiting: ((answer: Answer) => void)[] = []
  stderr = ''

  constructor(command: string, args: string[]) {
    this.child = spawn(command, args, { stdio: 'pipe' })
    this.child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString() })
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const answer = JSON.parse(line) as Answer
      const waiter = this.#waiting.shift()
      if (waiter) waiter(answer)
      else this.#answers.push(answer)
    })
  }

  next(): Promise<Answer> {
    const ready = this.#answers.shift()
    if (ready) return Promise.resolve(ready)
    return new Promise((resolve, reject) => {
      this.#waiting.push(resolve)
      this.child.once('exit', (code) => reject(new Error(`host exited (${code}): ${this.stderr}`)))
    })
  }

  async send(command: object): Promise<Answer> {
    this.child.stdin.write(`${JSON.stringify(command)}\n`)
    return this.next()
  }

  async value(command: object): Promise<unknown> {
    const answer = await this.send(command)
    assert.ok(answer.ok, `${JSON.stringify(command).slice(0, 80)} failed: ${JSON.stringify(answer)} ${this.stderr}`)
    return answer.value
  }

  // Resolves once stderr (the host's log) matches: waited for on its output.
  logged(pattern: RegExp): Promise<void> {
    return new Promise((resolve, reject) => {
      const look = () => {
        if (!pattern.test(this.stderr)) return
        this.child.stderr.off('data', look)
        resolve()
      }
      this.child.stderr.on('data', look)
      this.child.once('exit', (code) => reject(new Error(`host exited (${code}) before logging ${pattern}: ${this.stderr}`)))
      look()
    })
  }

  async exit(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve))
    this.child.stdin.write(`${JSON.stringify({ op: 'exit' })}\n`)
    await exited
  }
}

async function noTempFiles(dir: string): Promise<void> {
  for (const sub of [dir, join(dir, 'documents'), join(dir, 'library')]) {
    assert.deepEqual((await readdir(sub)).filter((name) => name.endsWith('.tmp')), [], `a temp file was left in ${sub}`)
  }
}

async function onDisk(dir: string): Promise<{ ids: string[]; library: LibraryFile }> {
  const documents = (await readdir(join(dir, 'documents'))).filter((name) => /^[a-z0-9-]+\.json$/.test(name))
  assert.equal(documents.length, 1)
  const file = await readDocumentOnDisk(dir, documents[0]!.slice(0, -'.json'.length))
  const library = await readLibrary(dir)
  return { ids: file.annotations.map((a) => a.id), library }
}

describe('write failures', () => {
  test('file too large (ulimit -f, EFBIG): clear error, file whole, memory kept, the next save persists everything', async () => {
    const dir = await dataDir('efbig')
    // 64 KiB: enough for the library and the sample with a few annotations,
    // not for an annotation with a 90,000-character note.
    const bash = new Host('bash', ['-c', 'ulimit -f 64 && exec "$0" "$@"', process.execPath, host, dir, resourcesDir])
    assert.deepEqual(await bash.next(), { ok: true, value: 'ready' })
    const saved = [
      await bash.value({ op: 'create', phrase: 'Tass reported' }),
      await bash.value({ op: 'create', phrase: 'Xinhua News Agency reported' }),
    ]

    const failed = await bash.send({ op: 'create', phrase: 'Deepen cooperation', note: 'n'.repeat(90_000) })
    assert.equal(failed.ok, false)
    if (failed.ok) return
    assert.equal(failed.error.code, 'storage')
    assert.equal(failed.error.message, 'Could not save: the file would be larger than this system allows Sourcemark to write. Nothing saved before was lost. Raise the file size limit Sourcemark runs under, then try again.')
    assertNoInternalNames(failed.error.message)
    // The detail (which file, the code) is in the log.
    await bash.logged(/could not save: .+\.jsonl? could not be saved to .+documents: .+ \(EFBIG\)/)

    assert.deepEqual(await bash.value({ op: 'list' }), saved, 'memory does not hold what was acknowledged')
    assert.deepEqual(await bash.value({ op: 'disk' }), saved, 'the file on disk is not the last good one')
    await noTempFiles(dir)

    // The next save that fits goes through and carries everything.
    saved.push(await bash.value({ op: 'create', phrase: 'Mishustin' }))
    assert.deepEqual(await bash.value({ op: 'disk' }), saved)
    await bash.exit()

    const { ids, library } = await onDisk(dir)
    assert.deepEqual(ids, saved)
    assert.equal(library.documents[0]!.annotationCount, 3)
    await noTempFiles(dir)
  })

  test('data directory not writable (run as nobody): clear error, memory kept, the save after it is fixed persists everything', async (t) => {
    const probe = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '-e', 'process.exit(process.getuid() === 0 ? 1 : 0)'])
    if (probe.error || probe.status !== 0) {
      const reason = `setpriv cannot run node as nobody here (${probe.error?.message ?? probe.stderr.toString().trim()})`
      console.log(`# skipped: ${reason}`)
      return t.skip(reason)
    }
    const dir = await dataDir('readonly')
    // Set up as root, then make everything readable but not writable by others.
    const setup = await openServices({ dataDir: dir, resourcesDir })
    const text = canonicalText((await setup.getDocument({ documentId: (await setup.startupDocument({})).documentId! })).blocks)
    assert.ok(text.length > 0)
    await chmod(work, 0o755)
    await chmod(host, 0o644)

    const nobody = new Host('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, host, dir, resourcesDir])
    assert.deepEqual(await nobody.next(), { ok: true, value: 'ready' })
    const failed = await nobody.send({ op: 'create', phrase: 'Tass reported' })
    assert.equal(failed.ok, false)
    if (failed.ok) return
    assert.equal(failed.error.code, 'storage')
    assert.equal(failed.error.message, `Could not save: Sourcemark may not write in the data folder (${dir}). Nothing saved before was lost. Check that folder's permissions (Sourcemark must be able to write in it and in the folders inside it), then try again.`)
    assertNoInternalNames(failed.error.message)
    await nobody.logged(/could not save: .+ could not be saved to .+ \(EACCES\)/)
    assert.deepEqual(await nobody.value({ op: 'list' }), [])
    assert.deepEqual(await nobody.value({ op: 'disk' }), [])

    // The user fixes the permissions; the next save succeeds.
    await chmod(dir, 0o777)
    await chmod(join(dir, 'documents'), 0o777)
    await chmod(join(dir, 'library'), 0o777)
    const saved = [await nobody.value({ op: 'create', phrase: 'Xinhua News Agency reported' })]
    assert.deepEqual(await nobody.value({ op: 'disk' }), saved)
    await nobody.exit()
    const { ids, library } = await onDisk(dir)
    assert.deepEqual(ids, saved)
    assert.equal(library.documents[0]!.annotationCount, 1)
    await noTempFiles(dir)
  })

  test('a new library that cannot be written (ulimit -f: EFBIG) is refused in words at open, the detail logged; opened later, it is whole', async () => {
    const dir = await dataDir('efbig-open')
    const limited = runCli(['list', '--data-dir', dir], ['bash', '-c', 'ulimit -f 2 && exec "$0" "$@"'])
    assert.equal(limited.code, 1, limited.err)
    const lines = limited.err.trim().split('\n')
    assert.equal(lines.at(-1), 'sourcemark: The library could not be opened: the file would be larger than this system allows Sourcemark to write. Nothing saved before was lost. Raise the file size limit Sourcemark runs under, then try again.')
    assertNoInternalNames(lines.at(-1)!)
    assert.ok(lines.some((line) => /^sourcemark: could not open the library: .+\.json could not be saved to .+ \(EFBIG\)$/.test(line)), limited.err)
    await noTempFiles(dir)
    const later = runCli(['list', '--data-dir', dir])
    assert.equal(later.code, 0, later.err)
    assert.match(later.out, /Xi Jinping/)
  })

  test('a folder removed under a running store (ENOENT): clear error, memory kept, the save after it is back persists everything', async () => {
    const dir = await dataDir('missing')
    const api: Api = await openServices({ dataDir: dir, resourcesDir })
    const documentId = (await api.startupDocument({})).documentId!
    const text = canonicalText((await api.getDocument({ documentId })).blocks)
    const create = (phrase: string) => {
      const start = text.indexOf(phrase)
      return api.createAnnotation({ documentId, kind: 'claim', target: describeRange(text, start, start + phrase.length) })
    }
    const saved = [(await create('Tass reported')).id]
    const documentFile = (await readdir(join(dir, 'documents'))).find((name) => name.endsWith('.json'))!
    const before = await readFile(join(dir, 'documents', documentFile))
    await rm(join(dir, 'documents'), { recursive: true })

    await assert.rejects(create('Mishustin'), (error: unknown) => {
      assert.ok(error instanceof ApiError)
      assert.equal(error.code, 'storage')
      assert.equal(error.message, `Could not save: part of the data folder (${dir}) is missing: it was moved or removed while Sourcemark was running. Put it back, then try again.`)
      assertNoInternalNames(error.message)
      assert.match(String((error.cause as Error).message), /could not be saved to .+documents: .+ \(ENOENT\)$/)
      return true
    })
    assert.deepEqual((await api.listAnnotations({ documentId })).map((a) => a.id), saved)

    await mkdir(join(dir, 'documents'))
    saved.push((await create('Xinhua News Agency reported')).id)
    const { ids } = await onDisk(dir)
    assert.deepEqual(ids, saved)
    assert.notDeepEqual(await readFile(join(dir, 'documents', documentFile)), before)
    await noTempFiles(dir)
  })
})
