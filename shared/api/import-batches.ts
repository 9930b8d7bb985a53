// A many-file import as the app and the command line run it: the files go
// to importDocuments in batches (at most MAX_IMPORT_BATCH files and about
// MAX_IMPORT_BATCH_BYTES each), under one import id, so the server writes
// the library index once per batch; while a batch is under way its
// progress is asked for every tick, so the caller can show the count, the
// file being read and the time left. The caller cancels with cancelImport
// on the same id: the server stops before its next file and the batches
// stop. A file the caller cannot read (read() throws) is reported failed
// and never sent.

import { MAX_IMPORT_BATCH, MAX_IMPORT_BATCH_BYTES, type Api, type Output } from './contract.ts'

export interface BatchFile {
  name: string
  size: number
  // The file's bytes as base64; throws (in the user's words) when it cannot be read.
  read(): Promise<string>
}

type Handled = Output<'importDocuments'>['results'][number]
export interface BatchResult { index: number; result: Handled }

export interface BatchOptions {
  importId: string
  duplicate?: 'keep'
  wholePage?: boolean
  // Resolves after the time between two questions about progress.
  tick(): Promise<void>
  // `at` files of all are handled; files[at] (if any) is being read.
  progress(at: number): void
  // Each batch's results, as they come, in the files' order.
  handled?(results: readonly BatchResult[]): void
}

export async function importInBatches(api: Pick<Api, 'importDocuments' | 'importProgress'>, files: readonly BatchFile[], options: BatchOptions): Promise<{ results: BatchResult[]; cancelled: boolean }> {
  const results: BatchResult[] = []
  let next = 0
  while (next < files.length) {
    const batch = await readBatch(files, next)
    next = batch.end
    const outcome = batch.sent.length
      ? await sendWatched(api, batch, options)
      : { results: [], cancelled: false }
    const these = [...batch.failed, ...outcome.results.map((result, k) => ({ index: batch.sent[k]!.index, result }))]
      .sort((a, b) => a.index - b.index)
    results.push(...these)
    options.handled?.(these)
    if (outcome.cancelled) return { results, cancelled: true }
    options.progress(next)
  }
  return { results, cancelled: false }
}

interface Batch { end: number; sent: { index: number; fileName: string; contentBase64: string }[]; failed: BatchResult[] }

// Files from `start` until the batch is full (always at least one file).
async function readBatch(files: readonly BatchFile[], start: number): Promise<Batch> {
  const batch: Batch = { end: start, sent: [], failed: [] }
  let bytes = 0
  while (batch.end < files.length && batch.sent.length < MAX_IMPORT_BATCH) {
    const file = files[batch.end]!
    if (batch.sent.length && bytes + file.size > MAX_IMPORT_BATCH_BYTES) break
    batch.end++
    try {
      batch.sent.push({ index: batch.end - 1, fileName: file.name, contentBase64: await file.read() })
      bytes += file.size
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      batch.failed.push({ index: batch.end - 1, result: { fileName: file.name, status: 'failed', error: message } })
    }
  }
  return batch
}

// One batch sent, its progress asked for until it answers.
async function sendWatched(api: Pick<Api, 'importDocuments' | 'importProgress'>, batch: Batch, options: BatchOptions): Promise<Output<'importDocuments'>> {
  const { importId } = options
  const first = batch.sent[0]!.index
  const before = await api.importProgress({ importId })
  options.progress(first)
  let answered = false
  const answer = api.importDocuments({
    importId,
    files: batch.sent.map(({ fileName, contentBase64 }) => ({ fileName, contentBase64 })),
    ...(options.duplicate ? { duplicate: options.duplicate } : {}),
    ...(options.wholePage ? { wholePage: true } : {}),
  }).finally(() => { answered = true })
  // The loop ends with the answer; a failed answer is the caller's.
  answer.catch(() => undefined)
  while (!answered) {
    await Promise.race([answer.catch(() => undefined), options.tick()])
    if (answered) break
    const { done } = await api.importProgress({ importId })
    const inBatch = Math.min(Math.max(done - before.done, 0), batch.sent.length - 1)
    options.progress(batch.sent[inBatch]!.index)
  }
  return answer
}
