// runImport: importFile in a worker with a capped heap and a deadline
// (issue 10, item 1). What a hostile file does to the worker must come back
// as a sentence, never take this process with it.

import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { importFile } from '../../shared/import/file.ts'
import { ImportError } from '../../shared/import/imported-article.ts'
import { limitsFor, runImport } from '../../electron/import/run-import.ts'
import { reopenedMarksPage } from '../helpers/hostile-html.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url))))
const bytes = (text: string) => new TextEncoder().encode(text)
const isImportError = (pattern: RegExp) => (e: unknown) => e instanceof ImportError && pattern.test(e.message)

// A page big enough that reading it needs tens of megabytes.
function bigPage(): Uint8Array {
  const paragraph = '<p>Xi Jinping met Mikhail Mishustin in Beijing, <em>Xinhua</em> reported, and <a href="https://tass.com/">Tass</a> agreed.</p>'
  return bytes(`<!doctype html><html><body><article>${paragraph.repeat(20_000)}</article></body></html>`)
}

describe('runImport', () => {
  test('gives the same draft as importFile', async () => {
    const file = { name: 'saved-page.html', bytes: fixture('saved-page.html') }
    assert.deepEqual(await runImport(file), importFile(file))
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
    assert.equal((await runImport({ name: 'a.txt', bytes: bytes('Still here.') })).blocks[0]!.text, 'Still here.')
  })

  test('a worker past its deadline is terminated and reported', async () => {
    await assert.rejects(
      runImport({ name: 'big.html', bytes: bigPage() }, { maxOldGenerationSizeMb: 1024, timeoutMs: 1 }),
      isImportError(/could not be imported: it needs more time than a file of its size should/),
    )
  })

  test('limits grow with the file and stay finite', () => {
    const small = limitsFor(1024)
    const large = limitsFor(20 * 1024 * 1024)
    assert.ok(large.timeoutMs > small.timeoutMs && large.timeoutMs <= 120_000)
    assert.ok(large.maxOldGenerationSizeMb <= 2048)
  })
})
