// A recording stand-in for the 'electron' module, so the built main process
// (main.cjs) can be loaded under plain Node: every handler and listener it
// installs is kept, for a test to call as Electron would and to check what
// it answers. Only what main.ts uses is here.

import { EventEmitter } from 'node:events'

export class FakeContents extends EventEmitter {
  windowOpenHandler: (() => { action: string }) | undefined
  devToolsClosed = 0
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler
  }
  closeDevTools(): void {
    this.devToolsClosed++
  }
}

export interface FakeWindow { options: { webPreferences: Record<string, unknown> }; webContents: FakeContents; loaded: string[] }

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
  // The first window, once main.ts made it; rejects when it could not start.
  window: Promise<FakeWindow>
}

export function electronStandIn({ packaged }: { packaged: boolean }): StandIn {
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
    quit() {},
    exit: (code: number) => failed(new Error(`app.exit(${code})`)),
  })
  const session: StandIn['session'] = {}
  const ipc = new Map<string, (...args: unknown[]) => unknown>()

  class BrowserWindow extends EventEmitter {
    readonly webContents = new FakeContents()
    readonly loaded: string[] = []
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
  }

  const electron = {
    app,
    BrowserWindow,
    dialog: { showErrorBox: (title: string, message: string) => failed(new Error(`${title}: ${message}`)) },
    ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => void ipc.set(channel, handler) },
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
  return { electron, app, session, ipc, window }
}
