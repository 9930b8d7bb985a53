// Anchor once: every export places annotations where the reader paints them
// (anchorAll over the current text), not at their stored position. An
// annotation whose stored position is stale but whose quote still anchors
// appears in every export at its anchored place; one whose quote is gone is
// an orphan in every export.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { annotator, sampleArticle } from '../helpers/annotate.ts'
import { anchorAll } from '../../shared/anchoring/anchor.ts'
import { placeAnnotations } from '../../shared/anchoring/place.ts'
import type { Annotation } from '../../shared/model/annotation.ts'
import { canonicalText } from '../../shared/model/document.ts'
import { builtInSources } from '../../shared/model/source.ts'
import { renderExport } from '../../shared/export/export.ts'
import { exportLibrary } from '../../shared/export/library.ts'
import type { WebAnnotationCollection } from '../../shared/web-annotation/export.ts'

const annotate = annotator()
const doc = sampleArticle({ title: 'Xi meets Mishustin' })
const text = canonicalText(doc.blocks)
const QUOTE = 'enhanced cooperation'
const at = text.indexOf(QUOTE)

// Stored 7 units early (the text was edited before it): stale position, same quote.
const fresh = annotate(doc, QUOTE, 'claim', ['xinhua'], 'moved note')
const stale: Annotation = { ...fresh, target: { ...fresh.target, position: { start: at - 7, end: at - 7 + QUOTE.length } } }
// Its quote is nowhere in the text: an orphan.
const gone0 = annotate(doc, 'Mishustin conveyed', 'highlight', ['tass'], 'gone note')
const gone: Annotation = { ...gone0, target: { ...gone0.target, quote: { exact: 'Zorblax quintuple', prefix: 'nothing like ', suffix: ' in this text' } } }

const input = { document: doc, annotations: [stale, gone], sources: [...builtInSources], exported: '2025-11-07T08:00:00.000Z' }

test('the reader anchors the stale annotation at its quote and the other nowhere', () => {
  const [moved, orphan] = anchorAll(text, [stale.target, gone.target])
  assert.deepEqual([moved?.start, moved?.end], [at, at + QUOTE.length])
  assert.equal(orphan, null)
  const { placed, orphans } = placeAnnotations(text, [stale, gone])
  assert.deepEqual(placed.map((a) => a.target.position), [{ start: at, end: at + QUOTE.length }])
  assert.deepEqual(orphans.map((a) => a.id), [gone.id])
})

test('HTML: painted at its anchored place; the lost one in Orphans', () => {
  const page = renderExport('html', input)
  assert.match(page, new RegExp(`<mark class="claim s1">${QUOTE}</mark><sup class="ref">`))
  const orphans = page.slice(page.indexOf('<section class="orphans">'))
  assert.ok(page.includes('<section class="orphans">'))
  assert.doesNotMatch(orphans, /moved note/)
  assert.match(orphans, /gone note/)
})

test('Markdown: under its source at the anchored quote; the lost one under Orphans', () => {
  const md = renderExport('md', input)
  const orphansAt = md.indexOf('## Orphans')
  assert.ok(orphansAt > 0, 'an Orphans section')
  assert.ok(md.indexOf('moved note') < orphansAt && md.indexOf('moved note') > md.indexOf('## Xinhua'))
  assert.ok(md.indexOf('gone note') > orphansAt)
})

test('CSV: the anchored offsets; an orphan has none', () => {
  const rows = renderExport('csv', input).trim().split('\r\n').map((line) => line.split(','))
  const idColumn = rows[0]!.findIndex((name) => name.endsWith('annotation_id'))
  const byId = new Map(rows.map((r) => [r[idColumn], r]))
  assert.deepEqual(byId.get(stale.id)!.slice(6, 8), [String(at), String(at + QUOTE.length)])
  assert.deepEqual(byId.get(gone.id)!.slice(6, 8), ['', ''])
})

test('JSON-LD: the anchored selectors; an orphan keeps its stored ones to be anchored again on import', () => {
  const collection = JSON.parse(renderExport('jsonld', input)) as WebAnnotationCollection
  const selectors = (id: string) => collection.first.items.find((i) => i.id.endsWith(id))!.target.selector
  const [quote, position] = selectors(stale.id) as [{ exact: string; prefix: string }, { start: number; end: number }]
  assert.deepEqual([position.start, position.end], [at, at + QUOTE.length])
  assert.equal(quote.exact, QUOTE)
  assert.equal(quote.prefix, text.slice(at - quote.prefix.length, at))
  const [, lost] = selectors(gone.id) as [unknown, { start: number }]
  assert.equal(lost.start, gone.target.position.start)
})

test('the library export places annotations the same way', () => {
  const documents = [{ document: doc, annotations: [stale, gone], sources: [...builtInSources] }]
  const csv = exportLibrary('csv', { documents, exported: input.exported }).content
  assert.match(csv, new RegExp(`,${at},${at + QUOTE.length},[^\\r]*${stale.id}`))
  const md = exportLibrary('md', { documents, exported: input.exported }).content
  assert.ok(md.indexOf('gone note') > md.indexOf('Orphans'))
})
