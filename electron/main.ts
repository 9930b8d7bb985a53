// Electron main process. The window shows the renderer from the privileged
// sourcemark://app/ scheme, reaches the services only through the IPC
// handlers below (which go through dispatch), and is denied everything else:
// new windows, navigation away (of the window or any frame), webviews,
// permissions and devices, DevTools in a packaged build, and any request
// that is not for the app itself. The rules are in shell/policy.ts.

import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell, type IpcMainInvokeEvent, type Session } from 'electron'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { methodNames, type Api } from '../shared/api/contract.ts'
import { findAppRoot } from './app-root.ts'
import { APP_NAME, resolveDataDir } from './data-dir.ts'
import { CONTENT_SECURITY_POLICY as CSP } from './csp.ts'
import { dispatch } from './dispatch.ts'
import { openServices } from './services.ts'
import { contentTypeOf, fileUnder } from './shell/renderer-files.ts'
import { HOST, isAppUrl, isDevToolsShortcut, isOpenableLink, mayNavigate, SCHEME, START_URL, windowPreferences } from './shell/policy.ts'
import { takeFolder } from './store/take-folder.ts'

// blob: URLs are the page's own data: exports are saved from them.
const ALLOWED_REQUEST_SCHEMES = new Set([`${SCHEME}:`, 'devtools:', 'data:', 'blob:'])

// Must happen before 'ready': only then does the scheme get a real origin,
// fetch support and secure-context status.
protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
app.enableSandbox()
app.setName(APP_NAME)

// With no flag or variable this is the folder Electron would pick anyway
// (userData for "Sourcemark"); setting it makes Electron and the store agree
// when a flag moves it. It comes before the lock because the lock lives in
// userData: two different data dirs may run side by side.
const dataDir = resolveDataDir(flagValue(process.argv, '--data-dir'))
app.setPath('userData', dataDir)

let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  // The running instance gets 'second-instance' and comes to the front.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
    contents.on('will-navigate', (event) => { if (!mayNavigate(event.url)) event.preventDefault() })
    contents.on('will-frame-navigate', (event) => { if (!mayNavigate(event.url)) event.preventDefault() })
    contents.on('will-redirect', (event) => { if (!mayNavigate(event.url)) event.preventDefault() })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    if (app.isPackaged) {
      contents.on('before-input-event', (event, input) => { if (isDevToolsShortcut(input)) event.preventDefault() })
      contents.on('devtools-opened', () => contents.closeDevTools())
    }
  })
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`Sourcemark could not start: ${message}`)
    dialog.showErrorBox('Sourcemark could not start', message)
    app.exit(1)
  })
}

async function start(): Promise<void> {
  const appRoot = findAppRoot(__dirname)
  await app.whenReady()
  harden(session.defaultSession)
  const rendererDir = join(appRoot, 'dist', 'renderer')
  protocol.handle(SCHEME, (request) => serveRenderer(rendererDir, request))
  // Browser mode and the CLI may be running on the same folder: one writer.
  // A folder that cannot be written opens read-only, with a notice saying so.
  const { lock, readOnlyBecause } = await takeFolder(dataDir)
  app.on('will-quit', () => void lock?.release())
  const api = await openServices({ dataDir, resourcesDir: join(appRoot, 'resources'), ...(lock ? { lock } : { readOnly: true, readOnlyBecause }) })
  registerIpc(api)
  mainWindow = createWindow()
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow()
  })
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_NAME,
    width: 1200,
    height: 860,
    // main.cjs and preload.cjs are built side by side into dist/electron.
    webPreferences: windowPreferences(join(__dirname, 'preload.cjs'), app.isPackaged),
  })
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  window.loadURL(START_URL).catch((error: unknown) => console.error(`Sourcemark could not load its window: ${String(error)}`))
  return window
}

function harden(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => {
    const scheme = details.url.slice(0, details.url.indexOf(':') + 1)
    callback({ cancel: !ALLOWED_REQUEST_SCHEMES.has(scheme) })
  })
}

function registerIpc(api: Api): void {
  for (const name of methodNames) {
    ipcMain.handle(`sourcemark:${name}`, (event, payload: unknown) => {
      // Only our own page in our own window may call the services.
      if (!isTrustedSender(event)) throw new Error(`Sourcemark refused ${name} from an unknown sender.`)
      return dispatch(api, name, payload)
    })
  }
  // Links in articles, after the user confirmed in the page.
  ipcMain.handle('sourcemark-shell:openExternal', async (event, url: unknown) => {
    if (!isTrustedSender(event) || !isOpenableLink(url)) return false
    await shell.openExternal(url)
    return true
  })
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame
  return mainWindow !== null && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents && frame !== null && isAppUrl(frame.url)
}

async function serveRenderer(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
  const url = new URL(request.url)
  const file = url.host === HOST ? fileUnder(rendererDir, url.pathname) : undefined
  if (!file) return plain(404, 'Not found')
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    return plain(404, 'Not found')
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    headers: {
      'Content-Type': contentTypeOf(file),
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  })
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CSP } })
}

// "--data-dir DIR" or "--data-dir=DIR"; Electron's argv keeps the order given.
function flagValue(argv: string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === flag) return argv[i + 1]
    if (arg?.startsWith(`${flag}=`)) return arg.slice(flag.length + 1)
  }
  return undefined
}
