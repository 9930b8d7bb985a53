// Electron main process. The window shows the renderer from the privileged
// sourcemark://app/ scheme, reaches the services only through the IPC
// handlers below (which go through dispatch), and is denied everything else:
// new windows, navigation away (of the window or any frame), webviews,
// permissions and devices, DevTools in a packaged build, and any request
// that is not for the app itself. The rules are in shell/policy.ts.

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type IpcMainEvent, type IpcMainInvokeEvent, type MenuItemConstructorOptions, type Session } from 'electron'
import { basename, join, resolve } from 'node:path'
import { methodNames, type Api } from '../shared/api/contract.ts'
import { findAppRoot } from './app-root.ts'
import { APP_NAME, resolveDataDir } from './data-dir.ts'
import { dispatch } from './dispatch.ts'
import { openShellServices, type ShellState } from './services.ts'
import { QuitFlush } from './shell/quit-flush.ts'
import { appMenuTemplate } from './shell/app-menu.ts'
import { COMMAND_CHANNEL, CommandsReport, ContextHint, ShellCommand, type ShellCommandId } from './shell/commands.ts'
import { contextMenuTemplate } from './shell/context-menu.ts'
import { deepLinkCommands } from './shell/deep-link.ts'
import { deepLinksFromArgv, filesFromArgv, flagValue, IMPORT_ANNOTATIONS_DIALOG, IMPORT_ARTICLES_DIALOG } from './shell/opened-files.ts'
import { openPaths, readAnnotationFile } from './shell/open-path.ts'
import { serveRenderer } from './shell/serve-renderer.ts'
import { isAllowedRequest, isDevToolsShortcut, isOpenableLink, isTrustedSender, mayNavigate, SCHEME, START_URL, WINDOW_BACKGROUND, windowPreferences } from './shell/policy.ts'
import { PageCommands } from './shell/page-commands.ts'
import { UntilOpen } from './shell/until-open.ts'
import { restoreWindow, windowStateOf, type Display } from './shell/window-state.ts'
import { takeFolder } from './store/take-folder.ts'

// Must happen before 'ready': only then does the scheme get a real origin,
// fetch support and secure-context status. corsEnabled because app.js and
// its chunks load as module scripts, fetched in CORS mode; the page loads
// nothing from any other origin (CSP), so it opens nothing to others.
protocol.registerSchemesAsPrivileged([
  { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
])
app.enableSandbox()
app.setName(APP_NAME)

// With no flag or variable this is the folder Electron would pick anyway
// (userData for "Sourcemark"); setting it makes Electron and the store agree
// when a flag moves it. It comes before the lock because the lock lives in
// userData: two different data dirs may run side by side.
const dataDir = resolveDataDir(flagValue(process.argv, '--data-dir'))
app.setPath('userData', dataDir)

let mainWindow: BrowserWindow | null = null
let api: Api | null = null
let shellState: ShellState | null = null
// What the page runs, and the commands waiting for it to say so.
const page = new PageCommands()
// Files and links that came before the services were open.
const early = new UntilOpen()
// What the page said is under the pointer, for the next context menu.
let contextAnnotation: string | null = null

if (!app.requestSingleInstanceLock()) {
  // The running instance gets 'second-instance' and comes to the front.
  app.quit()
} else {
  // A second launch hands over its arguments: files and links to open.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openArguments(argv, workingDirectory)
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  // macOS hands files and links over by event, before and after launch.
  app.on('open-file', (event, path) => { event.preventDefault(); early.run(() => void openFiles([path])) })
  app.on('open-url', (event, url) => { event.preventDefault(); early.run(() => openLink(url)) })
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
  const opening = openShellServices({ dataDir, resourcesDir: join(appRoot, 'resources'), indexAtStart: true, quickStart: true, ...(lock ? { lock } : { readOnly: true, readOnlyBecause }) })
  // Before the process ends, the library writes what it still has to (the
  // changes under way, the index shards left for later), then lets the
  // folder go: the windows are closed by 'will-quit', so no save is behind it.
  const quitting = new QuitFlush({
    close: async () => {
      try {
        await (await opening.catch(() => null))?.close()
      } finally {
        await lock?.release()
      }
    },
    quit: () => app.quit(),
    warn: (message) => console.error(message),
  })
  app.on('will-quit', (event) => void quitting.willQuit(event))
  const opened = await opening
  api = opened.api
  shellState = opened.shellState
  registerIpc(api)
  registerProtocolClient()
  setMenu()
  mainWindow = createWindow()
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createWindow()
  })
  openArguments(process.argv, process.cwd())
  early.open()
}

function createWindow(): BrowserWindow {
  const placed = restoreWindow(shellState?.window() ?? null, displays())
  const window = new BrowserWindow({
    title: APP_NAME,
    ...placed.bounds,
    minWidth: 480,
    minHeight: 360,
    // Shown once painted, on the page's own colour: no white flash.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    // main.cjs and preload.cjs are built side by side into dist/electron.
    webPreferences: windowPreferences(join(__dirname, 'preload.cjs'), app.isPackaged),
  })
  window.once('ready-to-show', () => {
    if (placed.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => void shellState?.saveWindow(windowStateOf(window.getNormalBounds(), window.isMaximized())))
  window.on('closed', () => {
    if (mainWindow === window) {
      mainWindow = null
      page.forget()
    }
  })
  window.webContents.on('context-menu', (_event, params) => void showContextMenu(window, params))
  window.loadURL(START_URL).catch((error: unknown) => console.error(`Sourcemark could not load its window: ${String(error)}`))
  return window
}

function harden(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) })
  })
}

