// zod's classic API re-exports every one of its ~45 error-message locales
// as a namespace (z.locales), so a bundle that uses `z` keeps them all:
// about 380 KB of the page's script, parsed at every start (issue 18).
// The page uses zod's default English messages only (it never calls
// z.config with a locale), so in the renderer's bundle the locales' index
// is replaced by one that has English alone. The server's bundles are
// left whole: they are read once per process, from V8's code cache.

import { dirname, join } from 'node:path'

export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined
      return { path: join(dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-english' }
    })
    build.onLoad({ filter: /.*/, namespace: 'zod-english' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)}`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }))
  },
}
