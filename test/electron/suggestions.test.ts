// Attribution suggestions through the API (dispatch, as both transports
// call it) on real data folders: a library document and an article file
// that is never stored, stable keys, rejecting for good and undoing it,
// and accepting in one step (a proposed source added, then the claim).

import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { dispatch } from '../../electron/dispatch.ts'
import { openServices } from '../../electron/services.ts'
import { canonicalText } from '../../shared/model/document.ts'
import type { Api, Output } from '../../shared/api/contract.ts'
import type { Suggestion } from '../../shared/model/suggestion.ts'
import { acceptSuggestion, undoAccepted } from '../../shared/api/accept-suggestion.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { readDocumentOnDisk } from '../helpers/document-files.ts'
import { statementSentences } from '../../shared/attribution/statements.ts'
import { indexBytes } from '../helpers/library-files.ts'
import { uncovered } from '../../shared/model/suggestion-coverage.ts'

const RESOURCES = join(__dirname, '..', '..', 'resources')
const DOC = 'xi-mishustin-2025-11-05'
const PER_XINHUA = 'The regular meeting, which has been held every year since its inception in 1996'
const tempDir = tempDirs('suggestions')

let dir: string
let api: Api
let text: string

// Through dispatch, so input and answer are checked against the contract.
async function call<T = unknown>(target: Api, method: string, payload: unknown): Promise<T> {
  const outcome = await dispatch(target, method, payload)
  if (!outcome.ok) throw Object.assign(new Error(outcome.error.message), { code: outcome.error.code })
  return outcome.value as T
}
const suggest = async (target: Api = api): Promise<Suggestion[]> =>
  (await call<Output<'suggestAttributions'>>(target, 'suggestAttributions', { documentId: DOC })).suggestions
const reopen = () => openServices({ dataDir: dir, resourcesDir: RESOURCES })

before(async () => {
  dir = await tempDir()
  api = await reopen()
  text = canonicalText((await api.getDocument({ documentId: DOC })).blocks)
})

test('a document\'s suggestions: offsets in its canonical text, targets ready for createAnnotation, library matches', async () => {
  const suggestions = await suggest()
  assert.ok(suggestions.length >= 10, `only ${suggestions.length}`)
  assert.equal(new Set(suggestions.map((s) => s.key)).size, suggestions.length)
  for (const s of suggestions) {
    assert.equal(text.slice(s.content.start, s.content.end), s.content.text)
    assert.equal(text.slice(s.cue.start, s.cue.end), s.cue.text)
    assert.deepEqual(s.target.position, { start: s.content.start, end: s.content.end })
    assert.equal(s.target.quote.exact, s.content.text)
  }
  const perXinhua = suggestions.find((s) => s.content.text.startsWith(PER_XINHUA))
  assert.ok(perXinhua)
  assert.deepEqual([perXinhua.source, perXinhua.cue.text, perXinhua.sourceMatch], ['Xinhua', 'per Xinhua', { sourceId: 'xinhua' }])
  const relayed = suggestions.find((s) => s.source === 'Xi Jinping' && s.via === 'Xinhua')
  assert.ok(relayed, 'a Xi Jinping via Xinhua suggestion')
  assert.deepEqual(relayed.sourceMatch, { proposed: { name: 'Xi Jinping', kind: 'person' } })
  assert.deepEqual(relayed.viaMatch, { sourceId: 'xinhua' })
})

test('the answer carries the statement sentences, the coverage view\'s units', async () => {
  const { sentences } = await call<Output<'suggestAttributions'>>(api, 'suggestAttributions', { documentId: DOC })
  assert.ok(sentences.length >= 10, `only ${sentences.length}`)
  const meeting = text.indexOf(PER_XINHUA)
  assert.ok(sentences.some((s) => s.start === meeting), 'the meeting sentence starts a unit')
  for (let i = 1; i < sentences.length; i++) assert.ok(sentences[i]!.start >= sentences[i - 1]!.end, 'in order, without overlaps')
  // The same units as the Markdown export's Coverage section counts.
  assert.deepEqual(sentences, statementSentences((await api.getDocument({ documentId: DOC })).blocks))
})

test('keys are the same after a restart while the text is unchanged', async () => {
  assert.deepEqual((await suggest(await reopen())).map((s) => s.key), (await suggest()).map((s) => s.key))
})

test('a rejected suggestion stays hidden after reopening the folder; unrejecting brings it back', async () => {
  const [first] = await suggest()
  assert.deepEqual(await call(api, 'rejectSuggestion', { documentId: DOC, key: first!.key }), { rejected: true })
  assert.deepEqual(await call(api, 'rejectSuggestion', { documentId: DOC, key: first!.key }), { rejected: false })
  assert.ok(!(await suggest()).some((s) => s.key === first!.key))
  const stored = await readDocumentOnDisk(dir, DOC)
  assert.deepEqual(stored.rejectedSuggestions, [first!.key])

  const again = await reopen()
  assert.ok(!(await suggest(again)).some((s) => s.key === first!.key))
  assert.deepEqual(await call(again, 'unrejectSuggestion', { documentId: DOC, key: first!.key }), { unrejected: true })
  assert.deepEqual(await call(again, 'unrejectSuggestion', { documentId: DOC, key: first!.key }), { unrejected: false })
  assert.equal((await suggest(again))[0]!.key, first!.key)
  assert.deepEqual((await readDocumentOnDisk(dir, DOC)).rejectedSuggestions, [])
  await assert.rejects(call(again, 'rejectSuggestion', { documentId: DOC, key: 'not a key' }), (e: Error & { code: string }) => e.code === 'invalid-input')
})

