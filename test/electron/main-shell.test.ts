// Smoke test of the built Electron main process under plain Node, with the
// recording stand-in for 'electron' (test/helpers/electron-stand-in.ts):
// main.cjs starts on a real data folder, and what it told Electron to do
// with windows, navigation, permissions and DevTools is checked by calling
// its handlers as Electron would.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { build } from 'esbuild'
import Module from 'node:module'
import { mkdir, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { electronStandIn, type FakeContents, type StandIn } from '../helpers/electron-stand-in.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const ROOT = join(__dirname, '..', '..')
const tempDir = tempDirs('main-shell')

// main.cjs built as scripts/build.mjs builds it, beside a link to the
// resources it looks for above itself.
async function buildMain(): Promise<string> {
  const dir = await tempDir()
  await symlink(join(ROOT, 'resources'), join(dir, 'resources'))
  const outfile = join(dir, 'dist', 'electron', 'main.cjs')
  await build({ entryPoints: [join(ROOT, 'electron', 'main.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], logLevel: 'warning' })
  return outfile
}

const mainFile = buildMain()

async function startMain(packaged: boolean): Promise<StandIn> {
  const file = await mainFile
  const dataDir = join(await tempDir(), 'data')
  await mkdir(dataDir)
  const standIn = electronStandIn({ packaged })
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const load = loader._load
  const savedDir = process.env.SOURCEMARK_DATA_DIR
  loader._load = function (request, ...rest) {
    return request === 'electron' ? standIn.electron : load.call(this, request, ...rest)
  }
  try {
    process.env.SOURCEMARK_DATA_DIR = dataDir
    delete require.cache[file]
    require(file)
  } finally {
    loader._load = load
    if (savedDir === undefined) delete process.env.SOURCEMARK_DATA_DIR
    else process.env.SOURCEMARK_DATA_DIR = savedDir
  }
  await standIn.window
  return standIn
}

function navigation(url: string) {
  const event = { url, prevented: false, preventDefault() { event.prevented = true } }
  return event
}

function prevented(contents: FakeContents, name: string, url: string): boolean {
  const event = navigation(url)
  contents.emit(name, event)
  return event.prevented
}

test('the window and every web contents may go only to the app: navigation, frames, redirects, new windows, webviews', async (t) => {
  const standIn = await startMain(true)
  t.after(() => standIn.app.emit('will-quit'))
  const window = await standIn.window
  assert.deepEqual(window.loaded, ['sourcemark://app/index.html'])
  const contents = window.webContents
  for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    assert.equal(contents.listenerCount(name), 1, `${name} is handled`)
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'sourcemark://other/x', 'javascript:alert(1)']) {
      assert.equal(prevented(contents, name, url), true, `${name} ${url}`)
    }
    assert.equal(prevented(contents, name, 'sourcemark://app/index.html'), false, `${name} to the app`)
  }
  assert.deepEqual(contents.windowOpenHandler?.(), { action: 'deny' })
  const webview = navigation('')
  contents.emit('will-attach-webview', webview)
  assert.equal(webview.prevented, true)
})

test('no permission and no device is granted, asked or checked', async (t) => {
  const standIn = await startMain(true)
  t.after(() => standIn.app.emit('will-quit'))
  const { session } = standIn
  const answers: boolean[] = []
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb']) {
    session.permissionRequest!({}, permission, (granted) => answers.push(granted), {})
  }
  assert.deepEqual(answers, Array(7).fill(false))
  assert.equal(session.permissionCheck!({}, 'media', 'sourcemark://app', {}), false)
  assert.ok(session.devicePermission, 'a device permission handler is set')
  for (const deviceType of ['hid', 'serial', 'usb', 'bluetooth']) {
    assert.equal(session.devicePermission({ deviceType, origin: 'sourcemark://app', device: {} }), false, deviceType)
  }
  let cancelled: boolean | undefined
  session.beforeRequest!({ url: 'https://example.com/track.png' }, ({ cancel }) => { cancelled = cancel })
  assert.equal(cancelled, true)
})

test('a packaged build has no DevTools: off in the window, the shortcut swallowed, closed if opened anyway', async (t) => {
  const standIn = await startMain(true)
  t.after(() => standIn.app.emit('will-quit'))
  const window = await standIn.window
  assert.equal(window.options.webPreferences.devTools, false)
  assert.equal(window.options.webPreferences.sandbox, true)
  assert.equal(window.options.webPreferences.contextIsolation, true)
  const contents = window.webContents
  const press = (key: string, mods: Record<string, boolean> = {}) => {
    const event = navigation('')
    contents.emit('before-input-event', event, { type: 'keyDown', key, control: false, meta: false, alt: false, shift: false, ...mods })
    return event.prevented
  }
  assert.equal(press('F12'), true)
  assert.equal(press('I', { control: true, shift: true }), true)
  assert.equal(press('h'), false, 'ordinary keys still reach the page')
  contents.emit('devtools-opened')
  assert.equal(contents.devToolsClosed, 1)
})

test('a development build keeps DevTools', async (t) => {
  const standIn = await startMain(false)
  t.after(() => standIn.app.emit('will-quit'))
  const window = await standIn.window
  assert.equal(window.options.webPreferences.devTools, true)
  const event = navigation('')
  window.webContents.emit('before-input-event', event, { type: 'keyDown', key: 'F12', control: false, meta: false, alt: false, shift: false })
  assert.equal(event.prevented, false)
  window.webContents.emit('devtools-opened')
  assert.equal(window.webContents.devToolsClosed, 0)
})
