// A change the system refused to write (the disk full, no permission, a
// folder gone). Its message is the detail for the log: which file, where,
// the system's code. The user is told in words (services/storage-words.ts)
// from `code` and the data folder they chose, never the file's name.

export class SaveFailed extends Error {
  override name = 'SaveFailed'
  // The system's code (ENOSPC, EACCES, ...).
  readonly code: string
  readonly dataDir: string

  constructor(dataDir: string, code: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.code = code
    this.dataDir = dataDir
  }
}

// A failure with a system code becomes a SaveFailed; the store's own
// refusals (read-only, closing, the folder taken over) are already in words
// and pass as they are.
export function asSaveFailed(dataDir: string, error: unknown): unknown {
  if (error instanceof SaveFailed) return error
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? new SaveFailed(dataDir, code, error) : error
}
