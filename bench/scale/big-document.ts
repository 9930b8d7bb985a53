// The scaffold of the add benches (bench/scale-add-*.ts): a generated
// library in a temporary folder, the app started on it in Chromium, the
// last document painted, the library opened and the 1 MB / 10,000-
// annotation document opened (and scrolled, as the suite does); then the
// bench's own steps; then everything stopped and the folder removed.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BIG_ID, BIG_TITLE } from './generate.ts'
import { launchBrowser, startApp, type RunningApp } from './app.ts'
import { warmLibrary } from './warm-library.ts'
import { openDocument, openLibrary, scrollReader, type Limits } from './measure.ts'

export interface BigDocumentOptions {
  // The temporary folder's name: sourcemark-<name>-XXXXXX.
  name: string
  // Another built checkout to serve (a before/after run).
  root?: string
  documents?: number
  limits?: Limits
  nodeArgs?: string[]
  // Scroll the document as the suite does before its claims (default true).
  scroll?: boolean
}

export async function withBigDocument(options: BigDocumentOptions, run: (app: RunningApp, opened: unknown, dir: string) => Promise<void>): Promise<void> {
  const limits = options.limits ?? { timeout: 30000, budget: 600000 }
  const dir = await mkdtemp(join(tmpdir(), `sourcemark-${options.name}-`))
  const browser = await launchBrowser()
  try {
    const { lastTitle } = await warmLibrary(browser, dir, options.root, limits.budget, options.documents)
    const app = await startApp(browser, dir, performance.now(), { ...(options.root ? { root: options.root } : {}), nodeArgs: options.nodeArgs ?? [] })
    try {
      await app.page.evaluate(`__bench.articlePainted(${JSON.stringify(lastTitle)}, ${limits.timeout})`)
      await openLibrary(app.page, limits)
      const opened: unknown = await openDocument(app.page, BIG_TITLE, limits)
      if (options.scroll !== false) await scrollReader(app.page, BIG_ID, limits)
      await run(app, opened, dir)
    } finally {
      await app.stop()
    }
  } finally {
    await browser.close()
    await rm(dir, { recursive: true, force: true })
  }
}
