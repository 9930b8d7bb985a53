// The search index built and its cache written, as after any earlier
// session: else a timed start would build it again from every file.

import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type { Page } from '@playwright/test'
import { SEARCH_INDEX_FILE } from '../../electron/search/indexer.ts'

// Searches until the answer no longer says it is still indexing, then waits
// for the index's cache file written since (once the library is quiet, and only
// for a library large enough: a smaller one is indexed quicker than read).
export async function searchIndexBuilt(page: Page, dir: string, cached: boolean, cap: number): Promise<void> {
  const t0 = performance.now()
  const over = () => performance.now() - t0 > cap
  while (!over()) {
    const answer = await page.evaluate<{ indexing?: boolean }>(`__bench.call('search', { query: 'the' })`)
    if (!answer.indexing) break
    await delay(500)
  }
  // Written after the index was complete: a long rebuild also writes it as
  // it goes (cache-writes.ts), and such a file lacks the last documents.
  const complete = Date.now() - 50
  while (cached && !over()) {
    if (await stat(join(dir, SEARCH_INDEX_FILE)).then((s) => s.mtimeMs >= complete, () => false)) return
    await delay(250)
  }
  if (over()) throw new Error(`the search index was not built within ${(cap / 1000).toFixed(1)} s`)
}


// The last document read, as an earlier session left it: opened, and its
// attribution suggestions found (the reader asks for them whenever it shows
// a document, so a build that keeps them has them at the next start).
export async function lastDocumentRead(page: Page, documentId: string): Promise<void> {
  await page.evaluate(`__bench.call('getDocument', ${JSON.stringify({ documentId })})`)
  await page.evaluate(`__bench.call('suggestAttributions', ${JSON.stringify({ documentId, covered: true })})`)
}
