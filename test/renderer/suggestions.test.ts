// Suggestion commands over the in-memory Api: accept makes the claim (and
// the proposed source), reject hides for good, accept all is one step, and
// each is one undo step; moving wraps, and nothing acts while hidden.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { suggestionKey, type SourceMatch, type Suggestion } from '../../shared/model/suggestion.ts'
import { uncovered } from '../../shared/model/suggestion-coverage.ts'
import { seededRandom } from '../helpers/seeded-random.ts'
import { harness, TEXT } from './fake-context.ts'

function suggestion(words: string, source: string, sourceMatch: SourceMatch, via: string | null = null, viaMatch: SourceMatch | null = null): Suggestion {
  const start = TEXT.indexOf(words)
  const end = start + words.length
  return {
    key: suggestionKey(start, end, source, via), content: { text: words, start, end }, cue: { text: `${source} said`, start, end: start + 3 },
    source, sourceKind: 'outlet', via, venue: null, confidence: 0.9, sourceMatch, viaMatch, target: describeRange(TEXT, start, end),
  }
}

const talks = suggestion('the talks went well', 'Xinhua', { sourceId: 'xinhua' })
const soToo = suggestion('so too', 'Tass', { sourceId: 'tass' })
const notSure = suggestion('was not sure', 'CNBC', { proposed: { name: 'CNBC', kind: 'news-agency' } }, 'Xinhua', { sourceId: 'xinhua' })

async function ready(list: Suggestion[] = [talks, soToo, notSure]) {
  const h = await harness()
  h.fake.suggestions = list
  await h.suggestions.use(h.reader.session)
  return h
}

test('accept: a claim with the suggested source, the suggestion gone; undo and redo', async () => {
  const h = await ready()
  await h.runner.run('suggestions.accept', { key: talks.key })
  assert.deepEqual(h.errors, [])
  assert.equal(h.statuses.at(-1), 'Claim attributed to Xinhua.')
  const [claim] = h.reader.session!.annotations
  assert.deepEqual([claim!.kind, claim!.sources, claim!.target.quote.exact], ['claim', ['xinhua'], 'the talks went well'])
  assert.deepEqual(h.suggestions.list.map((s) => s.key), [soToo.key, notSure.key])

  await h.runner.run('history.undo')
  assert.equal(h.fake.annotations.size, 0)
  assert.equal(h.reader.session!.annotations.length, 0)
  assert.deepEqual(h.suggestions.list.map((s) => s.key), [talks.key, soToo.key, notSure.key])
  await h.runner.run('history.redo')
  assert.deepEqual(h.reader.session!.annotations.map((a) => a.sources), [['xinhua']])
})

test('accepting a new source with a relay adds the source; undo removes both', async () => {
  const h = await ready()
  await h.runner.run('suggestions.accept', { key: notSure.key })
  const [claim] = h.reader.session!.annotations
  assert.deepEqual([claim!.sources, claim!.via], [['cnbc'], ['xinhua']])
  assert.ok(h.reader.session!.sources.some((s) => s.id === 'cnbc'))
  await h.runner.run('history.undo')
  assert.equal(h.fake.sources.some((s) => s.id === 'cnbc'), false)
  assert.equal(h.reader.session!.sources.some((s) => s.id === 'cnbc'), false)
})

test('accept edited: another source, no relay, the selected shorter span, in one step', async () => {
  const h = await ready()
  h.selected.target = describeRange(TEXT, TEXT.indexOf('not sure'), TEXT.indexOf('not sure') + 8)
  await h.runner.run('suggestions.accept', { key: notSure.key, sourceId: 'tass', via: [], selected: true })
  const [claim] = h.reader.session!.annotations
  assert.deepEqual([claim!.sources, claim!.via, claim!.target.quote.exact], [['tass'], [], 'not sure'])
  assert.equal(h.fake.sources.some((s) => s.id === 'cnbc'), false, 'the proposed source was not added')
  await h.runner.run('history.undo')
  assert.equal(h.fake.annotations.size, 0)
  assert.equal(h.history.nextUndo, undefined)
})

