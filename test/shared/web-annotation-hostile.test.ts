// Annotation files built to hurt: a million items (a 20 MB file of "{}"
// holds millions, each a parse and a reason to report), items of the wrong
// type, names from Object.prototype. The import must stay bounded and say
// what is wrong in the reader's words.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sampleArticle } from '../helpers/annotate.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { builtInSources, type Source } from '../../shared/model/source.ts'
import { importWebAnnotations, MAX_IMPORTED_ANNOTATIONS } from '../../shared/web-annotation/import.ts'

const sources: Source[] = [...builtInSources]
const text = canonicalText(sampleArticle({ title: 'Xi meets Mishustin' }).blocks)

test('a file of more annotations than a document may take is refused before any is read', () => {
  const many = Array.from({ length: MAX_IMPORTED_ANNOTATIONS + 1 }, () => ({}))
  for (const data of [many, { type: 'AnnotationCollection', items: many }, { annotations: many }]) {
    assert.throws(() => importWebAnnotations(data, { text, sources }), (error: Error) => {
      assert.equal(error.message, `This file is not an annotation file Sourcemark can read: it holds ${MAX_IMPORTED_ANNOTATIONS + 1} annotations, more than the ${MAX_IMPORTED_ANNOTATIONS} one document can take.`)
      return true
    })
  }
})

test('items that are not annotations are reported in words, without the schema\'s', () => {
  const data = [1, 'a', null, [], { target: 5 }, { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'Xi' } }, created: 7 }, { type: 'Annotation', motivation: {}, target: 'x' }]
  const { orphans } = importWebAnnotations(data, { text, sources })
  assert.deepEqual(orphans.map((o) => o.reason), [
    'malformed annotation: it is a number, not an annotation',
    'malformed annotation: it is a piece of text, not an annotation',
    'malformed annotation: it is nothing (null), not an annotation',
    'malformed annotation: it is a list, not an annotation',
    'malformed annotation: its target is missing or not one Sourcemark can read',
    'malformed annotation: its created is not what the format allows',
    'malformed annotation: its motivation is not what the format allows',
  ])
})

test('names from Object.prototype are names like any other', () => {
  const quote = { type: 'TextQuoteSelector', exact: 'Xi Jinping' }
  const data = [{ id: '__proto__', type: 'Annotation', target: { selector: quote }, body: ['constructor', { type: 'TextualBody', purpose: 'tagging', value: '__proto__' }, { type: 'TextualBody', purpose: 'tagging', value: 'toString' }] }]
  const result = importWebAnnotations(data, { text, sources })
  assert.equal(result.annotations.length, 1)
  assert.deepEqual(result.unknownSources, ['__proto__', 'toString'])
  assert.deepEqual(result.annotations[0]!.sources, [])
})
