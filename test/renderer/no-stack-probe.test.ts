// prosemirror-model reads the stack of an Error as it loads, to see whether
// it runs on V8; in the page that made V8 parse the whole bundle a second
// time before the first paint (scripts/no-stack-probe.mjs). Bundled as
// scripts/build.mjs bundles the renderer: no stack is read while the module
// loads, and text is cut as before. A prosemirror-model whose probe reads
// differently stops the build.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runInContext, createContext } from 'node:vm'
import { build, type Plugin } from 'esbuild'
import { tempDirs } from '../helpers/temp-dirs.ts'
// @ts-expect-error: a build script in plain JavaScript, without types.
import { noStackProbe } from '../../scripts/no-stack-probe.mjs'

const ROOT = join(__dirname, '..', '..')
const tempDir = tempDirs('no-stack-probe')

const ENTRY = `
import { Schema } from 'prosemirror-model'
const schema = new Schema({ nodes: { doc: { content: 'text*' }, text: {} } })
export const cut = (text, from, to) => schema.text(text).cut(from, to).text
`

async function bundle(plugins: Plugin[], resolveDir = ROOT): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir, loader: 'js' },
    bundle: true, write: false, format: 'iife', globalName: 'built', platform: 'browser', logLevel: 'silent', plugins,
  })
  return out.outputFiles[0]!.text
}

// Runs a bundle with an Error that counts the reads of its stack.
function load(code: string): { stackReads: number; cut: (text: string, from: number, to: number) => string } {
  const context = createContext({ stackReads: 0 })
  runInContext(`
    const Real = Error
    globalThis.Error = class extends Real {
      constructor(...args) {
        super(...args)
        const stack = this.stack
        Object.defineProperty(this, 'stack', { get: () => { globalThis.stackReads++; return stack } })
      }
    }
    ${code}`, context)
  return { get stackReads() { return context.stackReads as number }, cut: (context.built as { cut: (t: string, f: number, to: number) => string }).cut }
}

test('bundled for the page, prosemirror-model reads no stack as it loads, and cuts text as before', async () => {
  const probed = load(await bundle([]))
  assert.equal(probed.stackReads, 1, 'the probe this plugin takes out is still in prosemirror-model')
  const built = load(await bundle([noStackProbe]))
  assert.equal(built.stackReads, 0)
  assert.equal(built.cut('Xinhua reported on Tuesday', 7, 15), 'reported')
  assert.equal(built.cut('Xinhua reported on Tuesday', 7, 15), probed.cut('Xinhua reported on Tuesday', 7, 15))
})

test('a prosemirror-model whose probe reads differently stops the build', async () => {
  const dir = await tempDir()
  const dist = join(dir, 'node_modules', 'prosemirror-model', 'dist')
  await mkdir(dist, { recursive: true })
  await writeFile(join(dir, 'node_modules', 'prosemirror-model', 'package.json'), JSON.stringify({ name: 'prosemirror-model', type: 'module', main: 'dist/index.js' }))
  await writeFile(join(dist, 'index.js'), 'const v8InternHack = (() => { const probe = new Error("/").stack; return s => s })()\nexport class Schema { text() { return { cut: () => ({ text: "" }) } } }\n')
  await assert.rejects(bundle([noStackProbe], dir), /V8 probe \(v8InternHack\) was not found/)
})
