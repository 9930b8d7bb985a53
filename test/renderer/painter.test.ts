import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildDoc } from '../../renderer/editor/document-view.ts'
import { Painter } from '../../renderer/editor/painter.ts'
import { describe as describeRange } from '../../shared/anchoring/describe.ts'
import { importText } from '../../shared/import/text.ts'
import type { Annotation } from '../../shared/model/annotation.ts'

const text = readFileSync(join(__dirname, '..', '..', 'resources', 'samples', 'xi-mishustin-2025-11-05.txt'), 'utf8')
const article = { id: 'sample', meta: { title: 'Sample' }, blocks: importText(text).blocks }
const { doc, map } = buildDoc(article)

function annotation(id: string, words: string, extra: Partial<Annotation> = {}): Annotation {
  const start = map.text.indexOf(words)
  return {
    id, documentId: 'sample', kind: 'highlight', target: describeRange(map.text, start, start + words.length),
    sources: [], via: [], note: '', created: '2026-11-25T00:00:00.000Z', modified: '2026-11-25T00:00:00.000Z', ...extra,
  }
}

test('the first update paints every anchored annotation at the right positions', () => {
  const painter = new Painter(map)
  const a = annotation('aaaaaaaa', 'Deepen cooperation')
  const { change, placed } = painter.update([a], null)
  assert.deepEqual(change.remove, [])
  assert.equal(change.add.length, 1)
  assert.equal(doc.textBetween(change.add[0]!.from, change.add[0]!.to), 'Deepen cooperation')
  assert.equal(placed[0]!.start, map.text.indexOf('Deepen cooperation'))
})

test('later updates repaint only what changed', () => {
  const painter = new Painter(map)
  const a = annotation('aaaaaaaa', 'Deepen cooperation')
  const b = annotation('bbbbbbbb', 'Tass reported')
  painter.update([a, b], null)
  assert.deepEqual(painter.update([a, b], null).change, { remove: [], add: [] })

  const selected = painter.update([a, b], 'bbbbbbbb').change
  assert.deepEqual(selected.remove.map((p) => [p.id, p.current]), [['bbbbbbbb', false]])
  assert.deepEqual(selected.add.map((p) => [p.id, p.current]), [['bbbbbbbb', true]])

  const tagged = { ...b, sources: ['tass'] }
  const retag = painter.update([a, tagged], 'bbbbbbbb').change
  assert.deepEqual(retag.add.map((p) => [p.id, p.sources]), [['bbbbbbbb', ['tass']]])

  // A second source is painted too (not only the first), and adding it repaints.
  const both = { ...tagged, sources: ['tass', 'xinhua'] }
  const second = painter.update([a, both], 'bbbbbbbb').change
  assert.deepEqual(second.add.map((p) => [p.id, p.sources]), [['bbbbbbbb', ['tass', 'xinhua']]])
  painter.update([a, tagged], 'bbbbbbbb')

  const dropped = painter.update([tagged], 'bbbbbbbb').change
  assert.deepEqual([dropped.remove.map((p) => p.id), dropped.add], [['aaaaaaaa'], []])
})

test('an annotation whose text is gone is placed as an orphan and not painted', () => {
  const painter = new Painter(map)
  const gone = annotation('cccccccc', 'Deepen cooperation')
  const orphan = { ...gone, target: { position: gone.target.position, quote: { exact: 'words that are nowhere in the article at all', prefix: '', suffix: '' } } }
  orphan.target.position = { start: 10, end: 10 + orphan.target.quote.exact.length }
  const { change, placed } = painter.update([orphan], null)
  assert.deepEqual(change.add, [])
  assert.equal(placed[0]!.start, null)
})

