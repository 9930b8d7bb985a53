import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isAppUrl, isDevToolsShortcut, isOpenableLink, mayNavigate, START_URL, windowPreferences, type KeyInput } from '../../electron/shell/policy.ts'

test('navigation, of the window or a frame, goes only to the app', () => {
  assert.ok(isAppUrl(START_URL))
  for (const url of [START_URL, 'sourcemark://app/other.html#x']) assert.equal(mayNavigate(url), true, url)
  for (const url of ['https://example.com/', 'sourcemark://other/index.html', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'about:blank', 'devtools://devtools/bundled/inspector.html', 'not a url', '']) {
    assert.equal(mayNavigate(url), false, url)
  }
})

test('only web and mail links open outside', () => {
  for (const url of ['https://example.com/a', 'http://x.org', 'mailto:a@b.c']) assert.equal(isOpenableLink(url), true, url)
  for (const url of ['file:///bin/sh', 'smb://host/share', 'javascript:1', 'sourcemark://app/', 5, null, `https://x.org/${'a'.repeat(5000)}`]) {
    assert.equal(isOpenableLink(url), false, String(url).slice(0, 40))
  }
})

test('a packaged window has no DevTools; a development one has them', () => {
  const packaged = windowPreferences('/app/preload.cjs', true)
  assert.equal(packaged.devTools, false)
  assert.equal(windowPreferences('/app/preload.cjs', false).devTools, true)
  assert.deepEqual({ ...packaged, devTools: undefined }, {
    preload: '/app/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false, devTools: undefined,
  })
})

test('the DevTools shortcuts are recognised, ordinary keys are not', () => {
  const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ type: 'keyDown', key: k, control: false, meta: false, alt: false, shift: false, ...mods })
  for (const input of [key('F12'), key('I', { control: true, shift: true }), key('j', { control: true, shift: true }), key('C', { control: true, shift: true }), key('i', { meta: true, alt: true })]) {
    assert.equal(isDevToolsShortcut(input), true, JSON.stringify(input))
  }
  for (const input of [key('i'), key('c', { control: true }), key('h'), key('z', { control: true, shift: true }), key('1'), { ...key('F12'), type: 'keyUp' }]) {
    assert.equal(isDevToolsShortcut(input), false, JSON.stringify(input))
  }
})

test('the window background is the light theme’s paper colour, so it shows without a flash', async () => {
  const { readFile } = await import('node:fs/promises')
  const { join } = await import('node:path')
  const { WINDOW_BACKGROUND } = await import('../../electron/shell/policy.ts')
  const css = await readFile(join(__dirname, '..', '..', 'renderer', 'styles', 'tokens.css'), 'utf8')
  assert.equal(/--paper:\s*(#[0-9a-f]{6})/i.exec(css)?.[1]?.toLowerCase(), WINDOW_BACKGROUND)
})
