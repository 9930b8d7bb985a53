// A save whose journal line went into the file whole but whose flush then
// failed (test/helpers/flush-fails.ts: fsync answers EIO), under a real
// `sourcemark serve` that is then killed with SIGKILL. What the user was
// told must be what the next start finds: a save answered 'not saved' must
// not come back, and one that could not be taken out again is answered as
// saved and is there.

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

const tempDir = tempDirs('journal-flush')
const PRELOAD = join(REPO_ROOT, 'test', 'helpers', 'flush-fails.ts')

async function kill(server: ServeChild): Promise<void> {
  server.child.kill('SIGKILL')
  await server.exited
}

async function claimer(server: ServeChild) {
  const text = canonicalText(((await server.call('getDocument', { documentId: SAMPLE_ID })).value as ArticleDocument).blocks)
  const at = text.indexOf('Tass')
  const target = describeRange(text, at, at + 'Tass'.length)
  return (note: string) => server.call('createAnnotation', { documentId: SAMPLE_ID, kind: 'claim', target, sources: ['tass'], note })
}

async function notesAfterRestart(data: string): Promise<string[]> {
  const again = await serve(data)
  try {
    return ((await again.call('listAnnotations', { documentId: SAMPLE_ID })).value as Annotation[]).map((a) => a.note)
  } finally {
    await kill(again)
  }
}

for (const cutFails of [false, true]) {
  test(`a journal line written whole whose flush fails${cutFails ? ', and cannot be cut off again,' : ''} is after a kill what the user was told`, async () => {
    const dir = await tempDir()
    const flush = `${dir}-flush`
    const cut = `${dir}-cut`
    const data = join(dir, 'data')
    const server = await serve(data, { preload: PRELOAD, env: { SOURCEMARK_TEST_FLUSH_FAILS: flush, SOURCEMARK_TEST_TRUNCATE_FAILS: cut } })
    let answer: { ok: boolean; error?: { message: string } }
    try {
      const claim = await claimer(server)
      assert.ok((await claim('first')).ok)
      // Opened journal: the next save appends to it.
      assert.ok((await claim('second')).ok)
      await writeFile(flush, '')
      if (cutFails) await writeFile(cut, '')
      answer = await claim('unflushed')
      await rm(flush, { force: true })
      await rm(cut, { force: true })
    } finally {
      await kill(server)
    }
    const notes = await notesAfterRestart(data)
    assert.ok(notes.includes('first') && notes.includes('second'), `a save answered before is lost: ${JSON.stringify(notes)}`)
    const found = notes.filter((note) => note === 'unflushed').length
    if (answer.ok) assert.equal(found, 1, 'answered as saved, but not there after the kill')
    else assert.equal(found, 0, `answered "${answer.error!.message}", but there after the kill`)
    // Which answer is honest depends on whether the line could be taken out.
    assert.equal(answer.ok, cutFails, answer.error?.message)
  })
}
