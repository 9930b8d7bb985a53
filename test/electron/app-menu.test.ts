import { test } from 'node:test'
import assert from 'node:assert/strict'
import { appMenuTemplate, type MenuActions } from '../../electron/shell/app-menu.ts'
import type { ShellCommand } from '../../electron/shell/commands.ts'
import type { MenuItem } from '../../electron/shell/menu-item.ts'

function build(platform: NodeJS.Platform, isPackaged: boolean, missing: string[] = []) {
  const sent: ShellCommand[] = []
  const calls: string[] = []
  const actions: MenuActions = {
    command: (command) => void sent.push(command),
    importArticles: () => void calls.push('importArticles'),
    importAnnotations: () => void calls.push('importAnnotations'),
  }
  const template = appMenuTemplate({ platform, isPackaged, appName: 'Sourcemark', available: (id) => !missing.includes(id) }, actions)
  return { template, sent, calls }
}

function flat(items: MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...flat(item.submenu ?? [])])
}
const byLabel = (items: MenuItem[], label: string) => flat(items).find((i) => i.label === label)
const roles = (items: MenuItem[]) => flat(items).map((i) => i.role).filter(Boolean)

test('Linux and Windows: File, Edit, View, Window, Help with the standard roles, Quit in File and About in Help', () => {
  for (const platform of ['linux', 'win32'] as const) {
    const { template } = build(platform, true)
    assert.deepEqual(template.map((m) => m.label), ['File', 'Edit', 'View', 'Window', 'Help'])
    const all = roles(template)
    for (const role of ['quit', 'about', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize']) {
      assert.ok(all.includes(role), `${platform} has ${role}`)
    }
    assert.ok(template[0]!.submenu!.some((i) => i.role === 'quit'))
    assert.ok(template[4]!.submenu!.some((i) => i.role === 'about'))
  }
})

test('macOS: the app menu first, with About, Hide and Quit; no Quit in File', () => {
  const { template } = build('darwin', true)
  assert.deepEqual(template.map((m) => m.label), ['Sourcemark', 'File', 'Edit', 'View', 'Window', 'Help'])
  const appRoles = template[0]!.submenu!.map((i) => i.role).filter(Boolean)
  assert.deepEqual(appRoles, ['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit'])
  assert.ok(!template[1]!.submenu!.some((i) => i.role === 'quit'))
  assert.equal(roles(template).filter((r) => r === 'quit').length, 1)
  assert.ok(roles(template).includes('front'))
})

test('the app commands carry their accelerators and send their command ids', () => {
  const { template, sent, calls } = build('linux', true)
  const expect: [string, string | undefined, ShellCommand | string][] = [
    ['Import Article…', 'CmdOrCtrl+O', 'importArticles'],
    ['Import Annotations…', undefined, 'importAnnotations'],
    ['Export…', 'CmdOrCtrl+E', { id: 'file.exportDialog', args: { scope: 'document', format: 'md' } }],
    ['Annotated Web Page…', undefined, { id: 'file.exportDialog', args: { scope: 'document', format: 'html' } }],
    ['Spreadsheet (CSV)…', undefined, { id: 'file.exportDialog', args: { scope: 'document', format: 'csv' } }],
    ['Library', 'CmdOrCtrl+L', { id: 'library.toggle' }],
    ['Search', 'CmdOrCtrl+Shift+F', { id: 'search.focus' }],
    ['Reading Settings…', undefined, { id: 'reading.settings' }],
    ['Suggestions On/Off', undefined, { id: 'suggestions.toggle' }],
    ['Keyboard Shortcuts', undefined, { id: 'help.shortcuts' }],
    ['Whole Library as Markdown…', undefined, { id: 'file.exportDialog', args: { scope: 'library', format: 'md' } }],
  ]
  for (const [label, accelerator, outcome] of expect) {
    const item = byLabel(template, label)
    assert.ok(item, label)
    assert.equal(item.accelerator, accelerator, label)
    sent.length = 0; calls.length = 0
    item.click!()
    if (typeof outcome === 'string') assert.deepEqual(calls, [outcome], label)
    else assert.deepEqual(sent, [outcome], label)
  }
  const accelerators = flat(template).map((i) => i.accelerator).filter(Boolean)
  assert.equal(new Set(accelerators).size, accelerators.length, 'no accelerator is used twice')
})

test('Reload and DevTools only in development', () => {
  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    assert.ok(!roles(build(platform, true).template).some((r) => r === 'reload' || r === 'toggleDevTools' || r === 'forceReload'), platform)
    const dev = roles(build(platform, false).template)
    assert.ok(dev.includes('reload') && dev.includes('toggleDevTools'), platform)
  }
})

test('a command the page does not have is disabled, the others enabled', () => {
  const { template } = build('linux', true, ['reading.settings', 'suggestions.toggle'])
  assert.equal(byLabel(template, 'Reading Settings…')!.enabled, false)
  assert.equal(byLabel(template, 'Suggestions On/Off')!.enabled, false)
  assert.equal(byLabel(template, 'Library')!.enabled, true)
})
