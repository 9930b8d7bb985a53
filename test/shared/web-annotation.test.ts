// W3C Web Annotation export, checked in our own words: the MUSTs of the
// annotation model (the same ones the web-platform-tests schemas check in
// w3c-conformance.test.ts, which needs a folder outside this repository),
// plus Sourcemark's own mapping: claims vs highlights, sources, notes and
// character positions.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleDocument } from '../../shared/model/document.ts'
import { Annotation, type AnnotationKind } from '../../shared/model/annotation.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { builtInSources } from '../../shared/model/source.ts'
import {
  sourceUri,   ANNO_CONTEXT, CLAIM_MOTIVATION, HIGHLIGHT_MOTIVATION, toWebAnnotations,
  type WebAnnotation, type WebAnnotationCollection,
} from '../../shared/web-annotation/export.ts'
import { codePointOffsets } from '../../shared/text/code-points.ts'

const created = '2025-11-06T09:15:00.000Z'
const modified = '2025-11-06T10:20:30.000Z'
const exported = '2025-11-07T08:00:00Z'

const english: ArticleDocument = {
  id: 'xi-mishustin',
  meta: { title: 'Xi meets Mishustin', url: 'https://example.com/news/xi-mishustin' },
  blocks: [
    { type: 'title', text: 'Xi meets Mishustin' },
    { type: 'paragraph', text: 'Xi Jinping met Mikhail Mishustin in Beijing, Xinhua News Agency reported.' },
    { type: 'paragraph', text: 'Both sides praised the cooperation, according to Tass.' },
  ],
}

const chinese: ArticleDocument = {
  id: 'zh-sample',
  meta: { title: '习近平会见米舒斯京' },
  blocks: [
    { type: 'paragraph', text: '新华社北京11月4日电 国家主席习近平会见俄罗斯总理米舒斯京。' },
    { type: 'paragraph', text: '双方表示合作取得丰硕成果 🎉 并将继续深化。' },
  ],
}

let counter = 0
function annotate(document: ArticleDocument, exact: string, kind: AnnotationKind, sources: string[] = [], note = ''): Annotation {
  const text = canonicalText(document.blocks)
  const start = text.indexOf(exact)
  assert.ok(start >= 0, `"${exact}" is not in the text`)
  const end = start + exact.length
  counter++
  return Annotation.parse({
    id: `0f8fad5b-d9cb-469f-a165-70867728${String(counter).padStart(4, '0')}`,
    documentId: document.id,
    kind,
    target: {
      position: { start, end },
      quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
    },
    sources,
    note,
    created,
    modified,
  })
}

function exportOf(document: ArticleDocument, annotations: Annotation[], baseUri?: string): WebAnnotationCollection {
  const result = toWebAnnotations({ document, annotations, sources: [...builtInSources], exported, ...(baseUri ? { baseUri } : {}) })
  // What a file on disk would hold.
  return JSON.parse(JSON.stringify(result)) as WebAnnotationCollection
}

const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]+$/
// xsd:dateTime with a time zone, as RFC 3339 has it.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/

