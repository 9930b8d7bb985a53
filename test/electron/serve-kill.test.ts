// `sourcemark serve` killed with SIGKILL (no handler runs) in the middle of
// work, then started again on the same folder: every save and import it
// answered is there, and nothing half-written is shown: each document
// listed opens whole, its count agrees with its annotations, and the store
// had nothing to repair. crash.test.ts kills the store under a host of its
// own; this kills the real server, with requests still in flight.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { serve, type ServeChild } from '../helpers/serve-child.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { checkWhole } from '../helpers/served-whole.ts'

const tempDir = tempDirs('serve-kill')

async function kill(server: ServeChild): Promise<void> {
  server.child.kill('SIGKILL')
  await server.exited
  assert.equal(server.child.signalCode, 'SIGKILL', server.stderr())
}

test('SIGKILL during a burst of saves: every save answered is there after a restart', async () => {
  const dir = await tempDir()
  const first = await serve(dir)
  const text = canonicalText(((await first.call('getDocument', { documentId: SAMPLE_ID })).value as ArticleDocument).blocks)
  const at = text.indexOf('Tass')
  const target = describeRange(text, at, at + 'Tass'.length)
  const acknowledged: string[] = []
  let onTen = () => {}
  const ten = new Promise<void>((resolve) => { onTen = resolve })
  // 60 saves sent at once; the kill comes when the tenth is answered, so
  // the rest are in flight: queued, being written, or answered unread.
  const saves = Array.from({ length: 60 }, (_, i) => first.call('createAnnotation', { documentId: SAMPLE_ID, kind: 'claim', target, sources: ['tass'], note: `save ${i}` })
    .then((answer) => {
      if (answer.ok) acknowledged.push((answer.value as Annotation).id)
      if (acknowledged.length >= 10) onTen()
    }, () => {}))
  await Promise.race([ten, Promise.all(saves)])
  await kill(first)
  await Promise.all(saves)
  assert.ok(acknowledged.length >= 10)

  const second = await serve(dir)
  try {
    await checkWhole(second.call)
    const kept = new Set(((await second.call('listAnnotations', { documentId: SAMPLE_ID })).value as Annotation[]).map((a) => a.id))
    for (const id of acknowledged) assert.ok(kept.has(id), `the save ${id} was answered and is lost`)
  } finally {
    await kill(second)
  }
})

// Killed while the batch's files are read (3 done), and once all are read
// and the batch is being written (60 done): at that point it may be
// answered first, and then all of it must be there.
for (const killAt of [3, 60]) {
  test(`SIGKILL during an import batch (${killAt} of 60 files read): what was answered is there, and every document shown is whole`, async () => {
    const dir = await tempDir()
    const first = await serve(dir)
    const article = (i: number) => `Article number ${i}\n\n${`Paragraph ${i} of the story, as the agency reported it. `.repeat(200)}`
    const file = (i: number) => ({ fileName: `article-${i}.txt`, contentBase64: Buffer.from(article(i)).toString('base64') })
    const answered = await first.call('importDocuments', { importId: crypto.randomUUID(), files: [0, 1, 2].map(file) })
    assert.ok(answered.ok, answered.error?.message)
    const importId = crypto.randomUUID()
    let settled = false
    const batch = first.call('importDocuments', { importId, files: Array.from({ length: 60 }, (_, i) => file(i + 3)) }).catch(() => null)
      .finally(() => { settled = true })
    while (!settled) {
      const progress = await first.call('importProgress', { importId })
      if (progress.ok && (progress.value as { done: number }).done >= killAt) break
    }
    await kill(first)
    const acknowledged = ['article-number-0', 'article-number-1', 'article-number-2']
    const answer = await batch
    if (answer?.ok) for (const r of (answer.value as { results: { status: string; document?: { id: string } }[] }).results) if (r.document) acknowledged.push(r.document.id)

    const second = await serve(dir)
    try {
      const listed = await checkWhole(second.call)
      for (const id of acknowledged) assert.ok(listed.some((d) => d.id === id), `the answered import of ${id} is lost`)
      const texts = new Map(Array.from({ length: 63 }, (_, i) => [`article-number-${i}`, article(i)]))
      for (const { id } of listed) {
        if (id === SAMPLE_ID) continue
        const document = (await second.call('getDocument', { documentId: id })).value as ArticleDocument
        const expected = texts.get(id)
        assert.ok(expected !== undefined, `an unexpected document ${id}`)
        assert.equal(canonicalText(document.blocks), expected.trimEnd(), `${id} is not whole`)
      }
      // Every file imports again or is found already there, under its own
      // id: nothing the kill left behind is in the way.
      const again = await second.call('importDocuments', { importId: crypto.randomUUID(), files: Array.from({ length: 63 }, (_, i) => file(i)) })
      assert.ok(again.ok, again.error?.message)
      const results = (again.value as { results: { status: string; document?: { id: string }; existing?: { id: string } }[] }).results
      assert.deepEqual(results.map((r) => (r.document ?? r.existing)?.id), [...texts.keys()])
      assert.equal((await checkWhole(second.call)).length, 64)
    } finally {
      await kill(second)
    }
  })
}
