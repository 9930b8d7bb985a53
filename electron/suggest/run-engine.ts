// Runs the attribution engine in a worker thread (engine-worker.ts), so a
// first run on a long text, which takes seconds, never holds up the other
// requests the app serves meanwhile. One worker, started on the first
// text and kept (unref'd, so it never keeps the process alive); texts are
// answered in the order sent. A worker that dies fails what it was asked,
// and the next text starts a new one.
//
// The worker's script sits next to this module: engine-worker.ts from the
// TypeScript sources (tests, through tsx's require hook, which a worker
// does not inherit), engine-worker.cjs beside the bundle when built
// (scripts/build.mjs bundles it as its own entry into dist/electron/).

import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import { EngineReply, type EngineRequest, type EngineSuggestion } from './engine-protocol.ts'

export interface EngineAnswer {
  found: EngineSuggestion[]
  sentences: { start: number; end: number }[]
}

function workerScript(): { script: string; eval: boolean } {
  if (!__filename.endsWith('.ts')) return { script: join(__dirname, 'engine-worker.cjs'), eval: false }
  const require = `require('node:module').createRequire(${JSON.stringify(__filename)})`
  const worker = JSON.stringify(join(__dirname, 'engine-worker.ts'))
  return { script: `const r = ${require}; r('tsx/cjs'); r(${worker})`, eval: true }
}

// The built worker script, whose stamp names the engine's build (answers
// kept on disk are of one build); null from the TypeScript sources, where
// the engine's code can change without its worker's file.
export function builtEngineScript(): string | null {
  return __filename.endsWith('.ts') ? null : join(__dirname, 'engine-worker.cjs')
}

interface Pending { resolve: (answer: EngineAnswer) => void; reject: (error: Error) => void }

export class EngineThread {
  #worker: Worker | null = null
  #pending = new Map<number, Pending>()
  #next = 0

  // publisher: the outlet that published the text (a document's meta), or null.
  run(text: string, paragraphs: EngineRequest['paragraphs'], publisher: string | null = null): Promise<EngineAnswer> {
    const worker = this.#worker ?? this.#start()
    const id = ++this.#next
    return new Promise<EngineAnswer>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject })
      worker.ref()
      worker.postMessage({ id, text, paragraphs, publisher } satisfies EngineRequest)
    })
  }

  #start(): Worker {
    const { script, eval: isCode } = workerScript()
    const worker = new Worker(script, { eval: isCode })
    this.#worker = worker
    worker.unref()
    worker.on('message', (message: unknown) => {
      const reply = EngineReply.safeParse(message)
      if (!reply.success) return this.#fail(worker, new Error(`the attribution worker answered out of protocol: ${reply.error.message}`))
      const pending = this.#pending.get(reply.data.id)
      this.#pending.delete(reply.data.id)
      if (this.#pending.size === 0) worker.unref()
      if (!pending) return
      if (reply.data.kind === 'found') pending.resolve({ found: reply.data.found, sentences: reply.data.sentences })
      else pending.reject(new Error(`finding suggestions failed: ${reply.data.message}`))
    })
    worker.on('error', (error) => this.#fail(worker, error))
    worker.on('exit', (code) => this.#fail(worker, new Error(`the attribution worker stopped (exit code ${code}) before answering`)))
    return worker
  }

  // Everything asked of a broken worker fails; the next text starts anew.
  #fail(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return
    this.#worker = null
    void worker.terminate()
    for (const { reject } of this.#pending.values()) reject(error)
    this.#pending.clear()
  }
}
