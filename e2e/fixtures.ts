// The app under test, started fresh for each test in its own temporary data
// directory: browser mode (the real CLI serving the real renderer, driven in
// Chromium) or the desktop app (Electron through Playwright's _electron).
// Specs see one `app` with a page and a restart() that keeps the data.

import { test as base, expect, _electron, type Browser, type ElectronApplication, type Page } from '@playwright/test'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { allSaved } from './reader-page.ts'

type AppMode = 'browser' | 'electron'
export interface AppOptions { appMode: AppMode }

export interface App {
  mode: AppMode
  page: Page
  dataDir: string
  // Browser mode only: the one-time address the CLI printed, which the
  // page opened as a user would (it is spent by now).
  url: string | undefined
  // Stops the app and starts it again on the same data directory; `between`
  // runs while it is stopped (to put data in the folder through the store).
  restart(between?: (dataDir: string) => Promise<void>): Promise<Page>
}

const ROOT = resolve(__dirname, '..')

export const test = base.extend<AppOptions & { app: App }>({
  appMode: ['browser', { option: true }],
  app: async ({ appMode, playwright, launchOptions }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'))
    const launch = () => appMode === 'electron'
      ? launchElectron(process.env.SOURCEMARK_E2E_ELECTRON!, dataDir)
      : playwright.chromium.launch(launchOptions).then((browser) => launchBrowserMode(browser, dataDir))
    let running: Running
    try {
      if (appMode === 'electron') {
        const skip = process.env.SOURCEMARK_E2E_ELECTRON_SKIP
        testInfo.skip(!!skip, skip)
      }
      running = await launch()
    } catch (error) {
      // A start that failed part way has stopped what it started; the folder goes too.
      await rm(dataDir, { recursive: true, force: true })
      throw error
    }
    const app: App = {
      mode: appMode,
      page: running.page,
      dataDir,
      url: running.url,
      async restart(between) {
        // What the user made is saved before the app goes (a claim is listed before it is stored).
        await allSaved(running.page)
        await running.stop()
        await between?.(dataDir)
        running = await launch()
        app.page = running.page
        app.url = running.url
        return running.page
      },
    }
    try {
      await use(app)
    } finally {
      // A restart that failed left nothing running; stopping twice is harmless.
      await running.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  },
})

export { expect }

interface Running { page: Page; url: string | undefined; stop(): Promise<void> }

// Owns `browser`: a start that fails part way (no address printed, the page
// not signed in) stops the server and closes the browser before it throws.
async function launchBrowserMode(browser: Browser, dataDir: string): Promise<Running> {
  const server = spawn(process.execPath, [join(ROOT, 'bin', 'sourcemark.cjs'), 'serve', '--no-open', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stop = async () => {
    await browser.close()
    await stopProcess(server)
  }
  try {
    const url = await printedUrl(server)
    const page = await browser.newPage()
    // As a user does: the launch address signs the browser in and moves on to /.
    await page.goto(url)
    await expect(page).toHaveURL(new URL('/', url).href)
    return { page, url, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function launchElectron(executablePath: string, dataDir: string): Promise<Running> {
  const electron: ElectronApplication = await _electron.launch({
    executablePath,
    args: [join(ROOT, 'dist', 'electron', 'main.cjs'), '--data-dir', dataDir],
    cwd: ROOT,
  })
  try {
    const page = await electron.firstWindow()
    return { page, url: undefined, stop: () => electron.close() }
  } catch (error) {
    await electron.close()
    throw error
  }
}

// The CLI's contract: exactly one line "Sourcemark running at <url>".
function printedUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: server.stdout! })
    const fail = (why: string) => reject(new Error(`sourcemark serve ${why}`))
    server.once('exit', (code) => fail(`exited with code ${code} before printing its address`))
    lines.on('line', (line) => {
      const match = /^Sourcemark running at (http:\/\/127\.0\.0\.1:\d+\/\S*)$/.exec(line)
      if (match) resolvePromise(match[1]!)
      else fail(`printed an unexpected line: ${line}`)
    })
  })
}

// SIGTERM lets the library finish its writes; a server that does not go
// within 20 s (stuck) is killed, so no test leaves one behind.
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  const stuck = setTimeout(() => child.kill('SIGKILL'), 20_000)
  await exited
  clearTimeout(stuck)
}
