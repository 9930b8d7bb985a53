// The disk fills up under a running `sourcemark serve` (test/helpers/
// disk-full.ts: each write puts down half its bytes, then ENOSPC), and is
// freed again. Each save refused meanwhile is told in words ("the disk is
// full"), nothing answered before is lost, the next save once there is room
// keeps everything, and a restart finds the library whole.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { serve, type ServeChild } from '../helpers/serve-child.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { assertNoInternalNames } from '../helpers/internal-names.ts'

const tempDir = tempDirs('disk-full')
const PRELOAD = join(REPO_ROOT, 'test', 'helpers', 'disk-full.ts')

async function stop(server: ServeChild): Promise<void> {
  server.child.kill('SIGKILL')
  await server.exited
}

test('the disk full mid-session: saves and imports are refused in words, nothing answered is lost, and the library is whole after a restart', async () => {
  const dir = await tempDir()
  const full = join(dir, '..', `${dir.split('/').at(-1)}-full`)
  const first = await serve(join(dir, 'data'), { preload: PRELOAD, env: { SOURCEMARK_TEST_DISK_FULL: full } })
  const kept: string[] = []
  try {
    const text = canonicalText(((await first.call('getDocument', { documentId: SAMPLE_ID })).value as ArticleDocument).blocks)
    const at = text.indexOf('Tass')
    const target = describeRange(text, at, at + 'Tass'.length)
    const claim = (note: string) => first.call('createAnnotation', { documentId: SAMPLE_ID, kind: 'claim', target, sources: ['tass'], note })
    for (let i = 0; i < 3; i++) {
      const saved = await claim(`before ${i}`)
      assert.ok(saved.ok, saved.error?.message)
      kept.push((saved.value as Annotation).id)
    }

    await writeFile(full, '')
    const refused = await claim('while full')
    assert.equal(refused.ok, false, 'a save on a full disk was answered as saved')
    assert.match(refused.error!.message, /the disk is full/, refused.error!.message)
    assert.doesNotMatch(refused.error!.message, /no space left on device/)
    assert.match(refused.error!.message, /Nothing saved before was lost\. Free some space on the disk that holds the data folder \(.+\), then try again\.$/)
    assertNoInternalNames(refused.error!.message)
    const article = `A story\n\n${'The agency reported it. '.repeat(50)}`
    const imported = await first.call('importDocuments', { importId: crypto.randomUUID(), files: [{ fileName: 'story.txt', contentBase64: Buffer.from(article).toString('base64') }] })
    const importWords = imported.ok ? JSON.stringify(imported.value) : imported.error!.message
    assert.match(importWords, /the disk is full/, importWords)
    assertNoInternalNames(importWords)
    assert.ok(!imported.ok || !(imported.value as { results: { document?: unknown }[] }).results.some((r) => r.document), 'an import on a full disk was answered as done')

    await rm(full)
    const after = await claim('after')
    assert.ok(after.ok, `the save once there is room again: ${after.error?.message}`)
    kept.push((after.value as Annotation).id)
  } finally {
    await rm(full, { force: true })
    await stop(first)
  }

  const second = await serve(join(dir, 'data'))
  try {
    // The half-written line the full disk left was cut off by the next save:
    // nothing to repair.
    assert.deepEqual((await second.call('storageNotices', {})).value, [])
    const annotations = (await second.call('listAnnotations', { documentId: SAMPLE_ID })).value as Annotation[]
    assert.deepEqual(annotations.map((a) => a.id).filter((id) => kept.includes(id)), kept, 'an answered save is lost')
    assert.ok(!annotations.some((a) => a.note === 'while full'), 'the refused save is there after all')
    const listed = (await second.call('listDocuments', {})).value as { id: string; annotationCount: number }[]
    for (const entry of listed) {
      const document = await second.call('getDocument', { documentId: entry.id })
      assert.ok(document.ok, `${entry.id} is listed but does not open: ${document.error?.message}`)
      const own = (await second.call('listAnnotations', { documentId: entry.id })).value as Annotation[]
      assert.equal(entry.annotationCount, own.length, `${entry.id}: the count listed is not the annotations kept`)
    }
    assert.deepEqual(listed.map((d) => d.id), [SAMPLE_ID])
  } finally {
    await stop(second)
  }
})
