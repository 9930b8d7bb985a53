// W3C Web Annotation import: round trip through our export, the Hypothesis
// client's export, orphans, rejected input, unknown tags.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { ArticleDocument, canonicalText } from '../../shared/model/document.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { builtInSources, type Source } from '../../shared/model/source.ts'
import { toWebAnnotations } from '../../shared/web-annotation/export.ts'
import { importWebAnnotations, NOT_IN_DOCUMENT } from '../../shared/web-annotation/import.ts'

const sources: Source[] = [...builtInSources]
const sample = sampleArticle({ title: 'Xi meets Mishustin', url: 'https://example.org/xi-mishustin' })
const sampleText = canonicalText(sample.blocks)
const chinese = ArticleDocument.parse({
  id: 'zh-sample',
  meta: { title: '习近平会见米舒斯京' },
  blocks: [
    { type: 'paragraph', text: '新华社北京11月4日电 🎉🎉 国家主席习近平会见俄罗斯总理米舒斯京。' },
    { type: 'paragraph', text: '双方表示合作取得丰硕成果 🎉 并将继续深化。' },
  ],
})

// What a file on disk would hold.
function exported(article: ArticleDocument, annotations: Annotation[]): unknown {
  return JSON.parse(JSON.stringify(toWebAnnotations({ document: article, annotations, sources, exported: '2025-11-07T08:00:00Z' })))
}

function roundTrip(article: ArticleDocument, annotations: Annotation[]): void {
  const result = importWebAnnotations(exported(article, annotations), { text: canonicalText(article.blocks), sources })
  assert.deepEqual(result.orphans, [])
  assert.deepEqual(result.unknownSources, [])
  // The export lists them in reading order; compare as sets, by id.
  const byId = <T extends { id?: string }>(list: T[]) => [...list].sort((a, b) => (a.id! < b.id! ? -1 : 1))
  assert.deepEqual(byId(result.annotations), byId(annotations.map(({ documentId: _, ...a }) => a)))
}

test('round trip on the sample: kinds, sources, notes, targets, ids, times', () => {
  const annotate = annotator()
  roundTrip(sample, [
    annotate(sample, 'Xinhua News Agency reported', 'claim', ['xinhua']),
    annotate(sample, 'expand the pie of cooperation', 'claim', ['xinhua', 'tass'], 'A phrase Xi uses often.\n\nSecond paragraph.'),
    annotate(sample, 'Mishustin visited China from November 3 to 4', 'highlight', [], 'dates'),
    { ...annotate(sample, 'a turbulent external environment', 'highlight', []), id: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  ])
})

test('round trip on Chinese text with emoji: positions come back in UTF-16 units', () => {
  const annotate = annotator()
  const annotations = [
    annotate(chinese, '新华社', 'claim', ['xinhua'], '通讯社'),
    annotate(chinese, '🎉🎉 国家主席', 'highlight', []),
    annotate(chinese, '国家主席习近平会见俄罗斯总理米舒斯京', 'claim', ['tass', 'global-times']),
    annotate(chinese, '成果 🎉 并', 'highlight', [], 'emoji 🎉'),
    annotate(chinese, '继续深化', 'claim', ['cnbc']),
  ]
  // The export counts code points, so these differ from ours.
  const items = (exported(chinese, annotations) as { first: { items: { target: { selector: { start?: number }[] } }[] } }).first.items
  assert.notEqual(items[4]!.target.selector[1]!.start, annotations[4]!.target.position.start)
  roundTrip(chinese, annotations)
})

test('a single Annotation, an AnnotationPage, an array and items on the collection are accepted', () => {
  const annotate = annotator()
  const a = annotate(sample, 'Xinhua News Agency reported', 'claim', ['xinhua'])
  const collection = exported(sample, [a]) as { first: { items: unknown[] } }
  const item = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...(collection.first.items[0] as object) }
  for (const json of [item, [item], { type: 'AnnotationPage', items: [item] }, { type: 'AnnotationCollection', items: [item] }]) {
    const result = importWebAnnotations(json, { text: sampleText, sources })
    assert.equal(result.annotations.length, 1)
    assert.deepEqual(result.annotations[0]!.sources, ['xinhua'])
    assert.equal(result.annotations[0]!.kind, 'claim')
  }
})

