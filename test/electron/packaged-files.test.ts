// The packaged app carries every script the main process loads: each Node
// bundle scripts/build.mjs makes into dist/electron/ (the CLI aside, which is
// not packaged) is listed in build/electron-builder.yml. A worker left out
// works in development and fails only in the installed app.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '..', '..')

// The names of the bundles written to dist/electron: the keys of each
// entryPoints object of build.mjs whose output goes there.
function electronBundles(script: string): string[] {
  const names: string[] = []
  for (const [, entries] of script.matchAll(/entryPoints:\s*\{([^}]*)\}/g)) {
    for (const [, name] of entries!.matchAll(/'?([\w-]+)'?\s*:\s*'electron\//g)) names.push(name!)
  }
  return names
}

test('every Node bundle the build makes, but the CLI, is packaged', () => {
  const bundles = electronBundles(readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8'))
  assert.ok(bundles.includes('main') && bundles.includes('import-worker') && bundles.includes('engine-worker'), bundles.join(', '))
  const packaged = readFileSync(join(ROOT, 'build', 'electron-builder.yml'), 'utf8')
  const missing = bundles.filter((name) => name !== 'cli' && !packaged.includes(`dist/electron/${name}.cjs`))
  assert.deepEqual(missing, [])
})
