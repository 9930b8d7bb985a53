// Finding a query's hits in a document with many annotations: the same hits
// as reading every annotation (the way it was done before, kept here as the
// reference), while the work per answer stays bounded whatever the number
// of annotations. Work is counted (annotations looked at), not timed.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findHits, MAX_HITS_PER_DOCUMENT, MAX_LOOKED, queryWords, spans } from '../../shared/library/find-hits.ts'
import { snippet, type Searchable } from '../../shared/library/search.ts'
import type { SearchHit } from '../../shared/library/search-hit.ts'
import { wordsOf } from '../../shared/library/words.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { ArticleDocument, canonicalText } from '../../shared/model/document.ts'
import { seededRandom } from '../helpers/seeded-random.ts'

// Every annotation read in order, every field cut into words: what
// findHits must answer.
function reference(entry: Searchable, sourceName: (id: string) => string, query: readonly string[]) {
  const { document: doc, text, annotations } = entry
  const base = { documentId: doc.id, documentTitle: doc.meta.title }
  const collect = (together: boolean): SearchHit[] => {
    const hits: SearchHit[] = []
    for (const [from, to] of spans(wordsOf(doc.meta.title), query, together)) hits.push({ ...base, field: 'title', start: 0, end: 0, ...snippet(doc.meta.title, from, to - from) })
    for (const a of annotations) {
      const { start, end } = a.target.position
      const inAnnotation = { ...base, annotationId: a.id, start, end }
      for (const [from, to] of spans(wordsOf(a.note), query, together)) hits.push({ ...inAnnotation, field: 'note', ...snippet(a.note, from, to - from) })
      const quote = a.target.quote.exact
      for (const [from, to] of spans(wordsOf(quote), query, together)) hits.push({ ...inAnnotation, field: 'quote', start: start + from, end: start + to, ...snippet(quote, from, to - from) })
      for (const name of [...a.sources.map(sourceName), ...a.via.map((id) => `via ${sourceName(id)}`)]) {
        const found = spans(wordsOf(name), query, together).filter(([from]) => !name.startsWith('via ') || from >= 4)
        if (found.length) hits.push({ ...inAnnotation, field: 'source', ...snippet(name, found[0]![0], found[0]![1] - found[0]![0]) })
      }
    }
    for (const [from, to] of spans(wordsOf(text), query, together)) hits.push({ ...base, field: 'text', start: from, end: to, ...snippet(text, from, to - from) })
    return hits
  }
  let hits = query.length ? collect(true) : []
  if (hits.length === 0 && query.length > 1) hits = collect(false)
  return { hits: hits.slice(0, MAX_HITS_PER_DOCUMENT), cut: hits.length > MAX_HITS_PER_DOCUMENT }
}

const WORDS = ['gas', 'Gas', 'gasp', 'pipeline', 'pipe', 'Zakharova', 'zakh', 'said', 'the', 'Café', 'cafe', 'Мишустин', '习近平', 'a', 'via', 'Xinhua']
const SOURCES = new Map([['xinhua', 'Xinhua'], ['tass', 'TASS'], ['gt', 'Global Times'], ['via-pipe', 'Pipe Weekly']])

function documentWith(id: string, annotations: Annotation[], text: string | string[], title = 'A title'): Searchable {
  const blocks = (typeof text === 'string' ? [text] : text).map((t) => ({ type: 'paragraph', text: t }))
  const document = ArticleDocument.parse({ id, meta: { title }, blocks })
  return { document, text: canonicalText(document.blocks), annotations }
}

function annotation(i: number, quote: string, note: string, sources: string[] = [], via: string[] = []): Annotation {
  return { id: `a-${i}`, target: { position: { start: i, end: i + quote.length }, quote: { exact: quote } }, note, sources, via } as unknown as Annotation
}

test('the same hits as reading every annotation, on documents of every shape', () => {
  const rand = seededRandom(18)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const phrase = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(pick([' ', ', ', ' - ']))
  const ids = [...SOURCES.keys(), 'unknown-id']
  const sourceName = (id: string) => SOURCES.get(id) ?? id
  for (let round = 0; round < 300; round++) {
    const count = Math.floor(rand() * (round % 10 === 0 ? 400 : 30))
    const annotations = Array.from({ length: count }, (_, i) => annotation(i, phrase(1 + Math.floor(rand() * 6)), rand() < 0.4 ? phrase(Math.floor(rand() * 5)) : '',
      rand() < 0.5 ? [pick(ids)] : [], rand() < 0.2 ? [pick(ids)] : []))
    const text = rand() < 0.2 ? `${phrase(20)} Мишустин` : phrase(1 + Math.floor(rand() * 40))
    const entry = documentWith(`d-${round}`, annotations, text, phrase(3))
    const query = queryWords(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => {
      const w = pick(WORDS)
      return rand() < 0.4 ? w.slice(0, Math.ceil(rand() * w.length)) : w
    }).join(' '))
    const found = findHits(entry, sourceName, query)
    assert.deepEqual({ hits: found.hits, cut: found.cut }, reference(entry, sourceName, query), JSON.stringify({ round, query }))
    // Asked again (the kept index), the same.
    assert.deepEqual(findHits(entry, sourceName, query).hits, found.hits)
  }
})

