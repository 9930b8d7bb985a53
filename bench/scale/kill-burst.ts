// Case (a) of the kill benchmark: SIGKILL in the middle of a burst of adds
// through the real API, to the 1 MB document with 10,000 annotations and to
// ordinary ones, several adds in flight at once; then a restart. Every add
// answered before the kill is there, once; an add sent but not answered is
// there once or not at all; nothing else changed (every other document's
// files byte for byte, its library entry as it was); every file parses;
// the library lists every document; search finds the added notes.

import assert from 'node:assert/strict'
import { describe } from '../../shared/anchoring/describe.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText, type ArticleDocument } from '../../shared/model/document.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { checkWhole, type Listed } from '../../test/helpers/served-whole.ts'
import { readDocumentOnDisk } from '../../test/helpers/document-files.ts'
import { BIG_ID, documentId } from './generate.ts'
import { changedDocuments, diskChecked, documentStamps, killServer, restart } from './kill-server.ts'
import { searchReady } from './kill-library.ts'
import { startServer } from './server-client.ts'
import { seconds, type CaseResult, type KillRun } from './kill-report.ts'

const ADDS = 90
const IN_FLIGHT = 6
const OTHERS = 5
const SOURCES = builtInSources.map((s) => s.id)

// A word no generated text has: "zq" and the number in letters.
export function uniqueWord(n: number): string {
  let word = ''
  for (let k = n; word.length === 0 || k > 0; k = Math.floor(k / 26)) word = String.fromCharCode(97 + (k % 26)) + word
  return `zq${word}`
}

// A document's content as its files hold it, in one order.
async function contentOf(dir: string, id: string): Promise<string> {
  const { document, annotations, rejectedSuggestions } = await readDocumentOnDisk(dir, id)
  return JSON.stringify({ document, annotations: [...annotations].sort((a, b) => a.id.localeCompare(b.id)), rejectedSuggestions })
}

interface Add { documentId: string; note: string; word: string; at: number; length: number }
export interface Acked extends Add { id: string }