const hypothesisExport = {
  export_date: '2025-11-08T10:00:00.000Z',
  export_userid: 'acct:reader@hypothes.is',
  client_version: '1.1500.0',
  annotations: [
    {
      id: 'Xy3vKq9aEe-abcDEFghiJk',
      created: '2025-11-06T09:15:00.123456+00:00',
      updated: '2025-11-06T11:00:00.000000+00:00',
      user: 'acct:reader@hypothes.is',
      uri: 'https://example.org/xi-mishustin',
      text: 'Attributed to **Tass** in the Russian version.',
      tags: ['Tass'],
      group: '__world__',
      target: [{
        source: 'https://example.org/xi-mishustin',
        selector: [
          { type: 'RangeSelector', startContainer: '/main[1]/p[3]', startOffset: 0, endContainer: '/main[1]/p[3]', endOffset: 20 },
          // Hypothesis counts offsets in its own rendering of the page.
          { type: 'TextPositionSelector', start: 9999, end: 10030 },
          { type: 'TextQuoteSelector', exact: 'expand the pie of cooperation', prefix: 'two leaders, and work to ', suffix: ' with an eye on the fundamental' },
        ],
      }],
    },
    {
      id: 'Zz4wLr0bFf-lmnOPQrstUv',
      created: '2025-11-06T09:20:00.000000+00:00',
      updated: '2025-11-06T09:20:00.000000+00:00',
      uri: 'https://example.org/xi-mishustin',
      text: '',
      tags: [],
      target: [{ source: 'https://example.org/xi-mishustin', selector: [{ type: 'TextQuoteSelector', exact: 'steadfastly navigated', prefix: 'China and Russia have ', suffix: ' a turbulent' }] }],
    },
  ],
}

test('the Hypothesis client export imports: a tagged note is a claim, a bare one a highlight', () => {
  const result = importWebAnnotations(hypothesisExport, { text: sampleText, sources })
  assert.deepEqual(result.orphans, [])
  assert.deepEqual(result.unknownSources, [])
  const [claim, highlight] = result.annotations
  assert.equal(claim!.kind, 'claim')
  assert.deepEqual(claim!.sources, ['tass'])
  assert.equal(claim!.note, 'Attributed to **Tass** in the Russian version.')
  assert.equal(claim!.id, 'Xy3vKq9aEe-abcDEFghiJk')
  assert.equal(claim!.created, '2025-11-06T09:15:00.123Z')
  assert.equal(claim!.modified, '2025-11-06T11:00:00.000Z')
  assert.equal(sampleText.slice(claim!.target.position.start, claim!.target.position.end), 'expand the pie of cooperation')
  assert.equal(claim!.target.quote.prefix.length, 32) // re-described for this text
  assert.equal(highlight!.kind, 'highlight')
  assert.deepEqual(highlight!.sources, [])
  assert.equal(highlight!.note, '')
  assert.equal(highlight!.target.quote.exact, 'steadfastly navigated')
})

