// An annotation added to, edited in or removed from a long document with
// many notes is indexed again by itself: neither its document's text nor
// the other notes are split into words again (work counted, not timed),
// and search answers as it did when the whole document was indexed again.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { SearchIndexer } from '../../electron/search/indexer.ts'
import { Store } from '../../electron/store/store.ts'
import type { ArticleDocument } from '../../shared/model/document.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { tempDirs } from '../helpers/temp-dirs.ts'
import { annotator } from '../helpers/annotate.ts'

const tempDir = tempDirs('search-index-notes')

// About 24,000 words.
const LONG = Array.from({ length: 2000 }, (_, i) => `Line ${i} of the grain corridor talks in Varna, sentence ${i}.`).join(' ')
const article = (id: string, title: string, text: string): ArticleDocument => ({ id, meta: { title }, blocks: [{ type: 'paragraph', text }] })

test('an annotation added, edited and removed in a long document indexes its notes again, not the text', async () => {
  const store = await Store.open(await tempDir())
  const long = article('long', 'Corridor transcript', LONG)
  await store.addDocument(long)
  await store.addDocument(article('brief', 'Brief', 'A short note on the Varna port.'))
  // Many notes already.
  const annotate = annotator()
  const many = Array.from({ length: 300 }, (_, i) => annotate(long, `Line ${i + 100} of`, 'highlight', [], `Earlier reading ${i} of the corridor`))
  await store.changeDocument('long', (data) => ({ ...data, annotations: many }))
  const indexer = new SearchIndexer(store)
  const ranked = async (query: string) => (await indexer.search(query)).hits.map((h) => `${h.documentId}:${h.field}:${h.match}`)
  assert.deepEqual((await ranked('varna')).slice(0, 1), ['long:text:Varna'])
  const textWords = indexer.work.words
  assert.ok(textWords > 20_000, `${textWords} words indexed at first`)
  // Adds the notes counted and words split since `before` to `seen`.
  const work = (before: { words: number; notes: number }) => ({ words: indexer.work.words - before.words, notes: indexer.work.notes - before.notes })
  const change = async (edit: (annotations: readonly Annotation[]) => Annotation[]) => {
    await store.changeDocument('long', (data) => ({ ...data, annotations: edit(data.annotations) }))
    indexer.changed(['long'])
  }
  // The first change counts the notes there are (nothing was kept of them).
  await change((list) => list.slice(1))
  assert.deepEqual((await ranked('reading')).slice(0, 1), ['long:note:reading'])

  let before = indexer.work
  const made = annotate(long, 'Line 17 of', 'claim', ['xinhua'], 'Check the harbourmaster log')
  await change((list) => [...list, made])
  assert.deepEqual(await ranked('harbourmaster'), ['long:note:harbourmaster'])
  assert.deepEqual(await ranked('xinhua'), ['long:source:Xinhua'])
  // The source's name, one note.
  assert.deepEqual(work(before), { words: 1, notes: 1 })

  before = indexer.work
  await change((list) => list.map((a) => (a.id === made.id ? { ...a, note: 'Ask the coastguard' } : a)))
  assert.deepEqual(await ranked('harbourmaster'), [])
  assert.deepEqual(await ranked('coastguard'), ['long:note:coastguard'])
  assert.deepEqual(work(before), { words: 1, notes: 1 })

  before = indexer.work
  await change((list) => list.filter((a) => a.id !== made.id))
  assert.deepEqual(await ranked('coastguard'), [])
  assert.deepEqual(await ranked('xinhua'), [])
  assert.deepEqual(work(before), { words: 0, notes: 1 })
  assert.deepEqual((await ranked('earlier reading 250')), ['long:note:Earlier reading 250'])
  // The text is found as before.
  assert.deepEqual((await ranked('corridor varna')).slice(0, 1), ['long:title:Corridor'])

  // A changed title indexes the text again.
  before = indexer.work
  await store.changeDocument('long', (data) => ({ ...data, document: { ...data.document, meta: { title: 'Wheat corridor' } } }))
  indexer.changed(['long'])
  assert.deepEqual(await ranked('wheat'), ['long:title:Wheat'])
  assert.ok(work(before).words >= 20_000)
})
