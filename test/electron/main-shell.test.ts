// Smoke test of the built Electron main process under plain Node, with the
// recording stand-in for 'electron' (test/helpers/electron-stand-in.ts):
// main.cjs starts on a real data folder, and what it told Electron to do
// with windows, navigation, permissions and DevTools is checked by calling
// its handlers as Electron would.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { build } from 'esbuild'
import Module from 'node:module'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { electronStandIn, type FakeContents, type FakeWindow, type MenuTemplate, type StandIn } from '../helpers/electron-stand-in.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { openServices } from '../../electron/services.ts'
import { LOCK_FILE } from '../../electron/store/lock.ts'

const ROOT = join(__dirname, '..', '..')
const tempDir = tempDirs('main-shell')

// main.cjs built as scripts/build.mjs builds it, beside a link to the
// resources it looks for above itself.
async function buildMain(): Promise<string> {
  const dir = await tempDir()
  await symlink(join(ROOT, 'resources'), join(dir, 'resources'))
  const outdir = join(dir, 'dist', 'electron')
  await build({
    entryPoints: { main: join(ROOT, 'electron', 'main.ts'), 'import-worker': join(ROOT, 'electron', 'import', 'import-worker.ts') },
    outdir, outExtension: { '.js': '.cjs' }, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], logLevel: 'warning',
  })
  return join(outdir, 'main.cjs')
}

const mainFile = buildMain()