test('reject hides it for good (the Api remembers); undo brings it back in focus', async () => {
  const h = await ready()
  h.suggestions.select(soToo.key)
  await h.runner.run('suggestions.reject')
  assert.deepEqual([...h.fake.rejected], [soToo.key])
  assert.deepEqual(h.suggestions.list.map((s) => s.key), [talks.key, notSure.key])
  assert.equal(h.suggestions.currentKey, notSure.key, 'the focus moved to the next one')
  await h.suggestions.refresh()
  assert.equal(h.suggestions.list.some((s) => s.key === soToo.key), false)
  await h.runner.run('history.undo')
  assert.deepEqual([...h.fake.rejected], [])
  assert.equal(h.suggestions.currentKey, soToo.key)
})

test('accept all from a source is one step, and all or nothing', async () => {
  const more = suggestion('Tass said', 'Xinhua', { sourceId: 'xinhua' })
  const h = await ready([talks, soToo, more])
  await h.runner.run('suggestions.acceptAll', { source: 'Xinhua' })
  assert.equal(h.statuses.at(-1), '2 claims attributed to Xinhua.')
  assert.deepEqual(h.suggestions.list.map((s) => s.key), [soToo.key])
  await h.runner.run('history.undo')
  assert.equal(h.fake.annotations.size, 0)

  // The second create fails: the first claim is taken back. The second
  // suggestion proposes a source, so its accept asks listSources first.
  const proposing = suggestion('Tass said', 'Xinhua', { proposed: { name: 'Xinhua Net', kind: 'news-agency' } })
  const h2 = await ready([talks, soToo, proposing])
  const asked = () => h2.fake.calls.filter((c) => c.method === 'listSources').length
  const before = asked()
  const held = h2.fake.hold('listSources')
  const run = h2.runner.run('suggestions.acceptAll', { source: 'Xinhua' })
  while (asked() === before) await new Promise(setImmediate)
  assert.equal(h2.fake.annotations.size, 1, 'the first claim was made')
  h2.fake.failNext('createAnnotation', 'The disk is full.')
  held.release()
  await run
  assert.deepEqual(h2.errors, ['The disk is full.'])
  assert.equal(h2.fake.annotations.size, 0)
  assert.equal(h2.history.nextUndo, undefined)
})

test('moving wraps; nothing acts while suggestions are hidden', async () => {
  const h = await ready()
  await h.runner.run('suggestions.next')
  assert.equal(h.suggestions.currentKey, talks.key)
  await h.runner.run('suggestions.previous')
  assert.equal(h.suggestions.currentKey, notSure.key)
  await h.suggestions.setShown(false)
  assert.equal(await h.runner.run('suggestions.accept'), false)
  assert.equal(await h.runner.run('suggestions.next'), false)
  assert.equal(h.fake.annotations.size, 0)
})

test('the on/off switch is saved with the reading settings and read back by the next reader', async () => {
  const h = await ready()
  await h.runner.run('suggestions.toggle')
  assert.equal(h.suggestions.shown, false)
  assert.equal(h.fake.settings.suggestions, false)
  const { SuggestionState } = await import('../../renderer/suggestion-state.ts')
  const next = new SuggestionState(h.fake.api)
  assert.equal(next.shown, true)
  await next.load()
  assert.equal(next.shown, false)
})