test('a quote absent from the document is an orphan; malformed annotations too, with reasons', () => {
  const annotate = annotator()
  const other = ArticleDocument.parse({ id: 'other', meta: { title: 'Other' }, blocks: [{ type: 'paragraph', text: 'Tass reported that nothing at all happened here today.' }] })
  const json = exported(other, [annotate(other, 'nothing at all happened', 'claim', ['tass'])]) as { first: { items: unknown[] } }
  json.first.items.push({ type: 'Annotation', target: { source: 'x:y', selector: { type: 'TextPositionSelector', start: 0, end: 4 } } })
  json.first.items.push({ type: 'Annotation', motivation: 7, target: 'x:y' })
  const result = importWebAnnotations(json, { text: sampleText, sources })
  assert.deepEqual(result.annotations, [])
  assert.equal(result.orphans.length, 3)
  assert.deepEqual(result.orphans[0], { quote: 'nothing at all happened', reason: NOT_IN_DOCUMENT })
  assert.match(result.orphans[1]!.reason, /TextQuoteSelector/)
  assert.match(result.orphans[2]!.reason, /^malformed annotation: its motivation /)
  // The one with a quote is kept as it came, for the reader's Orphans list;
  // its position lies inside this text and spans the quote.
  assert.equal(result.unplaced.length, 1)
  const [kept] = result.unplaced
  assert.equal(kept!.kind, 'claim')
  assert.deepEqual(kept!.sources, ['tass'])
  assert.equal(kept!.target.quote.exact, 'nothing at all happened')
  assert.ok(kept!.target.position.end <= sampleText.length)
  assert.equal(kept!.target.position.end - kept!.target.position.start, 'nothing at all happened'.length)
})

test('garbage is rejected with a message naming what is wrong', () => {
  const text = sampleText
  // In the reader's words: no schema paths, no type names.
  const notOurs = /^This file is not an annotation file Sourcemark can read: /
  const cases: [unknown, RegExp][] = [
    [null, /it holds nothing \(null\) rather than annotations\.$/],
    ['x', /it holds a piece of text rather than annotations\.$/],
    [{}, /it is neither W3C Web Annotations nor a Hypothesis export or API answer\.$/],
    [{ annotations: 5 }, /its list of annotations is not a list\.$/],
    [{ type: 'AnnotationCollection', first: 'https://x.org/p1' }, /its annotations are only linked to, not included/],
    [{ type: 'AnnotationCollection' }, /its collection holds no annotations\.$/],
    [{ type: 'AnnotationPage', items: {} }, /its list of annotations is not a list\.$/],
  ]
  for (const [data, words] of cases) {
    assert.throws(() => importWebAnnotations(data, { text, sources }), (error: Error) => {
      assert.match(error.message, notOurs)
      assert.match(error.message, words)
      assert.doesNotMatch(error.message, /expected|AnnotationPage|first\.items|: \w+:/)
      return true
    })
  }
})

test('tags matching no source are reported, not made into sources; aliases match case-insensitively', () => {
  const withTags = structuredClone(hypothesisExport)
  withTags.annotations[0]!.tags = ['economy', 'tass']
  withTags.annotations[1]!.tags = ['Economy ', 'xinhua news agency']
  const result = importWebAnnotations(withTags, { text: sampleText, sources })
  assert.deepEqual(result.unknownSources, ['economy'])
  assert.deepEqual(result.annotations.map((a) => [a.kind, a.sources]), [['claim', ['tass']], ['claim', ['xinhua']]])

  const onlyUnknown = structuredClone(hypothesisExport)
  onlyUnknown.annotations[0]!.tags = ['economy']
  const highlight = importWebAnnotations(onlyUnknown, { text: sampleText, sources }).annotations[0]!
  assert.deepEqual([highlight.kind, highlight.sources], ['highlight', []])

  // A W3C source body: its id wins over a renamed value; an unknown id falls back to the name.
  const annotate = annotator()
  const json = exported(sample, [annotate(sample, 'Xinhua News Agency reported', 'claim', ['xinhua', 'gone'])]) as { first: { items: { body: { value: string }[] }[] } }
  json.first.items[0]!.body[0]!.value = 'New China News Agency'
  const w3c = importWebAnnotations(json, { text: sampleText, sources })
  assert.deepEqual(w3c.annotations[0]!.sources, ['xinhua'])
  assert.deepEqual(w3c.unknownSources, ['gone'])
})