test('accepting is one step: the proposed source is added and the claim made; undo takes both back', async () => {
  const relayed = (await suggest()).find((s) => s.source === 'Xi Jinping' && s.via === 'Xinhua')!
  const accepted = await acceptSuggestion(api, DOC, relayed)
  assert.deepEqual(accepted.addedSources.map((s) => [s.name, s.kind]), [['Xi Jinping', 'person']])
  const xi = accepted.addedSources[0]!.id
  assert.deepEqual([accepted.annotation.kind, accepted.annotation.sources, accepted.annotation.via], ['claim', [xi], ['xinhua']])
  assert.equal(accepted.annotation.target.quote.exact, relayed.content.text)
  // The claim now covers those words with that source: the suggestion is gone,
  // and the other Xi Jinping suggestions now match the new source.
  const after = await suggest()
  assert.ok(!after.some((s) => s.key === relayed.key))
  assert.ok(after.filter((s) => s.source === 'Xi Jinping').every((s) => 'sourceId' in s.sourceMatch && s.sourceMatch.sourceId === xi))
  // With covered: true the reader filters by itself (the same rule, shared).
  const all = (await call<Output<'suggestAttributions'>>(api, 'suggestAttributions', { documentId: DOC, covered: true })).suggestions
  assert.deepEqual(all.find((s) => s.key === relayed.key)?.sourceMatch, { sourceId: xi })
  assert.deepEqual(uncovered(all, await api.listAnnotations({ documentId: DOC })).map((s) => s.key), after.map((s) => s.key))

  await undoAccepted(api, accepted)
  assert.deepEqual(await api.listAnnotations({ documentId: DOC }), [])
  assert.ok(!(await api.listSources({})).some((s) => s.name === 'Xi Jinping'))
  assert.ok((await suggest()).some((s) => s.key === relayed.key))
})

test('accepting with edits: another source and a shorter span, still one step', async () => {
  const perXinhua = (await suggest()).find((s) => s.content.text.startsWith(PER_XINHUA))!
  const start = perXinhua.content.start
  const target = { position: { start, end: start + PER_XINHUA.length }, quote: { exact: PER_XINHUA, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + PER_XINHUA.length, start + PER_XINHUA.length + 32) } }
  const accepted = await acceptSuggestion(api, DOC, perXinhua, { sourceId: 'tass', target })
  assert.deepEqual([accepted.annotation.sources, accepted.annotation.via, accepted.annotation.target.quote.exact], [['tass'], [], PER_XINHUA])
  assert.deepEqual(accepted.addedSources, [])
  await undoAccepted(api, accepted)
})

test('an article file: suggestions in its own text, and nothing is added to the library or written', async () => {
  const html = `<!doctype html><html><head><title>Port deal</title></head><body><article><h1>Port deal</h1>
    <p>Russia and China will expand Arctic shipping next year, according to Xinhua.</p>
    <p>"We are ready to invest," Li Qiang said on Monday.</p></article></body></html>`
  const before = await readdir(join(dir, 'documents'))
  const library = await indexBytes(dir)
  const { suggestions } = await call<Output<'suggestAttributions'>>(api, 'suggestAttributions', { fileName: 'port.html', contentBase64: Buffer.from(html).toString('base64') })
  assert.ok(suggestions.some((s) => s.source === 'Xinhua' && s.content.text.startsWith('Russia and China will expand Arctic shipping')))
  assert.ok(suggestions.some((s) => s.source === 'Li Qiang'))
  assert.deepEqual(await readdir(join(dir, 'documents')), before)
  assert.deepEqual(await indexBytes(dir), library)
  assert.equal((await api.listDocuments({})).length, 1)
})

test('bad input: an empty or binary file, a document that does not exist', async () => {
  const file = (name: string, bytes: Buffer) => call(api, 'suggestAttributions', { fileName: name, contentBase64: bytes.toString('base64') })
  await assert.rejects(file('empty.txt', Buffer.alloc(0)), (e: Error & { code: string }) => e.code === 'invalid-input' && /^empty\.txt: /.test(e.message))
  await assert.rejects(file('blob.bin', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])), (e: Error & { code: string }) => e.code === 'invalid-input' && /^blob\.bin: /.test(e.message))
  await assert.rejects(call(api, 'suggestAttributions', { documentId: 'no-such-doc' }), (e: Error & { code: string }) => e.code === 'not-found')
  await assert.rejects(call(api, 'suggestAttributions', { documentId: DOC, fileName: 'x.txt' }), (e: Error & { code: string }) => e.code === 'invalid-input')
})
