// Two browser tabs on one library: their calls reach the services at once,
// each having checked the annotation before the other's save went through.
// A delete or an update of an annotation the other tab removed meanwhile
// must change nothing else, and say what happened.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { ApiError, type Api } from '../../shared/api/contract.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { openServices } from '../../electron/services.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('concurrent-saves')
const resourcesDir = join(REPO_ROOT, 'resources')

async function withThree(): Promise<{ api: Api; dir: string; ids: string[] }> {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir })
  const text = canonicalText((await api.getDocument({ documentId: SAMPLE_ID })).blocks)
  const ids: string[] = []
  for (const phrase of ['Tass reported', 'Mishustin', 'Xinhua News Agency reported']) {
    const at = text.indexOf(phrase)
    ids.push((await api.createAnnotation({ documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + phrase.length) })).id)
  }
  return { api, dir, ids }
}

test('the same annotation deleted from two tabs at once: deleted once, no other annotation touched', async () => {
  const { api, dir, ids } = await withThree()
  const answers = await Promise.all([api.deleteAnnotation({ documentId: SAMPLE_ID, annotationId: ids[0]! }), api.deleteAnnotation({ documentId: SAMPLE_ID, annotationId: ids[0]! })])
  assert.deepEqual(answers.map((a) => a.deleted).sort(), [false, true])
  assert.deepEqual((await api.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), ids.slice(1))
  const again = await openServices({ dataDir: dir, resourcesDir })
  assert.deepEqual((await again.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), ids.slice(1))
})

test('an annotation changed in one tab while another deletes it: the change is refused as not found, not answered as saved', async () => {
  const { api, dir, ids } = await withThree()
  const [deleted, updated] = await Promise.allSettled([
    api.deleteAnnotation({ documentId: SAMPLE_ID, annotationId: ids[1]! }),
    api.updateAnnotation({ documentId: SAMPLE_ID, annotationId: ids[1]!, note: 'written in the other tab' }),
  ])
  assert.equal(deleted.status, 'fulfilled')
  assert.equal(updated.status, 'rejected')
  assert.ok(updated.reason instanceof ApiError && updated.reason.code === 'not-found', String(updated.reason))
  const again = await openServices({ dataDir: dir, resourcesDir })
  assert.deepEqual((await again.listAnnotations({ documentId: SAMPLE_ID })).map((a) => a.id), [ids[0], ids[2]])
})

test('the same source added from two tabs at once is added once; the other is told it is there', async () => {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir })
  const [a, b] = await Promise.allSettled([api.addSource({ name: 'Der Spiegel' }), api.addSource({ name: 'Der Spiegel' })])
  assert.deepEqual([a.status, b.status].sort(), ['fulfilled', 'rejected'])
  const again = await openServices({ dataDir: dir, resourcesDir })
  assert.equal((await again.listSources({})).filter((s) => s.name === 'Der Spiegel').length, 1)
})
