// A recording stand-in for the 'electron' module, so the built main process
// (main.cjs) can be loaded under plain Node: every handler and listener it
// installs is kept, for a test to call as Electron would and to check what
// it answers. Only what main.ts uses is here.

import { EventEmitter } from 'node:events'

export class FakeContents extends EventEmitter {
  windowOpenHandler: (() => { action: string }) | undefined
  devToolsClosed = 0
  // What main sent the page: [channel, message].
  readonly sent: [string, unknown][] = []
  send(channel: string, message: unknown): void {
    this.sent.push([channel, message])
    this.emit('sent')
  }
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler
  }
  closeDevTools(): void {
    this.devToolsClosed++
  }
}

export interface FakeWindow extends EventEmitter { options: { webPreferences: Record<string, unknown> } & Record<string, unknown>; webContents: FakeContents; loaded: string[]; shown: boolean }

// A built menu: the template main gave, and where it popped up.
export interface FakeMenu { template: MenuTemplate[]; popups: unknown[] }
export interface MenuTemplate { label?: string; role?: string; accelerator?: string; enabled?: boolean; submenu?: MenuTemplate[]; click?: () => void }

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void

export interface StandIn {
  electron: Record<string, unknown>
  app: EventEmitter & { isPackaged: boolean }
  session: {
    permissionRequest?: PermissionRequest
    permissionCheck?: (...args: unknown[]) => boolean
    devicePermission?: (details: unknown) => boolean
    beforeRequest?: (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void
  }
  ipc: Map<string, (...args: unknown[]) => unknown>
  // ipcMain.on listeners (one-way and synchronous messages).
  ipcOn: Map<string, (...args: unknown[]) => unknown>
  // Every application menu set, the last one current.
  menus: FakeMenu[]
  // Every menu built (application and context menus).
  built: FakeMenu[]
  recent: string[]
  protocols: string[]
  warnings: string[]
  // Emits 'popup' when a menu pops up, 'quit' when main asks to quit.
  events: EventEmitter
  // The first window, once main.ts made it; rejects when it could not start.
  window: Promise<FakeWindow>
}

export function electronStandIn({ packaged }: { packaged: boolean }): StandIn {
  const menus: FakeMenu[] = []
  const built: FakeMenu[] = []
  const recent: string[] = []
  const protocols: string[] = []
  const warnings: string[] = []
  const ipcOn = new Map<string, (...args: unknown[]) => unknown>()
  const events = new EventEmitter()
  let created!: (window: FakeWindow) => void
  let failed!: (error: Error) => void
  const window = new Promise<FakeWindow>((resolve, reject) => { created = resolve; failed = reject })
  const app = Object.assign(new EventEmitter(), {
    isPackaged: packaged,
    enableSandbox() {},
    setName() {},
    setPath() {},
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    // Electron's quit, asked for: told on events as 'quit' (a test then
    // emits 'will-quit' as Electron would).
    quit: () => void events.emit('quit'),
    exit: (code: number) => failed(new Error(`app.exit(${code})`)),
    setAsDefaultProtocolClient: (scheme: string) => { protocols.push(scheme); return true },
    addRecentDocument: (path: string) => void recent.push(path),
  })
  const session: StandIn['session'] = {}
  const ipc = new Map<string, (...args: unknown[]) => unknown>()

  class BrowserWindow extends EventEmitter {
    readonly webContents = new FakeContents()
    readonly loaded: string[] = []
    shown = false
    maximized = false
    constructor(readonly options: FakeWindow['options']) {
      super()
      // As Electron does, before the page loads.
      app.emit('web-contents-created', {}, this.webContents)
      created(this)
    }
    isMinimized() { return false }
    restore() {}
    focus() {}
    isDestroyed() { return false }
    loadURL(url: string) { this.loaded.push(url); return Promise.resolve() }
    show() { this.shown = true }
    maximize() { this.maximized = true }
    isMaximized() { return this.maximized }
    getNormalBounds() { const o = this.options as Record<string, number>; return { x: o.x ?? 0, y: o.y ?? 0, width: o.width!, height: o.height! } }
  }
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }

  const electron = {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => failed(new Error(`${title}: ${message}`)),
      showMessageBox: (options: { message: string; detail?: string }) => { warnings.push(`${options.message}: ${options.detail ?? ''}`); return Promise.resolve({ response: 0 }) },
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => void ipc.set(channel, handler),
      on: (channel: string, listener: (...args: unknown[]) => unknown) => void ipcOn.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplate[]) => {
        const menu: FakeMenu & { popup(options: unknown): void } = { template, popups: [], popup(options) { menu.popups.push(options); events.emit('popup', menu) } }
        built.push(menu)
        return menu
      },
      setApplicationMenu: (menu: FakeMenu) => void menus.push(menu),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    protocol: { registerSchemesAsPrivileged() {}, handle() {} },
    shell: { openExternal: () => Promise.resolve() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: PermissionRequest) => { session.permissionRequest = handler },
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => { session.permissionCheck = handler },
        setDevicePermissionHandler: (handler: (details: unknown) => boolean) => { session.devicePermission = handler },
        webRequest: { onBeforeRequest: (handler: StandIn['session']['beforeRequest']) => { session.beforeRequest = handler } },
      },
    },
  }
  return { electron, app, session, ipc, ipcOn, menus, built, recent, protocols, warnings, events, window }
}
