// When the search index's cache and rows are worth writing (indexer.ts).

import type { Pause } from './turns.ts'

export interface IndexerOptions {
  // Below this many documents, and this many bytes of document files, the
  // cache is not written. Tests lower them.
  minDocumentsToSave?: number
  minBytesToSave?: number
  // How many documents indexed again make the cache worth writing again.
  changesToSave?: number
  // How long the library must be quiet before the cache is written.
  saveDelayMs?: number
  // During a long catching up (a rebuild), the cache is written this often
  // (with at least changesToSave documents indexed since the last write).
  checkpointMs?: number
  // Between steps of reading the cache and of comparing versions (turns.ts);
  // tests hold it to see what answers meanwhile.
  pause?: Pause
}

export const CACHE_WORTH_WRITING = { minDocumentsToSave: 200, minBytesToSave: 8 * 1024 * 1024 }

// Whether a library of this many documents, of these many bytes of files,
// gets its cache written (with the default options).
export function cacheWorthWriting(documents: number, bytes: number): boolean {
  return documents >= CACHE_WORTH_WRITING.minDocumentsToSave || bytes >= CACHE_WORTH_WRITING.minBytesToSave
}
