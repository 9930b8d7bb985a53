// The sidebar's counts per source take a claim's new numbers in place:
// the list and its buttons stay the same nodes (rebuilding them restyles
// the sidebar on the key press's path), and anything else draws anew.
// Drawn in linkedom's document.

import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Source } from '../../shared/model/source.ts'
import { dom } from '../helpers/empty-screen-dom.ts'

// The module puts a constructed sheet on the document (for dimming), which linkedom lacks.
Object.assign(globalThis, { CSSStyleSheet: class { replaceSync() {} } })
Object.assign(dom.document, { adoptedStyleSheets: [] })
const filtersModule = import('../../renderer/ui/sidebar-filters.ts')

const tass: Source = { id: 'tass', name: 'Tass', kind: 'news-agency', aliases: [], colour: '#336699' }
const cnbc: Source = { id: 'cnbc', name: 'CNBC', kind: 'broadcaster', aliases: [], colour: '#993366' }

test('new numbers go into the list in place; other sources or another filter draw it anew', async () => {
  const { countButtons, updateCounts, NO_FILTERS } = await filtersModule
  const list = countButtons([[tass, 2], [cnbc, 0]], 5, { ...NO_FILTERS }, () => {})
  const buttons = [...list.querySelectorAll('button')]
  assert.equal(updateCounts(list, [[tass, 3], [cnbc, 0]], 6, { ...NO_FILTERS }), true)
  assert.deepEqual([...list.querySelectorAll('li')].map((li) => li.textContent), ['Tass: 3', 'CNBC: 0', 'Unattributed claims: 6'])
  assert.deepEqual([...list.querySelectorAll('button')], buttons, 'the same buttons')
  assert.equal(buttons[0]!.querySelectorAll('.swatch').length, 1, 'the swatch stays')

  assert.equal(updateCounts(list, [[cnbc, 0], [tass, 3]], 6, { ...NO_FILTERS }), false, 'another order')
  assert.equal(updateCounts(list, [[tass, 3]], 6, { ...NO_FILTERS }), false, 'a source fewer')
  assert.equal(updateCounts(list, [[tass, 3], [cnbc, 0]], 6, { ...NO_FILTERS, source: 'tass' }), false, 'another filter')
  assert.equal(updateCounts(list, [[{ ...tass, name: 'TASS' }, 3], [cnbc, 0]], 6, { ...NO_FILTERS }), false, 'a source renamed')
})
