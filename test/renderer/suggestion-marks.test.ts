import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EditorState, type Transaction } from 'prosemirror-state'
import type { DecorationSet } from 'prosemirror-view'
import { buildDoc } from '../../renderer/editor/document-view.ts'
import { paintSuggestions, repaintSuggestions, suggestionMarks } from '../../renderer/editor/suggestion-marks.ts'
import { setPaintWindow } from '../../renderer/editor/rendered-blocks.ts'
import { importText } from '../../shared/import/text.ts'

const text = readFileSync(join(__dirname, '..', '..', 'resources', 'samples', 'xi-mishustin-2025-11-05.txt'), 'utf8')
const { doc, map } = buildDoc({ id: 'sample', meta: { title: 'Sample' }, blocks: importText(text).blocks })

function view() {
  const v = {
    state: EditorState.create({ doc, plugins: [suggestionMarks] }),
    dispatch(tr: Transaction) { v.state = v.state.apply(tr) },
    painted: () => (suggestionMarks.getState(v.state) as DecorationSet).find().length,
  }
  return v
}

// One suggestion per word of the text, up to n.
function suggestions(n: number) {
  const words = [...map.text.matchAll(/\p{L}{3,}/gu)].slice(0, n)
  assert.equal(words.length, n, 'the sample has enough words')
  return words.map((w, i) => ({ key: `s${i}`, content: { start: w.index, end: w.index + w[0].length }, sourceMatch: { sourceId: 'tass' } }))
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

test('a few suggestions, or a few changed, are painted at once', () => {
  const v = view()
  const list = suggestions(40)
  paintSuggestions(v, map.toPos, list, null, true)
  assert.equal(v.painted(), 40)
  paintSuggestions(v, map.toPos, list.slice(1), 's2', true)
  assert.equal(v.painted(), 39)
  paintSuggestions(v, map.toPos, list, null, false)
  assert.equal(v.painted(), 0)
})

test('many new suggestions are painted in slices, one task each, until all are there', async () => {
  const v = view()
  const list = suggestions(700)
  paintSuggestions(v, map.toPos, list, null, true)
  const first = v.painted()
  assert.ok(first > 0 && first < 700, `a first slice at once (${first})`)
  let tasks = 0
  while (v.painted() < 700 && tasks < 10) { await tick(); tasks++ }
  assert.equal(v.painted(), 700)
  assert.ok(tasks >= 2, 'in more than one more task')
})

test('a newer paint drops the slices of an older one', async () => {
  const v = view()
  paintSuggestions(v, map.toPos, suggestions(700), null, true)
  paintSuggestions(v, map.toPos, [], null, false)
  for (let i = 0; i < 5; i++) await tick()
  assert.equal(v.painted(), 0)
})

// The sample eight times over: 200 blocks.
const long = buildDoc({ id: 'long', meta: { title: 'Long' }, blocks: Array.from({ length: 8 }, () => importText(text).blocks).flat() })

test('in a long article only the suggestions in the window near the screen are painted, and the current one wherever it is', async () => {
  const v = {
    state: EditorState.create({ doc: long.doc, plugins: [suggestionMarks] }),
    dispatch(tr: Transaction) { v.state = v.state.apply(tr) },
  }
  // One suggestion every tenth word, all through the text.
  const list = [...long.map.text.matchAll(/\p{L}{3,}/gu)].filter((_, i) => i % 10 === 0)
    .map((w, i) => ({ key: `s${i}`, content: { start: w.index, end: w.index + w[0].length }, sourceMatch: { sourceId: 'tass' } }))
  const current = list.at(-1)!.key
  const blocks: { from: number; to: number }[] = []
  long.doc.forEach((node, pos) => blocks.push({ from: pos, to: pos + node.nodeSize }))
  const keys = () => new Set((suggestionMarks.getState(v.state) as DecorationSet).find().map((d) => d.spec.key as string))
  // Those in blocks first to last, and the current one.
  const wanted = (first: number, last: number) => new Set(list.filter((s) => s.key === current
    || (long.map.toPos(s.content.start) < blocks[last]!.to && long.map.toPos(s.content.end) > blocks[first]!.from)).map((s) => s.key))
  setPaintWindow(v, { from: blocks[0]!.from, to: blocks[40]!.to })
  paintSuggestions(v, long.map.toPos, list, current, true)
  const first = wanted(0, 40)
  assert.ok(first.size > 1 && first.size < list.length / 2, `not all (${first.size} of ${list.length})`)
  assert.deepEqual(keys(), first, 'at once, in one paint')
  // Scrolled on: the window moved (many changed: in slices).
  setPaintWindow(v, { from: blocks[60]!.from, to: blocks[140]!.to })
  repaintSuggestions(v)
  for (let i = 0; i < 5; i++) await tick()
  assert.deepEqual(keys(), wanted(60, 140))
})

test('a suggestion is drawn in an element of its own, never merged into an annotation mark over the same words', () => {
  const v = view()
  paintSuggestions(v, map.toPos, suggestions(1), null, true)
  const [painted] = (suggestionMarks.getState(v.state) as DecorationSet).find()
  // (The attributes of an inline decoration are on its type, which ProseMirror does not export.)
  const attrs = (painted as unknown as { type: { attrs: Record<string, string> } }).type.attrs
  assert.equal(attrs.nodeName, 'span')
  assert.match(attrs.class!, /\bsuggestion\b/)
})
