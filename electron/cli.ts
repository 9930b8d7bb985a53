// sourcemark <command> [options]
//   start   the desktop app; browser mode when no Electron runtime can be had
//   serve   browser mode: the app on 127.0.0.1, opened in the default browser
// Plain Node: this file never imports Electron.

import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { findAppRoot } from './app-root.ts'
import { resolveDataDir } from './data-dir.ts'
import { ensureElectronRuntime } from './electron-runtime.ts'
import { startServer } from './http/server.ts'
import { openBrowser } from './open-browser.ts'
import { openServices } from './services.ts'
import { acquireLock } from './store/lock.ts'
import { onStoreNotice } from './store/store.ts'

const USAGE = `Usage: sourcemark <command> [options]

Commands:
  start            open the desktop app (browser mode when Electron is unavailable)
  serve            browser mode: serve the app on 127.0.0.1 and open it

Options:
  --data-dir DIR   where data lives (default: $SOURCEMARK_DATA_DIR, else the
                   per-user app-data folder "Sourcemark")
  --port N         serve: the port to listen on (default: a random free port)
  --no-open        serve: do not open a browser
  -h, --help       show this help`

const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  'no-open': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

export class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  const [command = 'start', ...rest] = positionals
  if (values.help || command === 'help') return void console.log(USAGE)
  if (rest.length) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`)
  const dataDir = resolveDataDir(values['data-dir'])
  if (command === 'serve') return serve(dataDir, parsePort(values.port), !values['no-open'])
  if (command === 'start') return start(dataDir)
  throw new UsageError(`unknown command ${JSON.stringify(command)}`)
}

async function serve(dataDir: string, port: number | undefined, open: boolean): Promise<void> {
  const root = findAppRoot()
  // One writer per data directory; a second one stops here with a message.
  const lock = await acquireLock(dataDir)
  // What recovery did with a bad file, now and when a document is opened.
  onStoreNotice((notice) => console.error(`sourcemark: ${notice}`))
  const api = await openServices({ dataDir, resourcesDir: join(root, 'resources') })
  const server = await startServer({ api, rendererDir: join(root, 'dist', 'renderer'), ...(port === undefined ? {} : { port }) })
  console.log(`Sourcemark running at ${server.url}`)
  if (open) openBrowser(server.url)
  const stop = () => void server.close().then(() => lock.release()).then(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

async function start(dataDir: string): Promise<void> {
  const runtime = await ensureElectronRuntime({ log: (line) => console.error(line) })
  if (!runtime.ok) {
    console.error(`Electron runtime unavailable (${runtime.reason}); starting browser mode instead.`)
    return serve(dataDir, undefined, true)
  }
  const root = findAppRoot()
  // Without ELECTRON_RUN_AS_NODE, or the binary would start as plain Node.
  const { ELECTRON_RUN_AS_NODE: _, ...env } = process.env
  const child = spawn(runtime.executable, [root, '--data-dir', dataDir], { stdio: 'inherit', env })
  child.on('exit', (code) => process.exit(code ?? 1))
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}`)
  return port
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`sourcemark: ${(error as Error).message}\n\n${USAGE}`)
    process.exit(2)
  }
  console.error(`sourcemark: ${(error as Error).message ?? error}`)
  process.exit(1)
})
