// Relays ("Xi Jinping via Xinhua"): an annotation's `via` is kept apart
// from its sources in counts, search and every export, and the W3C export
// gives it back exactly on import.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { builtInSources, type Source } from '../../shared/model/source.ts'
import { sourceUri, toWebAnnotations, viaUri } from '../../shared/web-annotation/export.ts'
import { importWebAnnotations } from '../../shared/web-annotation/import.ts'
import { toMarkdown } from '../../shared/export/markdown.ts'
import { toHtml } from '../../shared/export/html.ts'
import { countAnnotations } from '../../shared/library/counts.ts'
import { searchLibraryLinear } from '../../shared/library/search.ts'

const xi: Source = { id: 'xi-jinping', name: 'Xi Jinping', aliases: [], kind: 'person', colour: '#9c6ade' }
const sources: Source[] = [...builtInSources, xi]
const sample = sampleArticle({ title: 'Xi meets Mishustin', url: 'https://example.org/xi-mishustin' })
const text = canonicalText(sample.blocks)
const annotate = annotator()
const relayed = { ...annotate(sample, 'maintaining, consolidating and advancing bilateral relations is a strategic choice for both sides', 'claim', ['xi-jinping']), via: ['xinhua'] }
const twoRelays = { ...annotate(sample, 'Mishustin visited China from November 3 to 4', 'highlight', []), via: ['tass', 'gone-outlet'] }
const plain = annotate(sample, 'Xinhua News Agency reported', 'claim', ['xinhua'])
const annotations = [relayed, twoRelays, plain]
const exported = '2025-11-07T08:00:00Z'

test('an annotation without via (an old one) reads as relayed by nobody', () => {
  const { via: _, ...old } = plain
  assert.deepEqual(Annotation.parse(old).via, [])
})

test('counts: a relay is counted apart from the sources', () => {
  const counts = countAnnotations(annotations)
  assert.deepEqual({ ...counts.sourceCounts }, { 'xi-jinping': 1, xinhua: 1 })
  assert.deepEqual({ ...counts.viaCounts }, { xinhua: 1, tass: 1, 'gone-outlet': 1 })
})

test('W3C: a relay is its own tagging body, and import gives via back exactly', () => {
  const json = JSON.parse(JSON.stringify(toWebAnnotations({ document: sample, annotations, sources, exported })))
  const bodies = json.first.items.find((item: { id: string }) => item.id.endsWith(annotations[0]!.id)).body
  assert.deepEqual(bodies, [
    { id: sourceUri('xi-jinping', 'Xi Jinping'), type: 'TextualBody', purpose: 'tagging', value: 'Xi Jinping', format: 'text/plain' },
    { id: viaUri('xinhua', 'Xinhua'), type: 'TextualBody', purpose: 'tagging', value: 'via Xinhua', format: 'text/plain' },
  ])
  const back = importWebAnnotations(json, { text, sources: [...sources, { ...xi, id: 'gone-outlet', name: 'Gone Outlet' }] })
  assert.deepEqual(back.orphans, [])
  const byId = <T extends { id?: string }>(list: T[]) => [...list].sort((a, b) => (a.id! < b.id! ? -1 : 1))
  assert.deepEqual(byId(back.annotations), byId(annotations.map(({ documentId: _, ...a }) => a)))
})

test('W3C import: a "via <name>" tag is a relay; an unknown relay is reported by its name', () => {
  const hypothesis = { annotations: [{ id: 'hyp-relay-0001', text: '', tags: ['Xi Jinping', 'via Xinhua', 'via Reuters'],
    target: [{ source: 'x', selector: [{ type: 'TextQuoteSelector', exact: relayed.target.quote.exact }] }] }] }
  const result = importWebAnnotations(hypothesis, { text, sources })
  assert.deepEqual(result.annotations[0]!.sources, ['xi-jinping'])
  assert.deepEqual(result.annotations[0]!.via, ['xinhua'])
  assert.deepEqual(result.unknownSources, ['Reuters'])
})

test('Markdown: "Source: Xi Jinping via Xinhua" and a table of relays', () => {
  const md = toMarkdown({ document: sample, annotations, sources, exported })
  assert.match(md, /\*\*Claim\*\* · Source: Xi Jinping via Xinhua · /)
  assert.match(md, /\*\*Highlight\*\* · No source via Tass, gone-outlet \(removed source\) · /)
  assert.match(md, /\| Relayed by \| Claims \| Highlights \|\n\| --- \| ---: \| ---: \|\n\| Xinhua \| 1 \| 0 \|\n\| Tass \| 0 \| 1 \|\n\| gone-outlet \(removed source\) \| 0 \| 1 \|/)
  const without = toMarkdown({ document: sample, annotations: [plain], sources, exported })
  assert.doesNotMatch(without, /Relayed by| via /)
})

test('HTML: the notes say who relayed it and the legend counts relays', () => {
  const html = toHtml({ document: sample, annotations, sources, exported })
  assert.match(html, /<strong>Claim<\/strong> · Source: Xi Jinping via Xinhua<\/p>/)
  assert.match(html, /<span class="name">via Xinhua<\/span> <span class="count">1 claim, 0 highlights<\/span>/)
  assert.match(html, /<span class="name">via gone-outlet \(removed source\)<\/span>/)
})

test('search: the relay\'s name finds the annotation', () => {
  const { hits } = searchLibraryLinear([{ document: sample, text, annotations: [relayed] }], sources, 'xinh')
  const viaHit = hits.find((h) => h.field === 'source' && h.annotationId === relayed.id)
  assert.ok(viaHit, JSON.stringify(hits))
  assert.equal(`${viaHit.before}${viaHit.match}${viaHit.after}`, 'via Xinhua')
})
