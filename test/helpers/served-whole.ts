// What a restarted server shows after a kill is whole and agrees with
// itself: the store had nothing to repair, and each document listed opens
// and its count agrees with its annotations. Shared by the kill tests and
// the kill benchmark at scale (which opens a sample: `only`).

import assert from 'node:assert/strict'
import type { Annotation } from '../../shared/model/annotation.ts'

export type Call = (method: string, input: unknown) => Promise<{ ok: boolean; value: unknown; error?: { message: string } }>
export interface Listed { id: string; annotationCount: number }

export async function checkWhole(call: Call, only?: ReadonlySet<string>): Promise<Listed[]> {
  const notices = await call('storageNotices', {})
  assert.deepEqual(notices.value, [], 'the store had to repair something')
  const listed = (await call('listDocuments', {})).value as Listed[]
  for (const entry of listed) {
    if (only && !only.has(entry.id)) continue
    const document = await call('getDocument', { documentId: entry.id })
    assert.ok(document.ok, `${entry.id} is listed but does not open: ${document.error?.message}`)
    const annotations = (await call('listAnnotations', { documentId: entry.id })).value as Annotation[]
    assert.equal(entry.annotationCount, annotations.length, `${entry.id}: the count listed is not the annotations kept`)
  }
  return listed
}