// Every MUST of the model's annotationMusts list, in our words. Returns the
// broken rules, so a test can also show that a broken annotation is caught.
function mustViolations(annotation: Record<string, unknown>, inheritedContext?: unknown): string[] {
  const broken: string[] = []
  const context = annotation['@context'] ?? inheritedContext
  const contexts = Array.isArray(context) ? context : [context]
  if (!contexts.includes(ANNO_CONTEXT)) broken.push('@context must include the anno.jsonld context')
  if (typeof annotation.id !== 'string' || !ABSOLUTE_URI.test(annotation.id)) broken.push('id must be one URI')
  const types = Array.isArray(annotation.type) ? annotation.type : [annotation.type]
  if (!types.includes('Annotation')) broken.push('type must include Annotation')
  if (!('target' in annotation)) broken.push('there must be a target')
  if ('body' in annotation && 'bodyValue' in annotation) broken.push('never both body and bodyValue')
  if ('bodyValue' in annotation && typeof annotation.bodyValue !== 'string') broken.push('bodyValue must be one string')
  for (const key of ['created', 'modified', 'generated']) {
    if (key in annotation && (typeof annotation[key] !== 'string' || !DATE_TIME.test(annotation[key]))) broken.push(`${key} must be one date-time`)
  }
  for (const key of ['rights', 'via', 'canonical']) {
    const values = Array.isArray(annotation[key]) && key !== 'canonical' ? annotation[key] as unknown[] : [annotation[key]]
    if (key in annotation && !values.every((v) => typeof v === 'string' && ABSOLUTE_URI.test(v))) broken.push(`${key} must be URIs`)
  }
  const asList = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v])
  for (const body of asList(annotation.body)) {
    const ok = (typeof body === 'string' && ABSOLUTE_URI.test(body))
      || (typeof body === 'object' && body !== null && body.type === 'TextualBody' && typeof body.value === 'string')
    if (!ok) broken.push('each body must be a URI or a TextualBody with a string value')
  }
  for (const target of asList(annotation.target)) {
    const ok = (typeof target === 'string' && ABSOLUTE_URI.test(target))
      || (typeof target === 'object' && target !== null && typeof target.source === 'string' && ABSOLUTE_URI.test(target.source) && 'selector' in target)
    if (!ok) broken.push('each target must be a URI or a Specific Resource with a source URI and selectors')
  }
  return broken
}

function selectors(a: WebAnnotation) {
  const [quote, position] = a.target.selector
  return { quote, position }
}

test('the export is an AnnotationCollection with one page of annotations', () => {
  const out = exportOf(english, [annotate(english, 'Xinhua News Agency reported', 'highlight')])
  assert.equal(out['@context'], ANNO_CONTEXT)
  assert.equal(out.type, 'AnnotationCollection')
  assert.equal(out.label, 'Xi meets Mishustin')
  assert.equal(out.total, 1)
  assert.match(out.id, ABSOLUTE_URI)
  assert.equal(out.first.type, 'AnnotationPage')
  assert.equal(out.first.startIndex, 0)
  assert.match(out.first.id, ABSOLUTE_URI)
  assert.notEqual(out.first.id, out.id)
  assert.equal(out.first.items.length, 1)
  assert.equal(out.generated, exported)
})

test('with a base URI, collection and page ids hang off it', () => {
  const out = exportOf(english, [], 'https://example.org/notes')
  assert.equal(out.id, 'https://example.org/notes/xi-mishustin/annotations')
  assert.equal(out.first.id, 'https://example.org/notes/xi-mishustin/annotations/page/1')
  assert.equal(out.total, 0)
  assert.deepEqual(out.first.items, [])
})

test('every exported annotation meets the MUSTs of the model', () => {
  const annotations = [
    annotate(english, 'Xi Jinping met Mikhail Mishustin', 'highlight'),
    annotate(english, 'Both sides praised the cooperation', 'claim', ['xinhua', 'tass'], 'Attributed to two agencies.'),
    annotate(chinese, '国家主席习近平会见俄罗斯总理米舒斯京', 'claim', ['xinhua']),
    annotate(chinese, '合作取得丰硕成果 🎉', 'highlight'),
  ]
  const outs = [exportOf(english, annotations.slice(0, 2)), exportOf(chinese, annotations.slice(2))]
  for (const out of outs) {
    for (const item of out.first.items) {
      assert.deepEqual(mustViolations(item as unknown as Record<string, unknown>, out['@context']), [], JSON.stringify(item))
      assert.equal(item['@context'], undefined, 'items inherit the collection context')
      assert.equal(item.type, 'Annotation')
      assert.equal(item.created, created)
      assert.equal(item.modified, modified)
      assert.equal(item.generated, exported)
      assert.ok(!('bodyValue' in item))
    }
  }
})

