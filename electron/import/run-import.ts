// Runs importFileReport (shared/import/file.ts) in a worker thread with a
// capped heap, so a file built to exhaust memory or time costs that worker,
// never the process serving the app: the worker is terminated, the user is
// told in a sentence, and nothing is written (the caller stores only a
// draft it got back).
//
// The refusals that need no clock come first and do not race one: the size
// here, before a worker is asked; binary bytes, nesting and tangle in the
// worker, which says 'checked' once the file passed them. Only then does the
// deadline for reading start, so a hostile file gets the same clear reason
// on a loaded machine as on an idle one. A far longer guard covers the
// checks themselves, in case a bug lets one run on.
//
// The worker's script sits next to this module: import-worker.ts when we
// run from the TypeScript sources (tests, via tsx, which workers inherit
// through execArgv), import-worker.cjs beside the bundle when built
// (scripts/build.mjs bundles it as its own entry into dist/electron/).

import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import { ImportError, type ImportOptions } from '../../shared/import/imported-article.ts'
import type { ImportFileInput, ImportReport } from '../../shared/import/file.ts'
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from '../../shared/import/limits.ts'
import { readingSlots } from './reading-slots.ts'
import { WorkerReply, type WorkerRequest } from './worker-protocol.ts'

export interface ImportLimits {
  // The worker's old-generation heap; V8 stops it past this.
  maxOldGenerationSizeMb: number
  // Reading, from the worker's 'checked' on.
  timeoutMs: number
  // The last guard: starting the worker and the checks, until 'checked'.
  checksTimeoutMs?: number
}

// The linear importers need well under 100 MB for a 1 MB page; these leave
// room for the 20 MB files we accept, on a slow or busy machine.
export function limitsFor(bytes: number): ImportLimits {
  const megabytes = bytes / (1024 * 1024)
  return { maxOldGenerationSizeMb: 1024, timeoutMs: 15_000 + Math.ceil(megabytes * 3_000), checksTimeoutMs: checksGuardFor(bytes) }
}

// The checks are bounded by counting (depth, nodes, work), not by the clock:
// this only catches a bug, so it is generous even for a machine that is
// busy with something else.
function checksGuardFor(bytes: number): number {
  return 120_000 + Math.ceil((bytes / (1024 * 1024)) * 10_000)
}

// Built: the bundled worker beside us. From sources: a worker that first
// registers tsx's require hook (a worker thread does not inherit the
// parent's --import loaders) and then loads import-worker.ts.
function workerScript(): { script: string; eval: boolean } {
  if (!__filename.endsWith('.ts')) return { script: join(__dirname, 'import-worker.cjs'), eval: false }
  const require = `require('node:module').createRequire(${JSON.stringify(__filename)})`
  const worker = JSON.stringify(join(__dirname, 'import-worker.ts'))
  return { script: `const r = ${require}; r('tsx/cjs'); r(${worker})`, eval: true }
}

// One file in a worker of its own.
export async function runImport(file: ImportFileInput & ImportOptions, limits: ImportLimits = limitsFor(file.bytes.length)): Promise<ImportReport> {
  const session = new ImportSession()
  try {
    return await session.run(file, limits)
  } finally {
    session.close()
  }
}

const tooMuchMemory = () =>
  new ImportError('The file could not be imported: it needs more memory than a file of its size should, so it may be damaged or built to stall the importer.')
// A busy computer can be the reason as well as the file: say both.
const tooSlow = () =>
  new ImportError('The file could not be imported: reading it took too long and was stopped. If the computer is busy, try again in a moment; if it happens again, the file may be damaged.')

// Many files one after another in one worker (a batch of an import), so
// that a worker is started once, not once per file (starting one and
// loading the importers costs more than reading a news article). Each file
// keeps its own deadline; a worker that runs out of time or memory is
// terminated, that file is refused, and the next file gets a new worker.
export class ImportSession {
  #worker: { thread: Worker; heapMb: number } | null = null
  #tail: Promise<unknown> = Promise.resolve()
  #started = 0

  // How many workers it has started (one, unless a file stopped one).
  get workersStarted(): number {
    return this.#started
  }

  run(file: ImportFileInput & ImportOptions, limits: ImportLimits = limitsFor(file.bytes.length)): Promise<ImportReport> {
    // A slot of the process's few (reading-slots.ts) for each file.
    const result = this.#tail.then(() => readingSlots.run(() => this.#run(file, limits)))
    this.#tail = result.catch(() => undefined)
    return result
  }

  close(): void {
    void this.#worker?.thread.terminate()
    this.#worker = null
  }

  #start(heapMb: number): Worker {
    if (this.#worker?.heapMb !== heapMb) this.close()
    if (!this.#worker) {
      const { script, eval: isCode } = workerScript()
      this.#started++
      const thread = new Worker(script, { eval: isCode, resourceLimits: { maxOldGenerationSizeMb: heapMb } })
      // A worker stopped for its time may still run out of memory while
      // it is terminated: that error, after its file was answered, must not
      // end the process (an 'error' event with no listener throws).
      thread.on('error', () => {})
      this.#worker = { thread, heapMb }
    }
    return this.#worker.thread
  }

  #run(file: ImportFileInput & ImportOptions, limits: ImportLimits): Promise<ImportReport> {
    // Too large to send: refused before any worker or clock.
    if (file.bytes.length > MAX_IMPORT_BYTES) return Promise.reject(new ImportError(TOO_LARGE_MESSAGE))
    const request: WorkerRequest = { name: file.name, bytes: file.bytes, wholePage: file.wholePage ?? false }
    const worker = this.#start(limits.maxOldGenerationSizeMb)
    return new Promise<ImportReport>((resolve, reject) => {
      let settled = false
      // keep: the worker answered and may read the next file.
      const settle = (keep: boolean, outcome: () => void) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        worker.off('message', onMessage).off('error', onError).off('exit', onExit)
        if (!keep && this.#worker?.thread === worker) this.close()
        outcome()
      }
      const onMessage = (message: unknown) => {
        const reply = WorkerReply.safeParse(message)
        if (reply.success && reply.data.kind === 'checked') return restart(limits.timeoutMs)
        settle(true, () => answer(reply))
      }
      const answer = (reply: ReturnType<typeof WorkerReply.safeParse>) => {
        if (!reply.success) return reject(new Error(`the import worker answered out of protocol: ${reply.error.message}`))
        if (reply.data.kind === 'draft') resolve(reportOf(reply.data))
        else if (reply.data.kind === 'refused') reject(new ImportError(reply.data.message))
        else if (reply.data.kind === 'failed') reject(new Error(`import of ${file.name} failed: ${reply.data.message}`))
      }
      const onError = (error: Error & { code?: string }) => settle(false, () => {
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuchMemory() : error)
      })
      const onExit = (code: number) => settle(false, () => reject(new Error(`the import worker stopped (exit code ${code}) before answering`)))
      let timer: NodeJS.Timeout | undefined
      const restart = (ms: number) => {
        clearTimeout(timer)
        timer = setTimeout(() => settle(false, () => reject(tooSlow())), ms)
      }
      restart(limits.checksTimeoutMs ?? checksGuardFor(file.bytes.length))
      worker.on('message', onMessage).on('error', onError).on('exit', onExit)
      worker.postMessage(request)
    })
  }
}

// The checked reply as importFileReport answered it: absent notes stay absent.
function reportOf({ draft, unsure, assumedEncoding }: Extract<WorkerReply, { kind: 'draft' }>): ImportReport {
  return { draft, ...(unsure ? { unsure } : {}), ...(assumedEncoding ? { assumedEncoding } : {}) }
}
