// `sourcemark serve` (browser mode on 127.0.0.1) and `sourcemark start`
// (the desktop app, or browser mode when no Electron runtime can be had).

import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { findAppRoot } from '../app-root.ts'
import { ensureElectronRuntime } from '../electron-runtime.ts'
import { LAUNCH_CODE_LIFETIME_MS, PRINTED_CODE_LIFETIME_MS, startServer } from '../http/server.ts'
import { openBrowser } from '../open-browser.ts'
import type { Api } from '../../shared/api/contract.ts'
import { openShellServices } from '../services.ts'
import { onStoreNotice } from '../store/notices.ts'
import { takeFolder } from '../store/take-folder.ts'
import { complain, UsageError } from './messages.ts'
import { terminalText } from './terminal-text.ts'

export async function serve(dataDir: string, port: number | undefined, open: boolean): Promise<void> {
  const root = findAppRoot()
  // One writer per data directory; a second one stops here with a message.
  // A folder that cannot be written is opened read-only (a notice says so).
  const { lock, readOnlyBecause } = await takeFolder(dataDir)
  // What recovery did with a bad file, now and when a document is opened.
  onStoreNotice((notice) => complain(notice))
  // The address is printed while the library opens: the browser loads the
  // page meanwhile, and its first API call waits for the library.
  // The page's first calls are answered once the startup document is
  // found, before the rest of the library is read (first-answers.ts).
  let first!: (early: Api) => void
  const found = new Promise<Api>((resolve) => { first = resolve })
  const opening = openShellServices({ dataDir, resourcesDir: join(root, 'resources'), indexAtStart: true, quickStart: true, first, ...(lock ? { lock } : { readOnly: true, readOnlyBecause }) })
  const api = opening.then((opened) => opened.api)
  const early = Promise.race([found, opening.then((opened) => opened.early)])
  // (A failure to open is handled below; a call waiting for it answers 500.)
  api.catch(() => {})
  early.catch(() => {})
  const server = await startServer({ api, early, rendererDir: join(root, 'dist', 'renderer'), ...(port === undefined ? {} : { port }) })
  // Before the URL is printed: whoever reads it may stop us at once. What
  // the library has under way or left to write is written while the folder
  // is still ours (a failure loses nothing: the next start counts those
  // entries again).
  // Stopped while still opening, it lets the library finish opening (and
  // say what recovery did) first; a second signal stops it at once, as a
  // kill would (every file is written whole or not at all).
  const stop = () => {
    // The next signal, of either kind, does what it does by default.
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
    void server.close()
      .then(() => opening)
      .then((opened) => opened.close())
      .catch(() => {})
      .then(() => lock?.release())
      .then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  // Two one-time addresses, each spent on first load: the printed one
  // (only the user sees standard output) may wait a while for them; the
  // one on the opener's command line, visible to all, lasts a minute.
  console.log(`Sourcemark running at ${server.launchUrl(PRINTED_CODE_LIFETIME_MS)}`)
  if (open) openBrowser(server.launchUrl(LAUNCH_CODE_LIFETIME_MS))
  // A library that cannot be opened stops the server (cli.ts says why).
  await opening.catch(async (error: unknown) => {
    await server.close()
    await lock?.release()
    throw error
  })
}

export async function start(dataDir: string): Promise<void> {
  const runtime = await ensureElectronRuntime({ log: (line) => console.error(line) })
  if (!runtime.ok) {
    console.error(terminalText(`Electron runtime unavailable (${runtime.reason}); starting browser mode instead.`))
    return serve(dataDir, undefined, true)
  }
  const root = findAppRoot()
  // Without ELECTRON_RUN_AS_NODE, or the binary would start as plain Node.
  const { ELECTRON_RUN_AS_NODE: _, ...env } = process.env
  const child = spawn(runtime.executable, [root, '--data-dir', dataDir], { stdio: 'inherit', env })
  child.on('exit', (code) => process.exit(code ?? 1))
}

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}`)
  return port
}