test('the MUST check itself catches broken annotations', () => {
  const [good] = exportOf(english, [annotate(english, 'Beijing', 'highlight')]).first.items
  const item = good as unknown as Record<string, unknown>
  assert.deepEqual(mustViolations(item, ANNO_CONTEXT), [])
  assert.ok(mustViolations(item).includes('@context must include the anno.jsonld context'))
  const { target: _target, ...untargeted } = item
  assert.ok(mustViolations(untargeted, ANNO_CONTEXT).includes('there must be a target'))
  assert.ok(mustViolations({ ...item, body: [], bodyValue: 'x' }, ANNO_CONTEXT).includes('never both body and bodyValue'))
  assert.ok(mustViolations({ ...item, id: 'not a uri' }, ANNO_CONTEXT).includes('id must be one URI'))
  assert.ok(mustViolations({ ...item, created: [created, modified] }, ANNO_CONTEXT).includes('created must be one date-time'))
  assert.ok(mustViolations({ ...item, type: 'Note' }, ANNO_CONTEXT).includes('type must include Annotation'))
})

test('annotation ids are URIs: urn:uuid for UUIDs, a Sourcemark URN otherwise', () => {
  const a = annotate(english, 'Beijing', 'highlight')
  const b = { ...annotate(english, 'Tass', 'highlight'), id: 'legacy_id-01' }
  const upper = { ...annotate(english, 'praised', 'highlight'), id: '0F8FAD5B-D9CB-469F-A165-70867728C0DE' }
  const ids = exportOf(english, [a, b, upper]).first.items.map((item) => item.id).sort()
  assert.deepEqual(ids, [`urn:uuid:${a.id}`, 'urn:sourcemark:annotation:legacy_id-01', 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728c0de'].sort())
})

test('claims and highlights are told apart by motivation', () => {
  const items = exportOf(english, [
    annotate(english, 'Beijing', 'highlight'),
    annotate(english, 'Both sides praised the cooperation', 'claim', ['tass']),
  ]).first.items
  assert.equal(items[0]!.motivation, HIGHLIGHT_MOTIVATION)
  assert.equal(items[0]!.motivation, 'highlighting')
  assert.equal(items[1]!.motivation, CLAIM_MOTIVATION)
  assert.equal(items[1]!.motivation, 'classifying')
})

test('sources are tagging bodies in order, the note a commenting body after them', () => {
  const [item] = exportOf(english, [
    annotate(english, 'Both sides praised the cooperation', 'claim', ['tass', 'xinhua'], 'Check the Russian readout.'),
  ]).first.items
  assert.deepEqual(item!.body, [
    { id: sourceUri('tass', 'Tass'), type: 'TextualBody', purpose: 'tagging', value: 'Tass', format: 'text/plain' },
    { id: sourceUri('xinhua', 'Xinhua'), type: 'TextualBody', purpose: 'tagging', value: 'Xinhua', format: 'text/plain' },
    { type: 'TextualBody', purpose: 'commenting', value: 'Check the Russian readout.', format: 'text/plain' },
  ])
})

test('a note alone is a commenting body; a blank note is no body', () => {
  const [noted, blank] = exportOf(english, [
    annotate(english, 'Beijing', 'highlight', [], 'Where exactly?'),
    annotate(english, 'Tass', 'highlight', [], '  \n '),
  ]).first.items
  assert.deepEqual(noted!.body, [{ type: 'TextualBody', purpose: 'commenting', value: 'Where exactly?', format: 'text/plain' }])
  assert.ok(!('body' in blank!))
})

test('an untagged highlight without a note has no body at all', () => {
  const [item] = exportOf(english, [annotate(english, 'Beijing', 'highlight')]).first.items
  assert.ok(!('body' in item!))
  assert.ok(!('bodyValue' in item!))
  assert.deepEqual(mustViolations(item as unknown as Record<string, unknown>, ANNO_CONTEXT), [])
})

test('a removed source is exported under its id', () => {
  const [item] = exportOf(english, [annotate(english, 'Beijing', 'claim', ['reuters', 'tass'])]).first.items
  assert.deepEqual(item!.body!.map((b) => [b.id, b.value]), [
    [sourceUri('reuters', 'reuters'), 'reuters'],
    [sourceUri('tass', 'Tass'), 'Tass'],
  ])
})

test('the target is the article URL with a quote and a position selector', () => {
  const a = annotate(english, 'Xinhua News Agency', 'claim', ['xinhua'])
  const [item] = exportOf(english, [a]).first.items
  assert.equal(item!.target.source, 'https://example.com/news/xi-mishustin')
  const { quote, position } = selectors(item!)
  assert.deepEqual(quote, { type: 'TextQuoteSelector', exact: 'Xinhua News Agency', prefix: a.target.quote.prefix, suffix: a.target.quote.suffix })
  assert.deepEqual(position, { type: 'TextPositionSelector', start: a.target.position.start, end: a.target.position.end })
  const text = canonicalText(english.blocks)
  assert.equal(text.slice(position.start, position.end), 'Xinhua News Agency')
  assert.ok(Number.isInteger(position.start) && position.start >= 0 && position.end > position.start)
})

test('without a usable URL the target is a Sourcemark document URN', () => {
  const noUrl = { ...english, meta: { title: english.meta.title } }
  const badUrl = { ...english, meta: { title: english.meta.title, url: 'example.com/no scheme' } }
  for (const document of [noUrl, badUrl]) {
    const [item] = exportOf(document, [annotate(document, 'Beijing', 'highlight')]).first.items
    assert.equal(item!.target.source, 'urn:sourcemark:document:xi-mishustin')
  }
})

test('Chinese text: positions are unchanged, quotes kept verbatim', () => {
  const a = annotate(chinese, '习近平会见俄罗斯总理米舒斯京', 'claim', ['xinhua'], '新华社的说法')
  const [item] = exportOf(chinese, [a]).first.items
  const { quote, position } = selectors(item!)
  assert.equal(quote.exact, '习近平会见俄罗斯总理米舒斯京')
  assert.equal(position.start, a.target.position.start)
  assert.equal(position.end, a.target.position.end)
  assert.equal([...canonicalText(chinese.blocks)].slice(position.start, position.end).join(''), quote.exact)
  assert.equal(item!.body!.at(-1)!.value, '新华社的说法')
})

test('an emoji: positions count code points, as the model requires', () => {
  const text = canonicalText(chinese.blocks)
  const a = annotate(chinese, '丰硕成果 🎉 并将', 'highlight')
  const after = annotate(chinese, '继续深化', 'highlight')
  const before = annotate(chinese, '合作', 'highlight')
  const exportedItems = exportOf(chinese, [a, after, before]).first.items
  const quoted = (x: Annotation) => exportedItems.find((item) => item.target.selector[0].exact === x.target.quote.exact)!
  const items = [quoted(a), quoted(after), quoted(before)]
  const codePoints = [...text]

  const pa = selectors(items[0]!).position
  // The emoji is inside the quote: start is unchanged, end is one less.
  assert.equal(pa.start, a.target.position.start)
  assert.equal(pa.end, a.target.position.end - 1)
  assert.equal(pa.end - pa.start, [...'丰硕成果 🎉 并将'].length)
  assert.equal(codePoints.slice(pa.start, pa.end).join(''), '丰硕成果 🎉 并将')

  const pafter = selectors(items[1]!).position
  assert.equal(pafter.start, after.target.position.start - 1)
  assert.equal(codePoints.slice(pafter.start, pafter.end).join(''), '继续深化')

  const pbefore = selectors(items[2]!).position
  assert.deepEqual([pbefore.start, pbefore.end], [before.target.position.start, before.target.position.end])
})

test('code point offsets: identity without surrogates, one less per pair before the offset', () => {
  const plain = codePointOffsets('abc 中文')
  assert.deepEqual([0, 3, 6].map(plain), [0, 3, 6])
  const text = 'a😀b😀c' // UTF-16: a=0, 😀=1-2, b=3, 😀=4-5, c=6
  const convert = codePointOffsets(text)
  assert.deepEqual([0, 1, 3, 4, 6, 7].map(convert), [0, 1, 2, 3, 4, 5])
  assert.equal([...text].slice(convert(3), convert(7)).join(''), 'b😀c')
  // A lone surrogate counts as one character.
  assert.deepEqual([0, 1, 2].map(codePointOffsets('\ud800x')), [0, 1, 2])
})