// One life: a server started, a burst sent, the server killed once `killAt`
// adds are answered; then restarted and checked. Returns what was answered.
async function life(run: KillRun, n: number, killAt: number, expected: Map<string, Set<string>>): Promise<{ acked: Acked[]; inFlight: number; recoverMs: number; checkMs: number; searchMs: number; diskMs: number; burstMs: number }> {
  const { dir, rand, documents } = run
  const targets = [BIG_ID, ...Array.from({ length: OTHERS }, () => documentId(1 + Math.floor(rand() * (documents - 1))))]
  const stamps = await documentStamps(dir)
  // A document left with a journal by an earlier kill is folded into its
  // file when next opened (open-documents.ts): written, the same content.
  const journaled = new Map<string, string>()
  for (const [id, stamp] of stamps) if (stamp.includes('.journal.jsonl ')) journaled.set(id, await contentOf(dir, id))
  const b0 = performance.now()
  const first = await startServer(dir, { stderr: 'ignore' })
  let burstMs!: number
  const acked: Acked[] = []
  let sent = 0
  const adds: Add[] = []
  const beforeIds = new Map<string, Set<string>>()
  let listedBefore: Listed[]
  try {
    listedBefore = await first.call<Listed[]>('listDocuments')
    const texts = new Map<string, string>()
    for (const id of new Set(targets)) {
      texts.set(id, canonicalText((await first.call<ArticleDocument>('getDocument', { documentId: id })).blocks))
      beforeIds.set(id, new Set((await first.call<Annotation[]>('listAnnotations', { documentId: id })).map((a) => a.id)))
    }
    // Half the adds to the 1 MB document, the rest spread over the others.
    for (let i = 0; i < ADDS; i++) {
      const id = i % 2 === 0 ? BIG_ID : targets[1 + Math.floor(rand() * OTHERS)]!
      const word = uniqueWord(n * 1000 + i)
      adds.push({ documentId: id, note: `Kill bench ${word}: checked against the wire copy.`, word, at: rand(), length: 20 + Math.floor(rand() * 60) })
    }
    let onKillPoint = () => {}
    const killPoint = new Promise<void>((resolve) => { onKillPoint = resolve })
    const send = async (add: Add): Promise<void> => {
      const text = texts.get(add.documentId)!
      const from = Math.floor(add.at * (text.length - 80))
      const answer = await first.outcome('createAnnotation', {
        documentId: add.documentId, kind: 'claim', target: describe(text, from, from + add.length),
        sources: [SOURCES[Math.floor(add.at * SOURCES.length)]!], note: add.note,
      })
      if (!answer.ok) throw new Error(`an add was refused: ${answer.error?.message}`)
      acked.push({ ...add, id: (answer.value as Annotation).id })
      if (acked.length >= killAt) onKillPoint()
    }
    // A few in flight at any time, as from a reader who keeps adding.
    let next = 0
    const lanes = Array.from({ length: IN_FLIGHT }, async () => {
      while (next < adds.length) {
        const add = adds[next++]!
        sent++
        await send(add)
      }
    })
    let failed: unknown = null
    const burst = Promise.all(lanes).catch((error: unknown) => { failed ??= error })
    await Promise.race([killPoint, burst])
    if (acked.length < killAt) throw new Error(`the burst ended with ${acked.length} answered, before its kill point ${killAt}: ${String(failed)}`)
    await killServer(first)
    burstMs = performance.now() - b0
    await burst
  } catch (error) {
    await first.stop()
    throw error
  }
  const ackedNow = [...acked]
  for (const a of ackedNow) {
    let ids = expected.get(a.documentId)
    if (!ids) expected.set(a.documentId, ids = new Set())
    ids.add(a.id)
  }

  const { client, answeredMs } = await restart(dir)
  const c0 = performance.now()
  let searchMs!: number
  try {
    const sample = new Set([...targets, ...Array.from({ length: 10 }, () => documentId(1 + Math.floor(rand() * (documents - 1))))])
    const listed = await checkWhole(client.outcome, sample)
    assert.equal(listed.length, run.listedCount, `the library lists ${listed.length} documents, not ${run.listedCount}`)
    // Other documents' entries as they were.
    const was = new Map(listedBefore.map((d) => [d.id, JSON.stringify(d)]))
    for (const entry of listed) if (!beforeIds.has(entry.id)) assert.equal(JSON.stringify(entry), was.get(entry.id), `${entry.id} changed in the library`)
    const sentNotes = new Map(adds.slice(0, sent).map((a) => [a.note, a.documentId]))
    for (const [id, before] of beforeIds) {
      const now = await client.call<Annotation[]>('listAnnotations', { documentId: id })
      const ids = new Set(now.map((a) => a.id))
      assert.equal(ids.size, now.length, `${id}: an annotation is there twice`)
      for (const old of before) assert.ok(ids.has(old), `${id}: annotation ${old}, there before the burst, is lost`)
      for (const a of expected.get(id) ?? []) assert.ok(ids.has(a), `${id}: the answered add ${a} is lost`)
      const added = now.filter((a) => !before.has(a.id))
      for (const a of added) assert.equal(sentNotes.get(a.note), id, `${id}: annotation ${a.id} was never sent (${a.note})`)
      assert.equal(new Set(added.map((a) => a.note)).size, added.length, `${id}: one add is there twice under two ids`)
    }
    searchMs = await searchReady(client, 600_000)
    for (const a of ackedNow.filter((_, i) => i % 7 === 0)) {
      const { hits } = await client.call<{ hits: { documentId: string; annotationId?: string }[] }>('search', { query: a.word })
      assert.ok(hits.some((h) => h.documentId === a.documentId && h.annotationId === a.id), `search does not find the added note "${a.word}"`)
    }
  } finally {
    await client.stop()
  }
  const checkMs = performance.now() - c0
  const changed = changedDocuments(stamps, await documentStamps(dir))
  const strays = changed.filter((id) => !beforeIds.has(id))
  for (const id of strays) {
    const was = journaled.get(id)
    assert.ok(was !== undefined, `${id}, to which no add was sent, was written`)
    assert.equal(await contentOf(dir, id), was, `${id}, to which no add was sent, changed when its journal was folded in`)
  }
  // The files written are read; the others are as the last whole check found them.
  const disk = await diskChecked(dir, expected, new Set(beforeIds.keys()))
  return { acked: ackedNow, inFlight: sent - ackedNow.length, recoverMs: answeredMs, checkMs, searchMs, diskMs: disk.ms, burstMs }
}

export async function burstCase(run: KillRun, lives: number): Promise<CaseResult & { acked: Acked[] }> {
  const expected = new Map<string, Set<string>>()
  const all: Acked[] = []
  const lines: string[] = []
  const recover: number[] = []
  for (let n = 1; n <= lives; n++) {
    const killAt = 3 + Math.floor(run.rand() * (ADDS / 2))
    const t0 = performance.now()
    const one = await life(run, n, killAt, expected)
    all.push(...one.acked)
    recover.push(one.recoverMs)
    lines.push(`life ${n}: start and burst ${seconds(one.burstMs)}, killed at ${one.acked.length} answered (${one.inFlight} in flight); restart → library listed ${seconds(one.recoverMs)}; API checks ${seconds(one.checkMs)} (of which search caught up ${seconds(one.searchMs)}), files written checked ${seconds(one.diskMs)}; life ${((performance.now() - t0) / 1000).toFixed(0)} s`)
    console.error(`  burst ${lines.at(-1)}`)
  }
  // Every file of the folder, once at the end.
  const disk = await diskChecked(run.dir, expected)
  lines.push(`every file checked at the end: ${disk.files} files in ${seconds(disk.ms)}`)
  return { name: 'kill during a burst of adds', lines, recover, acked: all, summary: `${lives} kills, ${all.length} answered adds all there` }
}
