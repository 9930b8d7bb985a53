// prosemirror-model asks whether it runs on V8 by reading the stack of an
// Error made as its module loads (its v8InternHack). On V8 the first read
// of a stack needs the source positions of every function on it, which V8
// keeps for none until asked: here that is the bundle's top level, the
// whole 0.9 MB script, parsed again before the first paint (0.1-0.4 s of
// the page's main thread at every start, issue 18; invisible with DevTools'
// profiler or tracing on, which keep source positions from the start). The
// page runs in Chromium or Electron, and the interning the probe chooses is
// a harmless property read elsewhere: in the renderer's bundle it is chosen
// without the probe. A prosemirror-model whose probe reads differently
// fails the build, so the start's cost cannot come back unseen.

import { readFile } from 'node:fs/promises'

const PROBE = /let \{ stack \} = new Error\("\/"\);\s*if \(!stack \|\| !\/\\n\\s\*at\\s\/\.test\(stack\)\)\s*return s => s;/

export const noStackProbe = {
  name: 'no-stack-probe',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]prosemirror-model[\\/]dist[\\/]index\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8')
      if (!PROBE.test(text)) {
        return { errors: [{ text: `prosemirror-model's V8 probe (v8InternHack) was not found in ${args.path}: see scripts/no-stack-probe.mjs` }] }
      }
      return { contents: text.replace(PROBE, ''), loader: 'js' }
    })
  },
}