function registerIpc(api: Api): void {
  for (const name of methodNames) {
    ipcMain.handle(`sourcemark:${name}`, (event, payload: unknown) => {
      // Only our own page in our own window may call the services.
      if (!isTrusted(event)) throw new Error(`Sourcemark refused ${name} from an unknown sender.`)
      return dispatch(api, name, payload)
    })
  }
  // The page's command ids: menus enable those, and what waited is sent.
  ipcMain.handle('sourcemark-shell:commands', (event, ids: unknown) => {
    const parsed = CommandsReport.safeParse(ids)
    if (!isTrusted(event) || !parsed.success) return false
    const waited = page.report(parsed.data)
    setMenu()
    for (const command of waited) send(command)
    return true
  })
  // Synchronous, so it is here before Electron's context-menu event.
  ipcMain.on('sourcemark-shell:context', (event: IpcMainEvent, hint: unknown) => {
    const parsed = ContextHint.safeParse(hint)
    contextAnnotation = isTrusted(event) && parsed.success ? parsed.data.annotationId : null
    event.returnValue = true
  })
  // Links in articles, after the user confirmed in the page.
  ipcMain.handle('sourcemark-shell:openExternal', async (event, url: unknown) => {
    if (!isTrusted(event) || !isOpenableLink(url)) return false
    await shell.openExternal(url)
    return true
  })
}

function isTrusted(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const fromWindow = mainWindow !== null && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents
  return isTrustedSender(fromWindow, event.senderFrame?.url ?? null)
}

// A command for the page, checked against the schema the preload checks.
function send(command: ShellCommand): void {
  const checked = ShellCommand.parse(command)
  if (!mainWindow || mainWindow.isDestroyed() || !page.ready) {
    page.wait(checked)
    if (!mainWindow) mainWindow = createWindow()
    return
  }
  mainWindow.webContents.send(COMMAND_CHANNEL, checked)
}

const available = (id: ShellCommandId) => page.available(id)

function setMenu(): void {
  const template = appMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, appName: APP_NAME, available }, {
    command: send,
    importArticles: () => void chooseArticles(),
    importAnnotations: () => void chooseAnnotations(),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]))
}

async function showContextMenu(window: BrowserWindow, params: { selectionText: string; isEditable: boolean }): Promise<void> {
  const annotationId = contextAnnotation
  contextAnnotation = null
  const sources = api && params.selectionText.trim() ? await listSources(api) : []
  const template = contextMenuTemplate({ selectionText: params.selectionText, isEditable: params.isEditable, annotationId, sources, available }, send)
  if (template.length > 0) Menu.buildFromTemplate(template as MenuItemConstructorOptions[]).popup({ window })
}

async function listSources(services: Api): Promise<{ id: string; name: string }[]> {
  const outcome = await dispatch(services, 'listSources', {})
  return outcome.ok ? (outcome.value as { id: string; name: string }[]) : []
}

function openArguments(argv: string[], cwd: string): void {
  const files = filesFromArgv(argv, { isPackaged: app.isPackaged, cwd })
  const links = deepLinksFromArgv(argv)
  early.run(() => {
    if (files.length > 0) void openFiles(files)
    for (const link of links) openLink(link)
  })
}

// Imported (or found in the library) and shown (shell/open-path.ts).
async function openFiles(paths: string[]): Promise<void> {
  if (!api) return
  await openPaths(api, paths, {
    opened: (path, documentId) => { app.addRecentDocument(path); send({ id: 'library.open', args: { documentId } }) },
    failed: (path, message) => warn(`Sourcemark could not open ${basename(path)}`, message),
  })
}

function openLink(url: string): void {
  const commands = deepLinkCommands(url)
  if (!commands) {
    console.error('Sourcemark ignored a link it does not know: it is not sourcemark://open/<document>#<annotation>.')
    return
  }
  for (const command of commands) send(command)
}

// In a development run the OS must start Electron with the app's path.
function registerProtocolClient(): void {
  const registered = process.defaultApp && process.argv[1]
    ? app.setAsDefaultProtocolClient(SCHEME, process.execPath, [resolve(process.argv[1])])
    : app.setAsDefaultProtocolClient(SCHEME)
  if (!registered) console.error('Sourcemark could not register itself for sourcemark:// links.')
}

async function choose(options: Electron.OpenDialogOptions): Promise<string[]> {
  const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
  return chosen.canceled ? [] : chosen.filePaths
}

async function chooseArticles(): Promise<void> {
  await openFiles(await choose(IMPORT_ARTICLES_DIALOG))
}

async function chooseAnnotations(): Promise<void> {
  const path = (await choose(IMPORT_ANNOTATIONS_DIALOG))[0]
  if (!path) return
  const file = await readAnnotationFile(path)
  if (file.ok) send({ id: 'file.importAnnotations', args: { name: file.name, text: file.text } })
  else warn('Sourcemark could not import the annotations', file.message)
}

function warn(message: string, detail: string): void {
  void dialog.showMessageBox({ type: 'warning', title: APP_NAME, message, detail })
}

// Primary display first: a window with no home goes there.
function displays(): Display[] {
  const primary = screen.getPrimaryDisplay()
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)]
}
