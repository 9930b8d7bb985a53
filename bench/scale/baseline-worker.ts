// Runs the search baseline away from the benchmark's own thread, so that a
// scan that takes minutes can be stopped at the cap (see baselines.ts).

import { parentPort, workerData } from 'node:worker_threads'
import { generateDocumentFile, type LibrarySpec } from './generate.ts'
import { timeLinearSearch } from './baselines.ts'

const { spec, prefixes } = workerData as { spec: LibrarySpec; prefixes: string[] }
const files = Array.from({ length: spec.documents }, (_, i) => generateDocumentFile(i, spec))
parentPort!.postMessage({ ready: true })
timeLinearSearch(files, prefixes, Infinity, (ms) => parentPort!.postMessage({ ms }))
parentPort!.postMessage({ done: true })
