import type { CacheLimits } from './document-cache.ts'
import type { FirstDocument } from './first-document.ts'
import type { AppState } from './state.ts'
import type { SourcesFile } from './files.ts'

// What the page's first calls need, before the library's shards are read
// (first-document.ts): the startup document, the sources and the state.
export interface FirstParts extends FirstDocument {
  sources: SourcesFile
  state: AppState
}

// How Store.open opens a data directory (store.ts).
export interface StoreOptions {
  // Reads only: nothing is written, repaired or moved (another process owns
  // the folder, or it cannot be written). Saving fails with a message saying why.
  readOnly?: boolean
  // Why it is read-only, in words ("the folder is read-only"); when given,
  // it is also told as a notice. Default: another Sourcemark is using it.
  readOnlyBecause?: string
  // Runs before every write and throws to stop it: the one-writer lock's
  // check that the folder is still ours (lock.ts).
  guard?: () => Promise<void>
  // The largest library.json read; lower than MAX_READ_BYTES only in tests.
  maxLibraryBytes?: number
  // How many documents (and bytes of them) are kept in memory; lower only in tests.
  cache?: CacheLimits
  // A document's journal is folded into its file past this many bytes
  // (default: half the file, at least 64 KiB); only tests set it.
  compactAfter?: number
  // For the app and browser mode, which answer at once: check the entries
  // against their files after opening, in the background once asked
  // (verify-entries.ts; startCheck(), `verified` says when done), and write an entry a save changed a moment
  // later (LibraryIndex commit `later`; close() writes it now).
  quickStart?: boolean
  // How long after a save its entry is written, with quickStart (default
  // 1 s); only tests set it.
  indexWriteAfterMs?: number
  // Told the startup document as soon as it is found, before the library's
  // shards are read; never told when it cannot be found so (store-open.ts).
  first?: (first: FirstParts) => void
}
