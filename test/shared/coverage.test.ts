// Coverage: how much of an article each source accounts for, what came
// through which relay, and which sentences have no source.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { Annotation } from '../../shared/model/annotation.ts'
import { coverage, percent } from '../../shared/attribution/coverage.ts'
import { statementSentences } from '../../shared/attribution/statements.ts'
import { canonicalText } from '../../shared/model/document.ts'

// Two sentences of ten characters each, at 0 and 20.
const sentences = [{ start: 0, end: 10 }, { start: 20, end: 30 }]
let serial = 0
function claim(start: number, end: number, sources: string[], via: string[] = []): Annotation {
  serial++
  return Annotation.parse({
    id: `ann-${String(serial).padStart(6, '0')}`, documentId: 'doc', kind: 'claim',
    target: { position: { start, end }, quote: { exact: 'x'.repeat(end - start), prefix: '', suffix: '' } },
    sources, via, note: '', created: '2025-11-06T09:00:00.000Z', modified: '2025-11-06T09:00:00.000Z',
  })
}

test('with no annotations everything is unattributed', () => {
  const c = coverage(sentences, [])
  assert.equal(c.chars, 20)
  assert.equal(c.sentences, 2)
  assert.deepEqual(c.sources, [])
  assert.equal(c.unattributed.chars, 20)
  assert.deepEqual(c.unattributed.sentences, sentences)
})

test('a claim owns the characters of the sentences it covers, not the gaps between them', () => {
  const c = coverage(sentences, [claim(5, 25, ['tass'])])
  assert.deepEqual(c.sources, [{ sourceId: 'tass', chars: 10, sentences: 2, claims: 1 }])
  assert.equal(c.unattributed.chars, 10)
  assert.deepEqual(c.unattributed.sentences, [])
})

test('nested claims are never counted twice: the innermost decides', () => {
  const c = coverage(sentences, [claim(0, 10, ['xinhua']), claim(2, 6, ['xi-jinping'])])
  assert.deepEqual(c.sources.map((s) => [s.sourceId, s.chars]), [['xinhua', 6], ['xi-jinping', 4]])
  assert.equal(c.sources.reduce((n, s) => n + s.chars, 0) + c.unattributed.chars, c.chars)
})

test('a claim without a source leaves its sentence unattributed; the first source colours it', () => {
  const c = coverage(sentences, [claim(0, 10, []), claim(20, 30, ['tass', 'cnbc'])])
  assert.deepEqual(c.unattributed.sentences, [{ start: 0, end: 10 }])
  assert.deepEqual(c.sources.map((s) => [s.sourceId, s.chars, s.claims]), [['tass', 10, 1], ['cnbc', 0, 1]])
})

test('relays: which claims came through which outlet', () => {
  const c = coverage(sentences, [claim(0, 5, ['xi-jinping'], ['xinhua']), claim(5, 10, ['xi-jinping'], ['xinhua']), claim(20, 30, ['communique'], ['tass'])])
  assert.deepEqual(c.relays, [
    { viaId: 'xinhua', claims: 2, sources: [{ sourceId: 'xi-jinping', claims: 2 }] },
    { viaId: 'tass', claims: 1, sources: [{ sourceId: 'communique', claims: 1 }] },
  ])
})

test('percent never shows something present as 0', () => {
  assert.equal(percent(1, 1000), 1)
  assert.equal(percent(0, 1000), 0)
  assert.equal(percent(5, 0), 0)
  assert.equal(percent(1, 3), 33)
})

test('statement sentences leave out titles and headings', () => {
  const units = statementSentences([
    { type: 'title', text: 'Talks in Beijing' },
    { type: 'paragraph', text: 'Xi met Mishustin. They spoke for an hour.' },
    { type: 'heading', text: 'Trade' },
    { type: 'paragraph', text: 'Trade grew, Tass reported.' },
  ])
  assert.deepEqual(units, [{ start: 18, end: 35 }, { start: 36, end: 59 }, { start: 68, end: 94 }])
})

test('statement sentences of the sample: the meeting sentence is one unit', () => {
  const sample = sampleArticle({ title: 'Xi meets Mishustin' })
  const text = canonicalText(sample.blocks)
  const units = statementSentences(sample.blocks)
  assert.ok(units.length > 10, `${units.length} sentences`)
  const meeting = text.indexOf('The regular meeting, which has been held every year since its inception in 1996')
  assert.ok(units.some((u) => u.start === meeting), 'the meeting sentence is a unit')
  const annotate = annotator()
  const c = coverage(units, [annotate(sample, text.slice(meeting, units.find((u) => u.start === meeting)!.end), 'claim', ['xinhua'])])
  assert.equal(c.sources[0]!.sourceId, 'xinhua')
  assert.equal(c.sources[0]!.sentences, 1)
  assert.equal(c.unattributed.sentences.length, units.length - 1)
})
