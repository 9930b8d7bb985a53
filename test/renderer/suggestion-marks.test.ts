import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EditorState, type Transaction } from 'prosemirror-state'
import type { DecorationSet } from 'prosemirror-view'
import { buildDoc } from '../../renderer/editor/document-view.ts'
import { paintSuggestions, suggestionMarks } from '../../renderer/editor/suggestion-marks.ts'
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
