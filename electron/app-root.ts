// The folder the app ships from (the checkout, or the packaged app): the one
// holding resources/ and dist/. Found by walking up, so it works from the
// TypeScript sources and from the bundles in dist/electron alike.

import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

export function findAppRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'samples'))) return dir
    if (dirname(dir) === dir) throw new Error(`Sourcemark's resources folder was not found above ${from}`)
  }
}
