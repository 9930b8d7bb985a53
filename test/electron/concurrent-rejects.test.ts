// Two tabs rejecting suggestions at once: each checks the document's list
// before the other's save went through. The key is kept once, and the
// list never passes MAX_REJECTED, past which the document would not be
// read back.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { ApiError } from '../../shared/api/contract.ts'
import { MAX_REJECTED } from '../../shared/model/suggestion.ts'
import { openServices } from '../../electron/services.ts'
import { Store } from '../../electron/store/store.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('concurrent-rejects')
const resourcesDir = join(REPO_ROOT, 'resources')
const key = (n: number) => `sg-${n.toString(16).padStart(16, '0')}`

test('one suggestion rejected from two tabs at once is kept once', async () => {
  const dir = await tempDir()
  const api = await openServices({ dataDir: dir, resourcesDir })
  const answers = await Promise.all([api.rejectSuggestion({ documentId: SAMPLE_ID, key: key(1) }), api.rejectSuggestion({ documentId: SAMPLE_ID, key: key(1) })])
  assert.deepEqual(answers.map((a) => a.rejected).sort(), [false, true])
  const store = await Store.open(dir)
  assert.deepEqual((await store.document(SAMPLE_ID)).data.rejectedSuggestions, [key(1)])
})

test('the last free place taken by two tabs at once: one is refused, and the document reads back whole', async () => {
  const dir = await tempDir()
  await openServices({ dataDir: dir, resourcesDir })
  const setup = await Store.open(dir)
  await setup.changeDocument(SAMPLE_ID, (data) => ({ ...data, rejectedSuggestions: Array.from({ length: MAX_REJECTED - 1 }, (_, i) => key(i + 10)) }))
  await setup.close()
  const api = await openServices({ dataDir: dir, resourcesDir })
  const [a, b] = await Promise.allSettled([api.rejectSuggestion({ documentId: SAMPLE_ID, key: key(1) }), api.rejectSuggestion({ documentId: SAMPLE_ID, key: key(2) })])
  assert.deepEqual([a.status, b.status].sort(), ['fulfilled', 'rejected'])
  const refused = (a.status === 'rejected' ? a.reason : (b as PromiseRejectedResult).reason) as unknown
  assert.ok(refused instanceof ApiError && refused.code === 'invalid-input', String(refused))
  const store = await Store.open(dir)
  assert.equal((await store.document(SAMPLE_ID)).data.rejectedSuggestions.length, MAX_REJECTED)
  assert.deepEqual(store.notices, [])
})
