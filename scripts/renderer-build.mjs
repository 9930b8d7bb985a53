// The renderer's app bundle: the options scripts/build.mjs builds it with,
// here so that a test can build the same graph and read its metafile.
//
// ES modules with code splitting: app.js holds what the first document's
// paint needs; what is reached only later (notes' Markdown, markdown-it
// with it) is in chunks/ and imported after the paint (issue 18: app.js's
// evaluation is on the start's critical path). Chunk names carry a hash,
// so a new build never meets an old chunk.

import { zodEnglishOnly } from './zod-english.mjs'
import { noStackProbe } from './no-stack-probe.mjs'
import { zodJitless } from './zod-jitless.mjs'
import { SUPPORTED } from './esbuild-supported.mjs'

export const RENDERER_APP = {
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  supported: SUPPORTED,
  entryPoints: { app: 'renderer/main.ts' },
  outdir: 'dist/renderer',
  platform: 'browser',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  target: 'chrome120',
  // The page parses this script at every start (served no-store, on a new
  // port each time, so Chromium keeps no compiled copy): without comments,
  // blank space and zod's other languages it is 0.9 MB instead of 1.76.
  // Names are kept, so stacks (and the e2e test that reads one) stay legible;
  // the source map gives the rest.
  minifyWhitespace: true,
  minifySyntax: true,
  // (no-stack-probe.mjs: a whole second parse of this script at the start;
  // zod-jitless.mjs: no eval probe under the CSP.)
  plugins: [zodEnglishOnly, noStackProbe, zodJitless],
}
