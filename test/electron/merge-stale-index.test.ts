// A merge of sources finds the documents to change from the library's
// counts. Opened with quickStart after a kill that left an entry's shard
// behind its document (stale counts, another stamp), the counts are put
// right in the background: a merge asked for at once must wait for that,
// or it misses the document and leaves its annotation naming a source that
// is then removed.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { openServices, openShellServices } from '../../electron/services.ts'
import { IndexShard } from '../../electron/store/files.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { shardPath } from '../helpers/library-files.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('merge-stale-index')
const resourcesDir = join(REPO_ROOT, 'resources')

test('a merge right after a quick start waits for the entries to be counted again, and moves every annotation', async () => {
  const dir = await tempDir()
  const setup = await openServices({ dataDir: dir, resourcesDir })
  const source = await setup.addSource({ name: 'Der Spiegel' })
  const text = canonicalText((await setup.getDocument({ documentId: SAMPLE_ID })).blocks)
  const at = text.indexOf('Tass reported')
  const made = await setup.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + 'Tass reported'.length), sources: [source.id] })
  // As a kill before the shard was written leaves it: the entry's counts
  // and stamp from before the save.
  const file = shardPath(dir, SAMPLE_ID)
  const shard = IndexShard.parse(JSON.parse(await readFile(file, 'utf8')))
  shard.entries = shard.entries.map((e) => (e.id === SAMPLE_ID ? { ...e, annotationCount: 0, claimCount: 0, sourceCounts: {}, viaCounts: {}, stamp: '1:1:1' } : e))
  await writeFile(file, JSON.stringify(shard))

  const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true })
  const merged = await api.mergeSources({ from: source.id, into: 'tass' })
  assert.equal(merged.annotations, 1)
  const [annotation] = await api.listAnnotations({ documentId: SAMPLE_ID })
  assert.equal(annotation!.id, made.id)
  assert.deepEqual(annotation!.sources, ['tass'])
  await close()
})
