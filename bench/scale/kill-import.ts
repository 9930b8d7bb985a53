// Case (c) of the kill benchmark: SIGKILL in the middle of an import of
// many files, sent in batches as the app and the command line send them
// (shared/api/import-batches.ts), at a seeded count of files handled; then
// a restart. Every import answered is there; every document the library
// shows beside the 10,000 is one of the files, whole; nothing else was
// added; the same files imported again are each created or found already
// there under one id, and search finds them.

import assert from 'node:assert/strict'
import { importInBatches, type BatchResult } from '../../shared/api/import-batches.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import { checkWhole } from '../../test/helpers/served-whole.ts'
import { uniqueWord } from './kill-burst.ts'
import { diskChecked, killServer, restart } from './kill-server.ts'
import { searchReady } from './kill-library.ts'
import { seconds, type CaseResult, type KillRun } from './kill-report.ts'
import { startServer, type ServerClient } from './server-client.ts'

const FILES = 400

interface ImportFile { name: string; title: string; word: string; text: string }

function importFiles(): ImportFile[] {
  return Array.from({ length: FILES }, (_, i) => {
    const word = uniqueWord(900_000 + i)
    const title = `Kill bench import number ${i}`
    const text = `${title}\n\n${`Paragraph ${i} of the story (${word}), as the agency reported it. `.repeat(60).trim()}\n\nThe ministry said the talks would go on.`
    return { name: `kill-import-${i}.txt`, title, word, text }
  })
}

function sendAll(client: ServerClient, files: readonly ImportFile[], importId: string, handled: (results: readonly BatchResult[]) => void) {
  const api = {
    importDocuments: (input: unknown) => client.call('importDocuments', input),
    importProgress: (input: unknown) => client.call('importProgress', input),
  } as unknown as Parameters<typeof importInBatches>[0]
  const batchFiles = files.map((f) => ({ name: f.name, size: f.text.length, read: async () => Buffer.from(f.text).toString('base64') }))
  return importInBatches(api, batchFiles, {
    importId, tick: () => new Promise((resolve) => setTimeout(resolve, 50)), progress: () => {}, handled,
  })
}

const createdIds = (results: readonly BatchResult[]) => results.flatMap(({ result }) => (result.status === 'created' ? [result.document.id] : []))

export async function importCase(run: KillRun, lives: number): Promise<CaseResult> {
  const files = importFiles()
  const byTitle = new Map(files.map((f) => [f.title, f]))
  const acknowledged = new Set<string>()
  const lines: string[] = []
  const recover: number[] = []
  const original = run.listedCount
  for (let n = 1; n <= lives; n++) {
    const killAt = 1 + Math.floor(run.rand() * (FILES - 2))
    const first = await startServer(run.dir, { stderr: 'ignore' })
    let killed = false
    const importId = crypto.randomUUID()
    let ended = false
    const sending = sendAll(first, files, importId, (results) => { for (const id of createdIds(results)) acknowledged.add(id) }).catch(() => null)
      .finally(() => { ended = true })
    try {
      // Killed once killAt files of all are handled (over the batches).
      while (!ended) {
        const progress = await first.outcome('importProgress', { importId })
        if (progress.ok && (progress.value as { done: number }).done >= killAt) {
          await killServer(first)
          killed = true
          break
        }
      }
    } finally {
      if (!killed) await first.stop()
    }
    await sending

    const { client, answeredMs } = await restart(run.dir)
    try {
      const listed = await checkWhole(client.outcome, new Set())
      const imported = listed.filter((d) => !/^scale-/.test(d.id))
      for (const id of acknowledged) assert.ok(imported.some((d) => d.id === id), `the answered import of ${id} is lost`)
      for (const { id } of imported) {
        const document = await client.call<ArticleDocument>('getDocument', { documentId: id })
        const file = byTitle.get(document.meta.title)
        assert.ok(file, `a document no file made: ${id} (${document.meta.title})`)
        assert.equal(canonicalText(document.blocks), file.text, `${id} is not whole`)
      }
      assert.equal(new Set(imported.map((d) => d.id)).size, imported.length)
      recover.push(answeredMs)
      lines.push(`life ${n}: killed at ${imported.length} of ${FILES} files in the library (kill point ${killAt}, ${acknowledged.size} answered in all); restart → library listed ${seconds(answeredMs)}; each imported document whole`)
      console.error(`  import ${lines.at(-1)}`)
    } finally {
      await client.stop()
    }
  }
  // The same files again, not killed: each created or found, one id each.
  const last = await startServer(run.dir, { stderr: 'ignore' })
  try {
    const { results } = await sendAll(last, files, crypto.randomUUID(), () => {})
    const ids = results.map(({ result }) => (result.status === 'created' ? result.document.id : result.status === 'duplicate' ? result.existing.id : `failed: ${result.error}`))
    assert.equal(new Set(ids).size, FILES, `importing again: ${ids.filter((id) => id.startsWith('failed')).join(', ')}`)
    for (const id of acknowledged) assert.ok(ids.includes(id))
    run.listedCount = original + FILES
    const listed = await checkWhole(last.outcome, new Set(ids.slice(0, 20)))
    assert.equal(listed.length, run.listedCount)
    await searchReady(last, 900_000)
    for (const file of files.filter((_, i) => i % 50 === 0)) {
      const { hits } = await last.call<{ hits: { documentId: string }[] }>('search', { query: file.word })
      assert.ok(hits.length > 0 && hits.every((h) => h.documentId === ids[files.indexOf(file)]), `search for "${file.word}" does not find its import`)
    }
  } finally {
    await last.stop()
  }
  const disk = await diskChecked(run.dir, new Map())
  lines.push(`imported again: ${FILES} files, each created or found under one id; disk check ${seconds(disk.ms)} (${disk.files} files)`)
  return { name: 'kill during an import of many files', summary: `${lives} kills, ${acknowledged.size} answered imports all there, nothing half-written`, lines, recover }
}
