// A document's notes and source names indexed again by themselves
// (LibraryIndex.setNotes) rank, score and save as the whole document
// indexed again would.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { LibraryIndex } from '../../shared/library/search-index.ts'
import { indexRecord, sourceNames } from '../../shared/library/index-record.ts'
import { bagOf } from '../../shared/library/word-bag.ts'
import type { Searchable } from '../../shared/library/search.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { ArticleDocument, canonicalText } from '../../shared/model/document.ts'
import { annotator } from '../helpers/annotate.ts'

const sourceName = (id: string) => builtInSources.find((s) => s.id === id)?.name ?? id
const annotate = annotator()

function article(id: string, title: string, text: string): ArticleDocument {
  return ArticleDocument.parse({ id, meta: { title }, blocks: [{ type: 'paragraph', text }] })
}
const entry = (document: ArticleDocument, annotations: Searchable['annotations'] = []): Searchable => ({ document, text: canonicalText(document.blocks), annotations })

const port = article('port', 'Port talks', 'Negotiators met in Istanbul about grain. The harbour was busy with grain ships.')
const grain = article('grain', 'Grain prices', 'Grain rose. Wheat fell. Ships waited outside the harbour.')
const ice = article('ice', 'Sea ice', 'The ice melts; ships wait. Xinhua reported the harbour closed.')
const first = [annotate(port, 'Negotiators met', 'claim', ['xinhua'], 'Check the harbour log'), annotate(port, 'about grain', 'highlight', [], 'grain grain grain')]
const then = [first[0]!, { ...first[1]!, note: 'Compare the wheat figures' }, { ...annotate(port, 'The harbour was busy', 'claim', ['tass'], 'Harbour master said so'), via: ['global-times'] }]
const QUERIES = ['grain', 'harbour', 'harb', 'wheat', 'xinhua', 'tass', 'global', 'ships harbour', 'check log', 'istanbul']

const ranked = (index: LibraryIndex) => QUERIES.map((q) => [q, index.search(q)] as const)

test('notes set again alone give the ranking and scores the whole document set again gives, saved and loaded too', () => {
  const whole = LibraryIndex.empty()
  const notes = LibraryIndex.empty()
  for (const index of [whole, notes]) {
    index.set(indexRecord(entry(grain), sourceName), 'v1')
    index.set(indexRecord(entry(port, first), sourceName), 'v1')
    index.set(indexRecord(entry(ice), sourceName), 'v1')
  }
  whole.set(indexRecord(entry(port, then), sourceName), 'v2')
  notes.setNotes('port', bagOf(then.map((a) => a.note).join('\n')), sourceNames(then, sourceName), 'v2')
  // (Until compacted, a word's postings count the gone records too, for both.)
  whole.compact(true)
  notes.compact(true)
  assert.equal(notes.version('port'), 'v2')
  assert.equal(notes.fingerprint('port'), whole.fingerprint('port'))
  for (const [[query, a], [, b]] of ranked(whole).map((r, i) => [r, ranked(notes)[i]!] as const)) {
    assert.deepEqual(b.map((d) => d.id), a.map((d) => d.id), query)
    b.forEach((d, i) => assert.ok(Math.abs(d.score - a[i]!.score) < 1e-9, `${query}: ${d.score} against ${a[i]!.score}`))
  }
  assert.deepEqual(notes.search('grain grain').map((d) => d.id).sort(), ['grain', 'port'])
  assert.deepEqual(notes.search('compare wheat').map((d) => d.id), ['port'])
  // Saved and loaded, and changed after loading.
  const { header, postings } = notes.snapshot()
  const all = new Uint32Array(postings.reduce((n, p) => n + p.length, 0))
  postings.reduce((at, p) => (all.set(p, at), at + p.length), 0)
  const loaded = LibraryIndex.load(header, all)
  assert.deepEqual(ranked(loaded), ranked(notes))
  loaded.setNotes('port', bagOf(''), '', 'v3')
  whole.set(indexRecord(entry(port), sourceName), 'v3')
  loaded.compact(true)
  whole.compact(true)
  assert.deepEqual(ranked(loaded).map(([q, r]) => [q, r.map((d) => d.id)]), ranked(whole).map(([q, r]) => [q, r.map((d) => d.id)]))
  loaded.remove('port')
  assert.deepEqual(loaded.search('istanbul'), [])
  assert.equal(loaded.size, 2)
  assert.throws(() => loaded.setNotes('port', bagOf('x'), '', 'v4'), /not indexed/)
})