test('a claim made or deleted in the reader hides and brings back its suggestion without asking the server again', async () => {
  const h = await ready()
  const asked = () => h.fake.calls.filter((c) => c.method === 'suggestAttributions').length
  const before = asked()
  const session = h.reader.session!
  const annotation = await h.fake.api.createAnnotation({ documentId: session.documentId, kind: 'claim', target: talks.target, sources: ['xinhua'] })
  session.adopt(annotation)
  await h.suggestions.watch()
  assert.deepEqual(h.suggestions.list.map((s) => s.key), [soToo.key, notSure.key])
  session.forget(annotation.id)
  await h.suggestions.watch()
  assert.deepEqual(h.suggestions.list.map((s) => s.key), [talks.key, soToo.key, notSure.key])
  assert.equal(asked(), before, 'no new answer was asked for')
})

test('a claim that covers no suggestion changes nothing: the list is not drawn again', async () => {
  const h = await ready()
  let changes = 0
  h.suggestions.onChange(() => changes++)
  const session = h.reader.session!
  session.adopt(await h.fake.api.createAnnotation({ documentId: session.documentId, kind: 'claim', target: talks.target }))
  await h.suggestions.watch()
  assert.equal(changes, 0)
  assert.equal(h.suggestions.list.length, 3)
})

test('a claim added is checked against the list by itself: the other annotations\' ranges and sources are not read again', async () => {
  const h = await ready()
  const session = h.reader.session!
  let reads = 0
  const other = (i: number) => ({ ...talks.target, position: { start: i % 50, end: i % 50 + 5 } })
  session.annotations = Array.from({ length: 1000 }, (_, i) => new Proxy({
    id: `other-${i}`, documentId: session.documentId, kind: 'claim' as const, target: other(i), sources: ['nobody'], via: [], note: '', created: '2025-11-06T09:00:00.000Z', modified: '2025-11-06T09:00:00.000Z',
  }, { get: (t, k) => { if (k === 'target' || k === 'sources') reads++; return Reflect.get(t, k) as unknown } }))
  await h.suggestions.watch()
  assert.equal(h.suggestions.list.length, 3)
  reads = 0
  session.adopt(await h.fake.api.createAnnotation({ documentId: session.documentId, kind: 'claim', target: talks.target, sources: ['xinhua'] }))
  await h.suggestions.watch()
  assert.deepEqual(h.suggestions.list.map((s) => s.key), [soToo.key, notSure.key])
  assert.equal(reads, 0)
  // Taken off again: filtered whole, and right.
  session.forget(session.annotations.at(-1)!.id)
  await h.suggestions.watch()
  assert.deepEqual(h.suggestions.list.map((s) => s.key), [talks.key, soToo.key, notSure.key])
})

test('the list kept by claims added, saved, changed and deleted is the answer filtered whole', async () => {
  const random = seededRandom(7)
  const list = [talks, soToo, notSure]
  const h = await ready(list)
  const session = h.reader.session!
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!
  let serial = 0
  for (let step = 0; step < 200; step++) {
    const r = random()
    const start = Math.floor(random() * (TEXT.length - 12))
    const end = start + pick([1, 4, 12])
    const made = {
      id: `made-${++serial}`, documentId: session.documentId, kind: 'claim' as const, target: describeRange(TEXT, start, end),
      sources: pick([[], ['xinhua'], ['tass'], ['tass', 'xinhua']]), via: [], note: '', created: '2025-11-06T09:00:00.000Z', modified: '2025-11-06T09:00:00.000Z',
    }
    const at = Math.floor(random() * session.annotations.length)
    if (r < 0.4 || session.annotations.length === 0) session.annotations = [...session.annotations, made]
    // Saved under a stored id: the same claim.
    else if (r < 0.5) session.annotations = session.annotations.with(at, { ...session.annotations[at]!, id: `stored-${serial}` })
    else if (r < 0.62) session.annotations = session.annotations.with(at, { ...session.annotations[at]!, sources: made.sources })
    else session.annotations = session.annotations.filter((_, i) => i !== at)
    await h.suggestions.watch()
    assert.deepEqual(h.suggestions.list.map((s) => s.key), uncovered(list, session.annotations).map((s) => s.key), `step ${step}`)
  }
})
