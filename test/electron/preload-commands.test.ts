// The built preload under a stand-in for 'electron': the page hears only
// the menu commands that pass the check in electron/shell/commands.ts, and
// what it reports goes to main on the expected channels.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { build } from 'esbuild'
import Module from 'node:module'
import { join } from 'node:path'
import { tempDirs } from '../helpers/temp-dirs.ts'

const ROOT = join(__dirname, '..', '..')
const tempDir = tempDirs('preload')

async function loadPreload() {
  const outfile = join(await tempDir(), 'preload.cjs')
  await build({ entryPoints: [join(ROOT, 'electron', 'preload.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'], logLevel: 'warning' })
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>()
  const listeners = new Map<string, (event: unknown, message: unknown) => void>()
  const invoked: [string, unknown][] = []
  const sentSync: [string, unknown][] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: Record<string, (...args: unknown[]) => unknown>) => void exposed.set(name, api) },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => { invoked.push([channel, payload]); return Promise.resolve(true) },
      on: (channel: string, listener: (event: unknown, message: unknown) => void) => void listeners.set(channel, listener),
      sendSync: (channel: string, payload: unknown) => { sentSync.push([channel, payload]); return true },
    },
  }
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const load = loader._load
  loader._load = function (request, ...rest) { return request === 'electron' ? electron : load.call(this, request, ...rest) }
  try {
    require(outfile)
  } finally {
    loader._load = load
  }
  return { desktop: exposed.get('sourcemarkDesktop')!, listeners, invoked, sentSync }
}

test('only commands that pass the check reach the page, with their arguments', async () => {
  const { desktop, listeners } = await loadPreload()
  const heard: [string, unknown][] = []
  desktop.onCommand!((id: string, args: unknown) => void heard.push([id, args]))
  const deliver = listeners.get('sourcemark-shell:command')!
  const good = [
    { id: 'library.toggle' },
    { id: 'library.open', args: { documentId: 'doc-1' } },
    { id: 'file.exportDialog', args: { scope: 'document', format: 'md' } },
  ]
  const bad = [
    { id: 'library.deleteDocument', args: { documentId: 'doc-1' } },
    { id: 'library.open', args: { documentId: '../x' } },
    { id: 'library.toggle', args: { extra: 1 } },
    { id: 'file.exportDialog', args: { scope: 'document', format: 'exe' } },
    { id: 'file.export', args: { scope: 'document', format: 'md' } },
    { id: 'search.text', args: { query: '   ' } },
    { id: '__proto__' }, 'library.toggle', null,
  ]
  for (const message of [...bad, ...good]) deliver({}, message)
  assert.deepEqual(heard, [['library.toggle', undefined], ['library.open', { documentId: 'doc-1' }], ['file.exportDialog', { scope: 'document', format: 'md' }]])
})

test('the page reports its commands and what a right click is on', async () => {
  const { desktop, invoked, sentSync } = await loadPreload()
  await desktop.reportCommands!(['library.toggle'])
  desktop.pointAt!('annot-123')
  desktop.pointAt!({ not: 'an id' })
  assert.deepEqual(invoked, [['sourcemark-shell:commands', ['library.toggle']]])
  assert.deepEqual(sentSync, [['sourcemark-shell:context', { annotationId: 'annot-123' }], ['sourcemark-shell:context', { annotationId: null }]])
})
