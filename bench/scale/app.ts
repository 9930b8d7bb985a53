// The real app in browser mode, as `npm run serve` starts it (bin/sourcemark.cjs
// serve), on the generated data folder, signed in from headless Chromium
// with the one-time address it prints, as e2e/fixtures.ts does.

import { spawn, type ChildProcess } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'

const ROOT = resolve(import.meta.dirname, '..', '..')
const PROBE = join(import.meta.dirname, 'page-probe.js')

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.SOURCEMARK_CHROMIUM ?? '/usr/bin/chromium',
    // performance.memory with real numbers, not bucketed ones.
    args: ['--enable-precise-memory-info'],
  })
}

export interface RunningApp {
  server: ChildProcess
  page: Page
  // Milliseconds from starting the server to the page having signed in.
  signedInMs: number
  // ... to the address printed, and to the page's navigation (its time origin).
  printedMs: number
  navigatedMs: number
  // With cdp: a DevTools session with Performance metrics on (CPU per task).
  cdp?: CDPSession
  stop(): Promise<void>
}

// Starts the server and signs a new page in. t0: when the start began.
// withoutApp: sign in, but hold back the app's script. root: the checkout
// whose built app is served (another build, for a before/after run).
// cdp: open a DevTools session with Performance metrics before loading
// ('profile': and the CPU profiler started).
// nodeArgs: flags for the server's node (--cpu-prof ...).
export interface StartOptions { withoutApp?: boolean; root?: string; cdp?: boolean | 'profile'; nodeArgs?: string[] }

export async function startApp(browser: Browser, dataDir: string, t0 = performance.now(), { withoutApp = false, root = ROOT, cdp = false, nodeArgs = [] }: StartOptions = {}): Promise<RunningApp> {
  const { server, stop } = spawnServer(root, dataDir, nodeArgs)
  try {
    const url = await printedUrl(server)
    const printedMs = performance.now() - t0
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.addInitScript({ path: PROBE })
    if (withoutApp) await page.route('**/app.js', (route) => route.abort())
    const session = cdp ? await page.context().newCDPSession(page) : undefined
    await session?.send('Performance.enable')
    if (cdp === 'profile') {
      await session!.send('Profiler.enable')
      await session!.send('Profiler.start')
    }
    const navigatedMs = performance.now() - t0
    await page.goto(url)
    await page.waitForURL(new URL('/', url).href)
    return {
      server, page, signedInMs: performance.now() - t0, printedMs, navigatedMs, ...(session ? { cdp: session } : {}),
      stop: async () => { await page.close().catch(() => {}); await stop() },
    }
  } catch (error) {
    await stop()
    throw error
  }
}

// The CLI prints exactly one line, "Sourcemark running at <url>".
// The built app's browser-mode server on a data folder, and a stop that
// waits for it to exit (it writes the library on SIGTERM).
export function spawnServer(root: string, dataDir: string, nodeArgs: string[] = [], stderr: 'inherit' | 'ignore' = 'inherit') {
  const server = spawn(process.execPath, [...nodeArgs, join(root, 'bin', 'sourcemark.cjs'), 'serve', '--no-open', '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', stderr],
  })
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return
    const exited = new Promise((r) => server.once('exit', r))
    server.kill('SIGTERM')
    await exited
  }
  return { server, stop }
}

export function printedUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: server.stdout! })
    server.once('exit', (code) => reject(new Error(`sourcemark serve exited with code ${code} before printing its address`)))
    lines.on('line', (line) => {
      const match = /^Sourcemark running at (http:\/\/127\.0\.0\.1:\d+\/\S*)$/.exec(line)
      if (match) resolvePromise(match[1]!)
      else reject(new Error(`sourcemark serve printed an unexpected line: ${line}`))
    })
  })
}

// The server's resident memory now and at its peak (Linux /proc), in bytes.
export async function serverMemory(server: ChildProcess): Promise<{ rss: number; peak: number } | null> {
  try {
    const status = await readFile(`/proc/${server.pid}/status`, 'utf8')
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024
    return { rss: kb('VmRSS'), peak: kb('VmHWM') }
  } catch {
    return null
  }
}

// The page's JavaScript heap in use, through the DevTools protocol.
// A process's user + system CPU time so far, all its threads, in ms (Linux /proc).
export async function cpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

export async function pageHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize
  } finally {
    await cdp.detach()
  }
}