test('placed comes in reading order, orphans last, kept in order as annotations come and go', () => {
  const painter = new Painter(map)
  const words = ['Tass reported', 'Deepen cooperation', 'the two sides', 'Mishustin', 'Xi Jinping']
    .filter((w) => map.text.includes(w))
  assert.ok(words.length >= 4, 'the sample has these words')
  const all = words.map((w, i) => annotation(`id-${String(i).padStart(6, '0')}`, w))
  const gone = annotation('cccccccc', 'Deepen cooperation')
  const orphan = { ...gone, target: { position: { start: 10, end: 20 }, quote: { exact: 'not in text', prefix: '', suffix: '' } } }
  const inOrder = (list: Annotation[]) => list.map((a) => a.id).sort((x, y) => map.text.indexOf(all.find((a) => a.id === x)!.target.quote.exact) - map.text.indexOf(all.find((a) => a.id === y)!.target.quote.exact))
  const check = (list: Annotation[]) => {
    const { placed } = painter.update([orphan, ...list], null)
    assert.deepEqual(placed.map((p) => p.annotation.id), [...inOrder(list), 'cccccccc'])
    assert.deepEqual(placed.slice(0, -1).map((p) => p.start), [...placed.slice(0, -1).map((p) => p.start)].sort((x, y) => x! - y!))
  }
  check(all.slice(0, 2))
  check(all)
  check(all.filter((_, i) => i !== 2))
  check([...all.slice(3), all[0]!])
})

test('span says where an annotation is painted; null for an orphan or one not there', () => {
  const painter = new Painter(map)
  const a = annotation('aaaaaaaa', 'Deepen cooperation')
  const gone = annotation('cccccccc', 'Deepen cooperation')
  const orphan = { ...gone, target: { position: { start: 10, end: 20 }, quote: { exact: 'not in text', prefix: '', suffix: '' } } }
  painter.update([a, orphan], null)
  const start = map.text.indexOf('Deepen cooperation')
  assert.deepEqual(painter.span('aaaaaaaa'), { start, end: start + 'Deepen cooperation'.length })
  assert.equal(painter.span('cccccccc'), null)
  assert.equal(painter.span('zzzzzzzz'), null)
  painter.update([], null)
  assert.equal(painter.span('aaaaaaaa'), null)
})

test('the highlights plugin takes away exactly the spans a change removes, found where they are painted', async () => {
  const { EditorState } = await import('prosemirror-state')
  const { highlights, paint } = await import('../../renderer/editor/highlights.ts')
  const painter = new Painter(map)
  const a = annotation('aaaaaaaa', 'Deepen cooperation')
  const b = annotation('bbbbbbbb', 'Tass reported')
  const c = annotation('cccccccc', 'Deepen cooperation', { kind: 'claim' })
  let state = EditorState.create({ doc, plugins: [highlights] })
  const ids = () => (highlights.getState(state)!.find().map((d) => (d.spec as { id: string }).id)).sort()
  state = state.apply(paint(state, painter.update([a, b, c], null).change))
  assert.deepEqual(ids(), ['aaaaaaaa', 'bbbbbbbb', 'cccccccc'])
  state = state.apply(paint(state, painter.update([a, b, c], 'cccccccc').change))
  assert.deepEqual(ids(), ['aaaaaaaa', 'bbbbbbbb', 'cccccccc'])
  assert.deepEqual(highlights.getState(state)!.find().filter((d) => (d.spec as { id: string }).id === 'cccccccc').length, 1)
  state = state.apply(paint(state, painter.update([b, c], 'cccccccc').change))
  assert.deepEqual(ids(), ['bbbbbbbb', 'cccccccc'])
})

