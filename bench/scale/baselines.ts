// Baselines measured in the same run. Search: today's linear scan over
// every document (shared/library/search.ts), in this process on the same
// generated library, as the search service ran it (each document's text
// joined, then scanned): no HTTP, no painting, so a lower bound of what a
// scanning app makes the user wait.

import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import { searchLibraryLinear } from '../../shared/library/search.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { builtInSources } from '../../shared/model/source.ts'
import type { DocumentFile } from '../../electron/store/files.ts'
import type { LibrarySpec } from './generate.ts'

// The scan the app ran before it had an index, kept as the baseline.
export function linearScan(): { name: string; scan: typeof searchLibraryLinear } {
  return { name: 'searchLibraryLinear', scan: searchLibraryLinear }
}

// Milliseconds per query, stopping once `budget` ms are spent (the queries
// not reached are left out; at least one is timed).
export function timeLinearSearch(files: readonly DocumentFile[], queries: readonly string[], budget: number, each?: (ms: number) => void): number[] {
  const { scan } = linearScan()
  const times: number[] = []
  let spent = 0
  for (const query of queries) {
    const t0 = performance.now()
    const entries = files.map((f) => ({ document: f.document, text: canonicalText(f.document.blocks), annotations: f.annotations }))
    scan(entries, builtInSources, query)
    const ms = performance.now() - t0
    times.push(ms)
    each?.(ms)
    spent += ms
    if (spent > budget) break
  }
  return times
}

// The same on the library made again from the spec, in a worker stopped
// once `budget` ms of scanning are spent: the times it finished, and
// whether one was cut off.
export function timeLinearSearchCapped(spec: LibrarySpec, prefixes: readonly string[], budget: number): Promise<{ times: number[]; cut: boolean }> {
  return new Promise((resolve, reject) => {
    // A worker does not inherit tsx's loader: it registers it itself.
    const entry = join(import.meta.dirname, 'baseline-worker.ts')
    const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(entry)})`, {
      eval: true,
      workerData: { spec, prefixes },
      resourceLimits: { maxOldGenerationSizeMb: 6144 },
    })
    const times: number[] = []
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (cut: boolean) => {
      clearTimeout(timer)
      void worker.terminate()
      resolve({ times, cut })
    }
    worker.on('message', (message: { ready?: true; ms?: number; done?: true }) => {
      if (message.ready) timer = setTimeout(() => finish(true), budget)
      if (message.ms !== undefined) {
        times.push(message.ms)
        if (times.reduce((a, b) => a + b, 0) > budget) finish(false)
      }
      if (message.done) finish(false)
    })
    worker.on('error', reject)
  })
}
