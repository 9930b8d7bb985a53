// zod decides whether to compile parsers with new Function as each object
// schema is made, and under the page's CSP (no eval) even its probe is a
// violation report on every load. jitless skips both; parsing stays the
// same. It is set as zod's own core module is evaluated, so it holds
// before any schema whatever chunk the schema lands in: with code
// splitting, esbuild evaluates the chunks app.js imports (zod, and the
// schemas it shares with a deferred chunk) before app.js's first line.
// A zod whose config reads differently fails the build.

import { readFile } from 'node:fs/promises'

const CONFIG = 'export const globalConfig = globalThis.__zod_globalConfig;'

export const zodJitless = {
  name: 'zod-jitless',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      if (!source.includes(CONFIG)) throw new Error(`zod-jitless: ${args.path} no longer has "${CONFIG}"`)
      return { contents: source.replace(CONFIG, `${CONFIG}\nglobalConfig.jitless = true;`), loader: 'js' }
    })
  },
}
