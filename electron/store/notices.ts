// The store's notices, heard process-wide: what recovery did, in words, for
// whoever shows it (the CLI prints them to stderr).

// detail: the same, naming the files (for the log; notice-words.ts).
type NoticeListener = (notice: string, dataDir: string, detail: string) => void
const listeners = new Set<NoticeListener>()

// Hears every notice of every store opened in this process. Returns the
// function that stops listening.
export function onStoreNotice(listener: NoticeListener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export function tellListeners(notice: string, dataDir: string, detail = notice): void {
  for (const listener of listeners) listener(notice, dataDir, detail)
}
