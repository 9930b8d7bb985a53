// The library list asked for while the search index is read from its cache
// and compared with the library (at 10,000 documents, 0.3-0.9 s of the
// server's one thread after the start): answered between the steps of that
// work, not after it. Each step is held here until the list has answered.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openShellServices } from '../../electron/services.ts'
import { SEARCH_INDEX_FILE, SearchIndexer } from '../../electron/search/indexer.ts'
import { Store } from '../../electron/store/store.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'

const tempDir = tempDirs('library-list-turns')
const resourcesDir = join(REPO_ROOT, 'resources')

function article(id: string, title: string, text: string): ArticleDocument {
  return { id, meta: { title }, blocks: [{ type: 'paragraph', text }] }
}

// Steps held until let go, one at a time; next() resolves when one is held.
function heldSteps() {
  const held: (() => void)[] = []
  let told: (() => void) | null = null
  let count = 0
  return {
    pause: () => new Promise<void>((resolve) => {
      count++
      held.push(resolve)
      told?.()
    }),
    next: () => (held.length > 0 ? Promise.resolve() : new Promise<void>((resolve) => { told = resolve })),
    letGo: () => held.shift()!(),
    get count() { return count },
  }
}

test('the library list answers while the search index is being read and compared, at every step', { timeout: 60_000 }, async () => {
  const dir = await tempDir()
  const store = await Store.open(dir)
  await store.addDocument(article('harbour', 'Harbour report', 'The harbourmaster counted ships.'))
  await store.addDocument(article('steppe', 'Steppe report', 'Grain moved across the steppe.'))
  const builder = new SearchIndexer(store, { minDocumentsToSave: 1 })
  assert.equal((await builder.search('harbourmaster')).hits.length, 1)
  await builder.flush()
  await readFile(join(dir, SEARCH_INDEX_FILE))
  await store.close()

  const steps = heldSteps()
  const { api, close } = await openShellServices({ dataDir: dir, resourcesDir, quickStart: true, indexAtStart: true, searchPause: steps.pause })
  try {
    // The first search reads the cache, then compares every entry's version.
    const searched = api.search({ query: 'harbourmaster' })
    let answered = 0
    while (await Promise.race([searched.then(() => false), steps.next().then(() => true)])) {
      // Held mid-way: the list is answered all the same, as the view asks for it.
      const page = await api.listLibrary({ sort: 'added', early: true, limit: 10 })
      assert.equal(page.all, 3)
      assert.deepEqual([...page.columns.ids].sort(), ['harbour', 'steppe', SAMPLE_ID].sort())
      answered++
      steps.letGo()
    }
    // Reading the cache (after its header, its documents, its words) and
    // comparing the three entries' versions, at least.
    assert.ok(answered >= 6, `answered at ${answered} steps`)
    assert.equal(answered, steps.count)
    assert.deepEqual((await searched).hits.map((h) => h.documentId), ['harbour'])
  } finally {
    await close()
  }
})