// files: what the OS passed on the command line at first launch.
async function startMain(packaged: boolean, files: string[] = []): Promise<StandIn & { dataDir: string }> {
  const file = await mainFile
  const dataDir = join(await tempDir(), 'data')
  await mkdir(dataDir)
  const standIn = electronStandIn({ packaged })
  const savedArgv = process.argv
  process.argv = [process.execPath, ...(packaged ? [] : ['.']), ...files]
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
  try {
    await standIn.window
  } finally {
    process.argv = savedArgv
  }
  return Object.assign(standIn, { dataDir })
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

// A call from the app's own page in the window, as Electron delivers it.
function fromPage(window: FakeWindow) {
  return { sender: window.webContents, senderFrame: { url: 'sourcemark://app/index.html' }, returnValue: undefined as unknown }
}

// The commands main sent the page, once there are `count` of them.
async function sentCommands(contents: FakeContents, count: number): Promise<unknown[]> {
  while (contents.sent.length < count) await once(contents, 'sent')
  return contents.sent.map(([channel, message]) => { assert.equal(channel, 'sourcemark-shell:command'); return message })
}

test('main runs to its first window: shown on ready-to-show on the page colour, the menu set, IPC answered', async (t) => {
  const standIn = await startMain(true)
  t.after(() => standIn.app.emit('will-quit'))
  const window = await standIn.window
  assert.equal(window.options.show, false)
  assert.equal(window.options.backgroundColor, '#fdfcf9')
  assert.equal(window.shown, false)
  window.emit('ready-to-show')
  assert.equal(window.shown, true)
  assert.deepEqual(standIn.protocols, ['sourcemark'])

  const menu = standIn.menus.at(-1)!
  assert.ok(menu, 'an application menu is set')
  const labels = menu.template.map((m) => m.label)
  assert.deepEqual(labels, process.platform === 'darwin' ? ['Sourcemark', 'File', 'Edit', 'View', 'Window', 'Help'] : ['File', 'Edit', 'View', 'Window', 'Help'])

  const documents = await standIn.ipc.get('sourcemark:listDocuments')!(fromPage(window), {}) as { ok: boolean; value: unknown[] }
  assert.equal(documents.ok, true)
  assert.equal(documents.value.length, 1, 'the sample')
  await assert.rejects(async () => standIn.ipc.get('sourcemark:listDocuments')!({ ...fromPage(window), senderFrame: { url: 'https://example.com/' } }, {}))

  // The page reports its commands: the menu is set again, without the ones it lacks.
  assert.equal(await standIn.ipc.get('sourcemark-shell:commands')!(fromPage(window), ['library.toggle', 'search.focus']), true)
  const find = (items: MenuTemplate[], label: string): MenuTemplate | undefined =>
    items.map((i) => (i.label === label ? i : find(i.submenu ?? [], label))).find(Boolean)
  const current = standIn.menus.at(-1)!.template
  assert.equal(find(current, 'Library')!.enabled, true)
  assert.equal(find(current, 'Reading Settings…')!.enabled, false)
  find(current, 'Library')!.click!()
  assert.deepEqual(await sentCommands(window.webContents, 1), [{ id: 'library.toggle' }])
})

test('a second launch with a file and a deep link: the file is imported and shown, the link opened at its annotation', async (t) => {
  const standIn = await startMain(true)
  t.after(() => standIn.app.emit('will-quit'))
  const window = await standIn.window
  await standIn.ipc.get('sourcemark-shell:commands')!(fromPage(window), ['library.open', 'annotation.reveal'])
  const dir = await tempDir()
  await writeFile(join(dir, 'story.md'), '# Talks\n\nXinhua said the talks went well.\n')
  standIn.app.emit('second-instance', {}, ['/opt/Sourcemark/sourcemark', '--flag', 'story.md', 'sourcemark://open/doc-1#annot-123'], dir)
  const sent = await sentCommands(window.webContents, 3) as { id: string; args: Record<string, string> }[]
  const link = sent.filter((c) => c.args.documentId !== undefined && c.args.documentId === 'doc-1' || c.id === 'annotation.reveal')
  assert.deepEqual(link, [{ id: 'library.open', args: { documentId: 'doc-1' } }, { id: 'annotation.reveal', args: { id: 'annot-123' } }])
  const opened = sent.find((c) => c.id === 'library.open' && c.args.documentId !== 'doc-1')!
  const documents = await standIn.ipc.get('sourcemark:listDocuments')!(fromPage(window), {}) as { value: { id: string; meta: { title: string } }[] }
  assert.equal(documents.value.find((d) => d.id === opened.args.documentId)?.meta.title, 'Talks')
  assert.deepEqual(standIn.recent, [join(dir, 'story.md')])

  // A link to the app's own pages or anything malformed opens nothing.
  standIn.app.emit('second-instance', {}, ['/opt/s', 'sourcemark://app/index.html', 'sourcemark://open/x?y'], dir)
  standIn.app.emit('open-url', { preventDefault() {} }, 'sourcemark://open/doc-2')
  assert.deepEqual((await sentCommands(window.webContents, 4)).at(-1), { id: 'library.open', args: { documentId: 'doc-2' } })
  assert.equal(window.webContents.sent.length, 4)
})

test('a file given at first launch waits for the page, then is shown', async (t) => {
  const dir = await tempDir()
  const file = join(dir, 'first.txt')
  await writeFile(file, 'First launch\n\nTass reported it.\n')
  const standIn = await startMain(true, [file])
  t.after(() => standIn.app.emit('will-quit'))
  const window = await standIn.window
  assert.equal(window.webContents.sent.length, 0, 'nothing is sent before the page can take it')
  await standIn.ipc.get('sourcemark-shell:commands')!(fromPage(window), ['library.open'])
  const [command] = await sentCommands(window.webContents, 1) as { id: string; args: { documentId: string } }[]
  assert.equal(command!.id, 'library.open')
  assert.match(command!.args.documentId, /^[a-z0-9-]+$/)
})

test('a right click on an annotation over selected words offers marking, the sources and the annotation’s note', async (t) => {
  const standIn = await startMain(true)
  t.after(() => standIn.app.emit('will-quit'))
  const window = await standIn.window
  await standIn.ipc.get('sourcemark-shell:commands')!(fromPage(window), ['annotation.markClaim', 'annotation.tagSource', 'annotation.editNote'])
  const hint = fromPage(window)
  standIn.ipcOn.get('sourcemark-shell:context')!(hint, { annotationId: 'annot-123' })
  assert.equal(hint.returnValue, true)
  const popped = once(standIn.events, 'popup')
  window.webContents.emit('context-menu', {}, { selectionText: 'the talks went well', isEditable: false })
  const [menu] = await popped as [{ template: MenuTemplate[] }]
  const labels = menu.template.map((i) => i.label ?? i.role)
  for (const label of ['copy', 'Claim', 'Attribute to', 'Edit Note']) assert.ok(labels.includes(label), label)
  assert.ok(menu.template.find((i) => i.label === 'Attribute to')!.submenu!.some((i) => i.label === 'Xinhua'))
  menu.template.find((i) => i.label === 'Edit Note')!.click!()
  assert.deepEqual(await sentCommands(window.webContents, 1), [{ id: 'annotation.editNote', args: { id: 'annot-123' } }])
})

test('quitting writes the library first: a save asked for just before will-quit is on disk, its index shard too, then the folder is let go', async () => {
  const standIn = await startMain(true)
  const window = await standIn.window
  const call = (method: string, input: unknown) => standIn.ipc.get(`sourcemark:${method}`)!(fromPage(window), input) as Promise<{ ok: boolean; value: unknown; error?: unknown }>
  const document = await call('getDocument', { documentId: SAMPLE_ID })
  const text = canonicalText((document.value as { blocks: Parameters<typeof canonicalText>[0] }).blocks)
  const at = text.indexOf('Tass reported')
  // Asked for, not answered: the quit comes in between.
  const saving = call('createAnnotation', { documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + 13), sources: ['tass'] })
  const quitAsked = once(standIn.events, 'quit')
  const event = { prevented: false, preventDefault() { event.prevented = true } }
  standIn.app.emit('will-quit', event)
  assert.equal(event.prevented, true, 'the first will-quit waits for the library')
  await quitAsked
  const saved = await saving
  assert.equal(saved.ok, true, JSON.stringify(saved.error))
  // What a kill right after the quit would find: all of it on disk.
  assert.equal((await readLibrary(standIn.dataDir)).documents.find((d) => d.id === SAMPLE_ID)!.annotationCount, 1)
  assert.equal(existsSync(join(standIn.dataDir, LOCK_FILE)), false, 'the lock is let go after the library is written')
  const again = await openServices({ dataDir: standIn.dataDir, resourcesDir: join(ROOT, 'resources') })
  assert.deepEqual((await again.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), [(saved.value as { id: string }).id])
  // Electron's second will-quit, after main asked again: let through.
  const second = { prevented: false, preventDefault() { second.prevented = true } }
  standIn.app.emit('will-quit', second)
  assert.equal(second.prevented, false)
})
