// The body of an import worker (run-import.ts starts it): reads each file
// it is sent into an ArticleDraft (with the importer's doubt and any encoding it
// assumed) and posts the outcome back. Whatever a hostile file
// makes the importer do happens in this thread's own heap, which the
// parent caps and can terminate.

import { parentPort } from 'node:worker_threads'
import { importFileReport } from '../../shared/import/file.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import type { WorkerReply, WorkerRequest } from './worker-protocol.ts'

// A 'checked' message, then one reply per request, for as long as the parent keeps the worker.
parentPort!.on('message', ({ name, bytes, wholePage }: WorkerRequest) => {
  let reply: WorkerReply
  try {
    const checked = () => parentPort!.postMessage({ kind: 'checked' } satisfies WorkerReply)
    reply = { kind: 'draft', ...importFileReport({ name, bytes }, { wholePage, checked }) }
  } catch (error) {
    reply = error instanceof ImportError
      ? { kind: 'refused', message: error.message }
      : { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
  parentPort!.postMessage(reply)
})
