// runImport: importFileReport in a worker with a capped heap and a deadline
// (issue 10, item 1). What a hostile file does to the worker must come back
// as a sentence, never take this process with it.

import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importFileReport } from '../../shared/import/file.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { ImportSession, limitsFor, runImport } from '../../electron/import/run-import.ts'
import { readingSlots } from '../../electron/import/reading-slots.ts'
import { reopenedMarksPage } from '../helpers/hostile-html.ts'
import { encodeLegacy } from '../helpers/legacy-encode.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url))))
const bytes = (text: string) => new TextEncoder().encode(text)
const isImportError = (pattern: RegExp) => (e: unknown) => e instanceof ImportError && pattern.test(e.message)

// A page big enough that reading it needs tens of megabytes.
function bigPage(): Uint8Array {
  const paragraph = '<p>Xi Jinping met Mikhail Mishustin in Beijing, <em>Xinhua</em> reported, and <a href="https://tass.com/">Tass</a> agreed.</p>'
  return bytes(`<!doctype html><html><body><article>${paragraph.repeat(20_000)}</article></body></html>`)
}

describe('runImport', () => {
  test('gives the same report as importFileReport', async () => {
    const file = { name: 'saved-page.html', bytes: fixture('saved-page.html') }
    assert.deepEqual(await runImport(file), importFileReport(file))
  })

  test('wholePage goes into the worker; the doubt and the assumed encoding come back', async () => {
    const comment = (i: number) => `<p>Reader comment ${i}: the council should have closed the bridge much earlier, and said so, and paid for the repairs.</p>`
    const page = `<html><body><div class="story"><h1>Bridge closed</h1><p>The bridge is closed until Friday for repairs.</p></div>
      <div class="comments">${Array.from({ length: 8 }, (_, i) => comment(i)).join('')}</div></body></html>`
    const file = { name: 'bridge.html', bytes: bytes(page) }
    const found = await runImport(file)
    assert.equal(found.unsure, 'Sourcemark is not sure it found the article: it has very little text.')
    assert.equal(found.draft.blocks.some((b) => b.text.includes('Reader comment')), false)
    const whole = await runImport({ ...file, wholePage: true })
    assert.equal(whole.unsure, undefined)
    assert.ok(whole.draft.blocks.some((b) => b.text.includes('Reader comment 7')))
    // Russian in windows-1251, which the file does not declare.
    const cp1251 = encodeLegacy('Экспорт пшеницы из России в октябре вырос на пять процентов, сообщили в министерстве.', 'windows-1251')
    assert.deepEqual(await runImport({ name: 'zerno.txt', bytes: cp1251 }), importFileReport({ name: 'zerno.txt', bytes: cp1251 }))
    assert.equal((await runImport({ name: 'zerno.txt', bytes: cp1251 })).assumedEncoding, 'windows-1251 (Cyrillic)')
  })

  test('passes the importer\'s refusal on as it is', async () => {
    await assert.rejects(runImport({ name: 'empty.html', bytes: new Uint8Array() }), isImportError(/empty/i))
  })

  test('a file refused for its shape is refused in the worker with a sentence', async () => {
    const file = { name: 'tangled.html', bytes: bytes(reopenedMarksPage({ triples: 100, textNodes: 63_000 })) }
    assert.ok(file.bytes.length > 250_000)
    await assert.rejects(runImport(file), isImportError(/too tangled to import safely/))
  })

  test('a worker out of memory is stopped and reported; this process goes on', async () => {
    await assert.rejects(
      runImport({ name: 'big.html', bytes: bigPage() }, { maxOldGenerationSizeMb: 4, timeoutMs: 60_000 }),
      isImportError(/could not be imported: it needs more memory than a file of its size should/),
    )
    // Still able to import afterwards.
    assert.equal((await runImport({ name: 'a.txt', bytes: bytes('Still here.') })).draft.blocks[0]!.text, 'Still here.')
  })

  test('a worker past its deadline is terminated and reported', async () => {
    await assert.rejects(
      runImport({ name: 'big.html', bytes: bigPage() }, { maxOldGenerationSizeMb: 1024, timeoutMs: 1 }),
      isImportError(/could not be imported: reading it took too long and was stopped\. If the computer is busy, try again/),
    )
  })

  test('a session reads many files in one worker; a file that stops its worker is refused and the next gets a new one', async () => {
    const session = new ImportSession()
    try {
      const texts = ['First report.', 'Second report.', 'Third report.']
      for (const text of texts) assert.equal((await session.run({ name: 'a.txt', bytes: bytes(text) })).draft.blocks[0]!.text, text)
      // A refusal is an answer: the worker goes on.
      await assert.rejects(session.run({ name: 'empty.html', bytes: new Uint8Array() }), isImportError(/empty/i))
      assert.equal(session.workersStarted, 1)
      await assert.rejects(
        session.run({ name: 'big.html', bytes: bigPage() }, { maxOldGenerationSizeMb: 1024, timeoutMs: 1 }),
        isImportError(/reading it took too long and was stopped/),
      )
      assert.equal((await session.run({ name: 'b.txt', bytes: bytes('Still here.') })).draft.blocks[0]!.text, 'Still here.')
      assert.equal(session.workersStarted, 2)
    } finally {
      session.close()
    }
  })

  // A loaded machine must not turn a clear refusal into "took too long":
  // the refusals that need no clock come before the deadline starts.
  test('a tiny time budget still gives the clear refusal for nesting, tangle and binary bytes', async () => {
    const tiny = { maxOldGenerationSizeMb: 1024, timeoutMs: 1 }
    const deep = { name: 'deep.html', bytes: bytes(`<!doctype html><html><body>${'<div>'.repeat(200_000)}x</body></html>`) }
    await assert.rejects(runImport(deep, tiny), isImportError(/too deeply nested to import safely/))
    const tangled = { name: 'tangled.html', bytes: bytes(reopenedMarksPage({ triples: 100, textNodes: 63_000 })) }
    await assert.rejects(runImport(tangled, tiny), isImportError(/too tangled to import safely/))
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array<number>(64).fill(0)])
    await assert.rejects(runImport({ name: 'picture.html', bytes: png }, tiny), isImportError(/not text/))
  })

  test('a file over the size limit is refused before any worker starts', async () => {
    const session = new ImportSession()
    try {
      const huge = { name: 'huge.txt', bytes: new Uint8Array(20 * 1024 * 1024 + 1) }
      await assert.rejects(session.run(huge, { maxOldGenerationSizeMb: 1024, timeoutMs: 1, checksTimeoutMs: 1 }), isImportError(/larger than the 20 MB import limit/))
      assert.equal(session.workersStarted, 0)
    } finally {
      session.close()
    }
  })

  test('limits grow with the file and stay finite', () => {
    const small = limitsFor(1024)
    const large = limitsFor(20 * 1024 * 1024)
    assert.ok(large.timeoutMs > small.timeoutMs && large.timeoutMs <= 120_000)
    assert.ok(large.maxOldGenerationSizeMb <= 2048)
  })
})

// Each read may take its worker's whole heap cap: six imports asked for at
// once (six tabs, six hostile pages) took 6 GB before reads shared two slots.
test('imports asked for at once are read two at a time, each whole', async () => {
  const file = (i: number) => ({ name: `story-${i}.txt`, bytes: new TextEncoder().encode(`Story ${i}\n\nThe agency said it happened on day ${i}.`) })
  const reports = await Promise.all(Array.from({ length: 6 }, (_, i) => runImport(file(i))))
  assert.deepEqual(reports.map((r) => r.draft.meta.title), Array.from({ length: 6 }, (_, i) => `Story ${i}`))
  assert.equal(readingSlots.peak, 2)
})
