// Builds everything that runs: the renderer bundle for the browser or the
// Electron window, and the Node-side entries (CLI, Electron main, preload).
// Type checking is separate (npm run typecheck); esbuild only strips types.

import { build } from 'esbuild'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { lazyModel, MODEL_ENTRY } from './lazy-model.mjs'
import { RENDERER_APP } from './renderer-build.mjs'
import { staticChunks, withModulePreloads } from './module-preload.mjs'
import { SUPPORTED } from './esbuild-supported.mjs'

const common = { bundle: true, sourcemap: 'linked', logLevel: 'warning', legalComments: 'none', supported: SUPPORTED }

await rm('dist', { recursive: true, force: true })
await mkdir('dist/renderer', { recursive: true })

// Node bundles: CommonJS beside each other in dist/electron, Electron left to the runtime.
const nodeBundle = { outdir: 'dist/electron', outExtension: { '.js': '.cjs' }, platform: 'node', format: 'cjs', target: 'node20', external: ['electron'] }

// index.html names the chunks app.js imports statically (module-preload.mjs).
async function rendererApp() {
  const { metafile } = await build({ ...RENDERER_APP, metafile: true })
  const chunks = staticChunks(metafile, RENDERER_APP.entryPoints.app, RENDERER_APP.outdir)
  await writeFile('dist/renderer/index.html', withModulePreloads(await readFile('renderer/index.html', 'utf8'), chunks))
}

await Promise.all([
  rendererApp(),
  build({
    ...common,
    // early.js: the start's first API calls, sent before app.js has loaded
    // (renderer/early-calls.ts); a few hundred bytes, a classic script of
    // its own, run before app.js.
    entryPoints: { early: 'renderer/early.ts' },
    outdir: 'dist/renderer',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minifyWhitespace: true,
    minifySyntax: true,
  }),
  build({
    ...common,
    // import-worker and engine-worker run in their own threads
    // (electron/import/run-import.ts, electron/suggest/run-engine.ts
    // find each beside the bundle that starts it).
    entryPoints: { cli: 'electron/cli.ts', main: 'electron/main.ts', 'import-worker': 'electron/import/import-worker.ts' },
    ...nodeBundle,
    // wink's model in a file of its own, loaded on first use (lazy-model.mjs).
    plugins: [lazyModel],
  }),
  // The attribution engine's worker needs the model at once: bundled in.
  build({
    ...common,
    entryPoints: { 'engine-worker': 'electron/suggest/engine-worker.ts', ...MODEL_ENTRY },
    ...nodeBundle,
  }),
  // A sandboxed preload is a single CommonJS script that may require only
  // 'electron'.
  build({
    ...common,
    entryPoints: { preload: 'electron/preload.ts' },
    ...nodeBundle,
  }),
  // One style sheet: renderer/app.css and the files it @imports (styles.css
  // with its tokens, then renderer/styles/), served as app.css under the
  // CSP's style-src 'self'.
  build({ ...common, entryPoints: { app: 'renderer/app.css' }, outdir: 'dist/renderer', target: 'chrome120' }),
])