test('a document with 10,000 annotations answers with the right hits, looking at a bounded number of them', () => {
  const annotations = Array.from({ length: 10_000 }, (_, i) => annotation(i, `The minister said the pipe ${i} was late.`, i % 7 ? '' : 'Said again later.', i % 3 ? ['tass'] : []))
  annotations[9_990] = annotation(9_990, 'Gas pipeline stopped.', 'Zakharova denied it.', ['xinhua'])
  const entry = documentWith('big', annotations, 'Nothing here about it.')
  const sourceName = (id: string) => SOURCES.get(id) ?? id
  const ask = (q: string) => findHits(entry, sourceName, queryWords(q))

  // A rare word, in the last annotations: found, and only there looked at.
  const rare = ask('zakharova')
  assert.deepEqual(rare.hits.map((h) => [h.field, h.annotationId, h.match]), [['note', 'a-9990', 'Zakharova']])
  assert.ok(rare.looked <= 2, `looked at ${rare.looked}`)
  const phrase = ask('gas pipel')
  assert.deepEqual(phrase.hits.map((h) => [h.field, h.annotationId, h.match]), [['quote', 'a-9990', 'Gas pipeline']])
  assert.ok(phrase.looked <= 2, `looked at ${phrase.looked}`)
  const named = ask('xinh')
  assert.deepEqual(named.hits.map((h) => [h.field, h.annotationId, h.match]), [['source', 'a-9990', 'Xinhua']])
  assert.ok(named.looked <= 2, `looked at ${named.looked}`)

  // A word in every annotation, and the first letters typed: the first
  // hits, then cut, after looking at about as many annotations as hits.
  for (const q of ['minister', 'mi', 't', 'pipe', 'ta']) {
    const common = ask(q)
    assert.deepEqual(common, { ...reference(entry, sourceName, queryWords(q)), looked: common.looked }, q)
    assert.equal(common.cut, true)
    assert.ok(common.looked <= 2 * MAX_HITS_PER_DOCUMENT, `${q}: looked at ${common.looked}`)
  }

  // Words in every annotation but never next to each other: looking stops
  // at the bound, and the document says there may be more.
  const apart = ask('minister late')
  assert.ok(apart.looked <= MAX_LOOKED + 1, `looked at ${apart.looked}`)
  assert.equal(apart.cut, true)
})

test('a long text answers after looking at a bounded number of places in it, whatever its length', () => {
  const sentence = 'The minister said on Tuesday that the pipe was late. '
  // About 1 MB.
  const entry = documentWith('long', [], [...Array.from({ length: 200 }, () => sentence.repeat(100)), 'Gas pipeline talks stalled.'])
  const ask = (q: string) => findHits(entry, (id) => id, queryWords(q))
  const rare = ask('gas pipel')
  assert.deepEqual(rare.hits.map((h) => [h.field, h.match]), [['text', 'Gas pipeline']])
  assert.ok(rare.looked <= 2, `looked at ${rare.looked}`)
  for (const q of ['t', 'th', 'minister', 'said on tu']) {
    const common = ask(q)
    assert.deepEqual(common, { ...reference(entry, (id) => id, queryWords(q)), looked: common.looked }, q)
    assert.ok(common.looked <= 3 * MAX_HITS_PER_DOCUMENT, `${q}: looked at ${common.looked}`)
  }
  // Everywhere, never together: cut short, and says so.
  const apart = ask('minister late')
  assert.ok(apart.looked <= MAX_LOOKED + 1, `looked at ${apart.looked}`)
  assert.equal(apart.cut, true)
})

test("a source renamed after the document was first searched is found by its new name", () => {
  const names = new Map(SOURCES)
  const sourceName = (id: string) => names.get(id) ?? id
  const entry = documentWith('renamed', [annotation(0, 'Words quoted.', '', ['tass'], ['gt'])], 'Text.')
  assert.deepEqual(findHits(entry, sourceName, queryWords('tass')).hits.map((h) => h.match), ['TASS'])
  names.set('tass', 'Agency Nova')
  names.set('gt', 'Huanqiu')
  assert.deepEqual(findHits(entry, sourceName, queryWords('tass')).hits, [])
  assert.deepEqual(findHits(entry, sourceName, queryWords('nova')).hits.map((h) => h.match), ['Nova'])
  assert.deepEqual(findHits(entry, sourceName, queryWords('huan')).hits.map((h) => `${h.before}${h.match}`), ['via Huanqiu'])
})
