// The toolbar beside the selection keeps its buttons when it is shown
// again with the same ones (a claim made, then its save answered): only
// their pressed states change, so the frame after a claim does not
// restyle a new toolbar. Other buttons are made anew. Drawn in linkedom's
// document.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { dom } from '../helpers/empty-screen-dom.ts'
import type { Source } from '../../shared/model/source.ts'

Object.assign(dom.HTMLElement.prototype, { offsetWidth: 0, offsetHeight: 0 })
const toolbarModule = import('../../renderer/ui/toolbar.ts')

const tass: Source = { id: 'tass', name: 'Tass', kind: 'news-agency', aliases: [], colour: '#336699' }
const cnbc: Source = { id: 'cnbc', name: 'CNBC', kind: 'broadcaster', aliases: [], colour: '#993366' }

test('shown again with the same buttons: the same elements, pressed as now; other sources: made anew', async () => {
  const { Toolbar } = await toolbarModule
  const marked: string[] = []
  const toolbar = new Toolbar({ mark: (kind) => marked.push(kind), source: (id) => marked.push(id), picking: () => {} })
  const state = (pressed: { kind?: string; sources: string[] }, sources = [tass, cnbc]) => ({ sources, uses: new Map<string, number>(), pressed })
  const buttons = () => [...toolbar.element.querySelectorAll('button')].filter((b) => !b.closest('.source-picker'))
  const pressed = () => buttons().map((b) => b.getAttribute('aria-pressed'))

  toolbar.show([], state({ sources: [] }))
  const first = buttons()
  assert.deepEqual(first.map((b) => b.textContent), ['Highlight', 'Claim', 'Tass', 'CNBC'])
  assert.deepEqual(pressed(), [null, null, null, null])

  toolbar.show([], state({ kind: 'claim', sources: ['cnbc'] }))
  assert.deepEqual(buttons(), first, 'the same buttons')
  assert.deepEqual(pressed(), ['false', 'true', 'false', 'true'])
  buttons()[2]!.click()
  assert.deepEqual(marked, ['tass'])

  toolbar.show([], state({ sources: [] }))
  assert.deepEqual(pressed(), [null, null, null, null])

  toolbar.show([], state({ sources: [] }, [tass, { ...cnbc, name: 'CNBC News' }]))
  assert.notEqual(buttons()[0], first[0], 'a source renamed: made anew')
  assert.deepEqual(buttons().map((b) => b.textContent), ['Highlight', 'Claim', 'Tass', 'CNBC News'])
})
