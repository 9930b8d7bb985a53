// The Hypothesis export (issue 16): the Hypothesis API's annotation shape,
// and export -> import onto the same text gives the same annotations back,
// also for a claim without a source, a highlight with one, relays, emoji
// and a source renamed in between.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { ArticleDocument, canonicalText } from '../../shared/model/document.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { toHypothesis } from '../../shared/web-annotation/hypothesis.ts'
import { importWebAnnotations } from '../../shared/web-annotation/import.ts'

const sources = [...builtInSources]
const sample = sampleArticle({ title: 'Xi meets Mishustin', url: 'https://example.org/xi' })
const emoji = ArticleDocument.parse({ id: 'emoji', meta: { title: 'E' }, blocks: [{ type: 'paragraph', text: '🎉🎉 新华社说：合作 🎉 深化。 合作' }] })
const annotate = annotator()
const onSample = [
  { ...annotate(sample, 'Russia and China see each other as priority partners', 'claim', ['tass', 'xinhua'], 'A *note*'), via: ['cnbc'] },
  annotate(sample, 'Premier Li and Mishustin signed a joint communique', 'highlight', ['tass']),
  annotate(sample, 'Such cooperation is built on complementary strengths', 'claim', []),
]
const onEmoji = [annotate(emoji, '合作 🎉 深化', 'claim', ['xinhua']), annotate(emoji, '深化。 合作', 'highlight', [])]

const fileOf = (document: ArticleDocument, annotations: Annotation[], list = sources) =>
  JSON.parse(JSON.stringify(toHypothesis({ document, annotations, sources: list, exported: '2025-11-07T08:00:00Z' })))
const byId = <T extends { id?: string }>(list: T[]) => [...list].sort((a, b) => (a.id! < b.id! ? -1 : 1))

test('each annotation has the Hypothesis API fields', () => {
  const file = fileOf(sample, onSample)
  assert.equal(file.annotations.length, 3)
  const first = file.annotations[0]
  assert.equal(first.uri, 'https://example.org/xi')
  assert.deepEqual(first.document, { title: ['Xi meets Mishustin'] })
  assert.equal(typeof first.text, 'string')
  assert.ok(Array.isArray(first.tags))
  assert.deepEqual(first.target[0].selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector'])
  const claim = file.annotations.find((a: { id: string }) => a.id === onSample[0]!.id)
  assert.deepEqual(claim.tags, ['Tass', 'Xinhua', 'via CNBC'])
  assert.equal(claim.text, 'A *note*')
  assert.equal(claim.target[0].source, 'https://example.org/xi')
})

for (const [name, document, annotations] of [['the sample', sample, onSample], ['emoji and CJK', emoji, onEmoji]] as const) {
  test(`export then import round-trips exactly: ${name}`, () => {
    const text = canonicalText(document.blocks)
    const back = importWebAnnotations(fileOf(document, [...annotations]), { text, sources })
    assert.deepEqual(back.orphans, [])
    assert.deepEqual(back.unknownSources, [])
    assert.deepEqual(byId(back.annotations), byId(annotations.map(({ documentId: _, ...a }) => a)))
  })
}

test('a source renamed before the import still comes back by id', () => {
  const renamed = sources.map((s) => (s.id === 'tass' ? { ...s, name: 'TASS' } : s))
  const back = importWebAnnotations(fileOf(sample, onSample), { text: canonicalText(sample.blocks), sources: renamed })
  assert.deepEqual(back.unknownSources, [])
  assert.deepEqual(byId(back.annotations).map((a) => a.sources), byId(onSample).map((a) => a.sources))
})

test('positions count code points, as every Sourcemark export does', () => {
  const file = fileOf(emoji, onEmoji)
  const start = file.annotations[0].target[0].selector[1].start
  assert.equal(start, [...'🎉🎉 新华社说：'].length)
})
