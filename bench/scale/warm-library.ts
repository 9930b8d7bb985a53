// The library the trace scripts start from (100 documents unless told): generated, its
// last document read and its search index built and cached, as an earlier
// session would leave it, so a traced start times only the start.

import type { Browser } from '@playwright/test'
import { cacheWorthWriting } from '../../electron/search/indexer-options.ts'
import { generateDocumentFile, generateLibrary } from './generate.ts'
import { startApp } from './app.ts'
import { lastDocumentRead, searchIndexBuilt } from './warm-up.ts'

export async function warmLibrary(browser: Browser, dir: string, root: string | undefined, budget: number, documents = 100): Promise<{ lastTitle: string }> {
  const spec = { documents }
  const gen = await generateLibrary(dir, spec)
  const last = generateDocumentFile(1, spec).document
  const warm = await startApp(browser, dir, performance.now(), { withoutApp: true, root })
  await lastDocumentRead(warm.page, last.id)
  await searchIndexBuilt(warm.page, dir, cacheWorthWriting(documents, gen.bytes), budget)
  await warm.stop()
  return { lastTitle: last.meta.title }
}
