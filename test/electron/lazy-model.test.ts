// wink's English model is not in the CLI's and the desktop app's bundles
// (scripts/lazy-model.mjs): it was 3.8 MB of the 5.7 MB the server compiled
// at every start. Built here as scripts/build.mjs builds them: the bundle
// that uses the model loads wink-model.cjs only when it first reads a text,
// and reads it as before.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'esbuild'
import { tokenize } from '../../shared/attribution/nlp.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
// @ts-expect-error: a build script in plain JavaScript, without types.
import { lazyModel, MODEL_ENTRY } from '../../scripts/lazy-model.mjs'

const ROOT = join(__dirname, '..', '..')
const tempDir = tempDirs('lazy-model')
const options = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', outExtension: { '.js': '.cjs' }, logLevel: 'warning' } as const

test('the model is its own file, loaded on first use, and tokens are as with it bundled in', async () => {
  const dir = await tempDir()
  const entry = join(dir, 'entry.ts')
  await writeFile(entry, `export { tokenize } from ${JSON.stringify(join(ROOT, 'shared', 'attribution', 'nlp.ts'))}\n`)
  await build({ ...options, entryPoints: { uses: entry }, outdir: dir, plugins: [lazyModel] })
  await build({ ...options, entryPoints: MODEL_ENTRY, outdir: dir })
  const model = join(dir, 'wink-model.cjs')
  assert.ok((await stat(model)).size > 3_000_000)
  assert.ok((await stat(join(dir, 'uses.cjs')).then((s) => s.size)) < 500_000, 'the model is not bundled in')
  assert.doesNotMatch(await readFile(join(dir, 'uses.cjs'), 'utf8'), /wink-eng-lite-web-model\/dist/)
  const built = require(join(dir, 'uses.cjs')) as { tokenize: typeof tokenize }
  assert.equal(require.cache[model], undefined, 'not loaded by loading the bundle')
  const text = 'Xinhua reported on Tuesday that the talks went on. "We agree," Wang Yi said.'
  assert.deepEqual(built.tokenize(text), tokenize(text))
  assert.notEqual(require.cache[model], undefined)
})