test('one annotation added, then saved under its stored id, is painted and placed as a full update would, touching only it and the one that was current', () => {
  const full = new Painter(map)
  const one = new Painter(map)
  const a = annotation('aaaaaaaa', 'Deepen cooperation')
  const b = annotation('bbbbbbbb', 'Tass reported')
  full.update([a, b], 'aaaaaaaa')
  one.update([a, b], 'aaaaaaaa')
  const byId = (list: readonly { id: string }[]) => [...list].sort((x, y) => x.id.localeCompare(y.id))
  const same = (step: ReturnType<Painter['step']>, expected: ReturnType<Painter['update']>, id: string) => {
    assert.ok(step)
    assert.deepEqual(byId(step.change.add), byId(expected.change.add))
    assert.deepEqual(byId(step.change.remove), byId(expected.change.remove))
    assert.equal(step.index, expected.placed.findIndex((p) => p.annotation.id === id))
    assert.equal(step.placed.annotation.id, id)
  }

  const shown = annotation('pending-1', 'Mikhail Mishustin on Tuesday', { kind: 'claim', sources: ['xinhua'] })
  const added = one.step({ kind: 'added', annotation: shown, previous: 'aaaaaaaa' }, 'pending-1')
  same(added, full.update([a, b, shown], 'pending-1'), 'pending-1')
  assert.equal(added!.change.add.length, 2, 'the new one, and the one no longer current')

  const stored = { ...shown, id: 'cccccccc', target: structuredClone(shown.target) }
  const saved = one.step({ kind: 'saved', annotation: stored, localId: 'pending-1' }, 'cccccccc')
  same(saved, full.update([a, b, stored], 'cccccccc'), 'cccccccc')
  assert.deepEqual(one.update([a, b, stored], 'cccccccc').change, { remove: [], add: [] }, 'in step with the state')
  assert.deepEqual(one.span('cccccccc'), full.span('cccccccc'))
})

test('another annotation made current repaints the two as a full update would, and no other', () => {
  const full = new Painter(map)
  const one = new Painter(map)
  const a = annotation('aaaaaaaa', 'Deepen cooperation')
  const b = annotation('bbbbbbbb', 'Tass reported')
  const c = annotation('cccccccc', 'Mikhail Mishustin on Tuesday')
  full.update([a, b, c], 'aaaaaaaa')
  one.update([a, b, c], 'aaaaaaaa')
  const byId = (list: readonly { id: string; current: boolean }[]) => [...list].sort((x, y) => x.id.localeCompare(y.id)).map((p) => [p.id, p.current])
  for (const [previous, current] of [['aaaaaaaa', 'cccccccc'], ['cccccccc', null], [null, 'bbbbbbbb'], ['bbbbbbbb', 'bbbbbbbb']] as const) {
    const step = one.select(previous, current)
    const expected = full.update([a, b, c], current).change
    assert.deepEqual(byId(step.add), byId(expected.add), `${previous} -> ${current}`)
    assert.deepEqual(byId(step.remove), byId(expected.remove), `${previous} -> ${current}`)
  }
  assert.deepEqual(one.update([a, b, c], 'bbbbbbbb').change, { remove: [], add: [] }, 'in step with the state')
  assert.deepEqual(one.select('aaaaaaaa', 'bbbbbbbb'), { remove: [], add: [] }, 'painted so already: nothing')
  assert.deepEqual(one.select('gone', null), { remove: [], add: [] }, 'one not painted: nothing')
})

test('a step the painter cannot take alone (an orphan added, a stored target moved) is left to a full update', () => {
  const painter = new Painter(map)
  painter.update([annotation('aaaaaaaa', 'Deepen cooperation')], null)
  const orphan = { ...annotation('pending-2', 'Deepen cooperation'), target: { position: { start: 0, end: 5 }, quote: { exact: 'not in the text at all', prefix: '', suffix: '' } } }
  assert.equal(painter.step({ kind: 'added', annotation: orphan, previous: null }, 'pending-2'), null)
  const shown = annotation('pending-3', 'Tass reported')
  assert.ok(painter.step({ kind: 'added', annotation: shown, previous: null }, 'pending-3'))
  const moved = { ...annotation('dddddddd', 'Deepen cooperation') }
  assert.equal(painter.step({ kind: 'saved', annotation: moved, localId: 'pending-3' }, 'dddddddd'), null)
})
