// Two browser tabs writing one document and the sources at once through a
// real `sourcemark serve` (HTTP calls in flight together), and the server
// killed with SIGKILL while a second round is still in flight. After the
// restart every save that was answered is there exactly once, a source
// added from both tabs is there once, and the store had nothing to repair.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import type { Source } from '../../shared/model/source.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { serve, type ServeChild } from '../helpers/serve-child.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('two-tabs-kill')

async function kill(server: ServeChild): Promise<void> {
  server.child.kill('SIGKILL')
  await server.exited
}

test('two tabs saving to one document and adding one source at once, then SIGKILL mid-round: each answered save once, the source once', async () => {
  const dir = await tempDir()
  const first = await serve(dir)
  const answered: string[] = []
  try {
    const text = canonicalText(((await first.call('getDocument', { documentId: SAMPLE_ID })).value as ArticleDocument).blocks)
    const at = text.indexOf('Tass')
    const target = describeRange(text, at, at + 'Tass'.length)
    const save = async (note: string) => {
      const saved = await first.call('createAnnotation', { documentId: SAMPLE_ID, kind: 'claim', target, note })
      if (saved.ok) answered.push((saved.value as Annotation).id)
      return saved
    }
    // Round one: both tabs at once, all answered.
    const one = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => save(`tab A ${i}`)),
      ...Array.from({ length: 10 }, (_, i) => save(`tab B ${i}`)),
      first.call('addSource', { name: 'Der Spiegel' }),
      first.call('addSource', { name: 'Der Spiegel' }),
    ])
    assert.ok(one.slice(0, 20).every((r) => r.ok), JSON.stringify(one.find((r) => !r.ok)))
    assert.equal(one.slice(20).filter((r) => r.ok).length, 1, 'the same source added from both tabs was added twice or not at all')
    // Round two: killed once the first of its saves is answered.
    const before = answered.length
    const round = Array.from({ length: 30 }, (_, i) => save(`round two ${i % 2 ? 'A' : 'B'} ${i}`).catch(() => null))
    while (answered.length === before) await Promise.race(round)
    await kill(first)
    await Promise.all(round)
  } finally {
    if (first.child.exitCode === null && first.child.signalCode === null) await kill(first)
  }

  const second = await serve(dir)
  try {
    assert.deepEqual((await second.call('storageNotices', {})).value, [], 'the store had to repair something')
    const annotations = (await second.call('listAnnotations', { documentId: SAMPLE_ID })).value as Annotation[]
    const ids = annotations.map((a) => a.id)
    assert.equal(new Set(ids).size, ids.length, 'an annotation is there twice')
    for (const id of answered) assert.ok(ids.includes(id), `the answered save ${id} is lost`)
    const notes = annotations.map((a) => a.note)
    assert.equal(new Set(notes).size, notes.length, 'a save is there twice under two ids')
    const listed = (await second.call('listDocuments', {})).value as { id: string; annotationCount: number }[]
    assert.equal(listed.find((d) => d.id === SAMPLE_ID)!.annotationCount, annotations.length)
    const sources = (await second.call('listSources', {})).value as Source[]
    assert.equal(sources.filter((s) => s.name === 'Der Spiegel').length, 1)
  } finally {
    await kill(second)
  }
})
