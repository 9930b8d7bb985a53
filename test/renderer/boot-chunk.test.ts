// app.js is evaluated before the first document is painted (issue 18): what
// only later work needs is in chunks imported after the paint. Built as
// scripts/build.mjs builds it, the code app.js loads before it runs (its own
// and the chunks it imports statically) holds none of the deferred modules,
// and each of them is in a chunk that is only ever imported dynamically.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { build, type Metafile } from 'esbuild'
import { RENDERER_APP } from '../../scripts/renderer-build.mjs'
import { staticChunks, withModulePreloads } from '../../scripts/module-preload.mjs'

const ROOT = join(__dirname, '..', '..')

// Deferred: the notes' Markdown reader and markdown-it with its parts; the
// web annotation importer (its zod schemas); the dialogs opened on request.
const DEFERRED = [
  /^renderer\/notes\/note-markdown\.ts$/, /^node_modules\/(markdown-it|linkify-it|mdurl|uc\.micro|punycode\.js|entities)\//,
  /^shared\/web-annotation\/import(-shapes|-candidate|-container)?\.ts$/,
  /^renderer\/ui\/(export|metadata|shortcuts)-dialog\.ts$/, /^renderer\/shortcut-list\.ts$/,
]

async function metafile(): Promise<Metafile> {
  const result = await build({ ...RENDERER_APP, absWorkingDir: ROOT, write: false, metafile: true, sourcemap: false, logLevel: 'silent' })
  return result.metafile
}

// The outputs the page runs before app.js's own code: app.js and every
// chunk reached from it by static imports.
function bootOutputs(meta: Metafile): string[] {
  const app = Object.keys(meta.outputs).find((path) => meta.outputs[path]!.entryPoint === RENDERER_APP.entryPoints.app)
  assert.ok(app, 'app.js is among the outputs')
  const seen = new Set([app])
  const queue = [app]
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    for (const imported of meta.outputs[path]!.imports) {
      if (imported.kind !== 'import-statement' || seen.has(imported.path)) continue
      seen.add(imported.path)
      queue.push(imported.path)
    }
  }
  return [...seen]
}

const deferred = (input: string) => DEFERRED.some((pattern) => pattern.test(input))

test("app.js's boot graph leaves out the modules loaded after the first paint", async () => {
  const meta = await metafile()
  const boot = bootOutputs(meta)
  const bootInputs = boot.flatMap((path) => Object.keys(meta.outputs[path]!.inputs))
  // Sanity: the boot graph is the reader (a check that can fail if the graph is read wrong).
  assert.ok(bootInputs.includes('renderer/main.ts'))
  assert.ok(bootInputs.some((input) => input.startsWith('node_modules/prosemirror-view/')))
  assert.deepEqual(bootInputs.filter(deferred), [])

  // Each deferred module is built, in a chunk the boot graph does not load.
  const elsewhere = Object.entries(meta.outputs).filter(([path]) => !boot.includes(path)).flatMap(([, output]) => Object.keys(output.inputs))
  assert.ok(elsewhere.includes('renderer/notes/note-markdown.ts'))
  assert.ok(elsewhere.some((input) => input.startsWith('node_modules/markdown-it/')))
  for (const input of ['shared/web-annotation/import-shapes.ts', 'renderer/ui/export-dialog.ts', 'renderer/ui/metadata-dialog.ts', 'renderer/ui/shortcuts-dialog.ts']) {
    assert.ok(elsewhere.includes(input), `${input} is in a deferred chunk`)
  }
  // ... and reached from app.js by a dynamic import only.
  const app = boot[0]!
  assert.ok(meta.outputs[app]!.imports.some((imported) => imported.kind === 'dynamic-import'))
})

// The chunks app.js needs before it runs are named in index.html, so the
// page asks for them with app.js rather than after parsing it.
test('index.html preloads every chunk of the boot graph and nothing else', async () => {
  const meta = await metafile()
  const boot = bootOutputs(meta)
  const chunks = staticChunks(meta, RENDERER_APP.entryPoints.app!, RENDERER_APP.outdir)
  assert.ok(chunks.length > 0, 'app.js shares code with a deferred chunk')
  assert.deepEqual(chunks.map((chunk) => `${RENDERER_APP.outdir}/${chunk}`).sort(), boot.slice(1).sort())
  const html = withModulePreloads('<head>\n<script type="module" src="app.js"></script>\n</head>', chunks)
  const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1])
  assert.deepEqual(links, chunks)
  // Before app.js's script tag, so the preload scanner meets them first.
  assert.ok(html.lastIndexOf('modulepreload') < html.indexOf('src="app.js"'))
})
