// `sourcemark serve` stopped by SIGINT or SIGTERM (Ctrl-C, a service
// manager) writes what the library still has to write before it exits: a
// real child process on a real folder, saves over HTTP, then the signal.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import { openServices } from '../../electron/services.ts'
import { LOCK_FILE } from '../../electron/store/lock.ts'
import { SAMPLE_ID } from '../helpers/annotate.ts'
import { readLibrary } from '../helpers/library-files.ts'
import { REPO_ROOT } from '../helpers/run-cli.ts'
import { serve } from '../helpers/serve-child.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'

const tempDir = tempDirs('serve-signals')

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`on ${signal} the saves answered and the one under way are on disk with their index entry, then the lock is let go`, async () => {
    const dir = await tempDir()
    const server = await serve(dir)
    const document = (await server.call('getDocument', { documentId: SAMPLE_ID })).value as ArticleDocument
    const text = canonicalText(document.blocks)
    const claim = (phrase: string) => {
      const at = text.indexOf(phrase)
      return server.call('createAnnotation', { documentId: SAMPLE_ID, kind: 'claim', target: describeRange(text, at, at + phrase.length), sources: ['tass'] })
    }
    assert.equal((await claim('Tass reported')).ok, true)
    // One more asked for, and the signal at once: it may be answered or
    // cut off, but what the folder says must agree with itself.
    const underWay = claim('Global Times').catch(() => null)
    server.child.kill(signal)
    assert.equal(await server.exited, 0, server.stderr())
    await underWay
    assert.equal(existsSync(join(dir, LOCK_FILE)), false)
    // The index as written, read without the app (no check, no repair).
    const entry = (await readLibrary(dir)).documents.find((d) => d.id === SAMPLE_ID)!
    const annotations = await (await openServices({ dataDir: dir, resourcesDir: join(REPO_ROOT, 'resources') })).listAnnotations({ documentId: SAMPLE_ID })
    assert.ok(annotations.length >= 1)
    assert.equal(entry.annotationCount, annotations.length, 'the index entry written before the exit counts every saved annotation')
  })
}
