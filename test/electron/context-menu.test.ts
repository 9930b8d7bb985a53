import { test } from 'node:test'
import assert from 'node:assert/strict'
import { contextMenuTemplate, type ContextState } from '../../electron/shell/context-menu.ts'
import { ShellCommand } from '../../electron/shell/commands.ts'

const sources = [{ id: 'xinhua', name: 'Xinhua' }, { id: 'tass', name: 'Tass & Co\u202E' }]

function menu(state: Partial<ContextState>) {
  const sent: ShellCommand[] = []
  const items = contextMenuTemplate({ selectionText: '', isEditable: false, annotationId: null, sources, available: () => true, ...state }, (c) => void sent.push(c))
  return { items, sent }
}

test('on selected words: Copy, Highlight, Claim, Attribute to (each source), Search the Library', () => {
  const { items, sent } = menu({ selectionText: '  China said  ' })
  const labels = items.filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role)
  assert.deepEqual(labels, ['copy', 'Highlight', 'Claim', 'Attribute to', 'Search the Library for “China said”'])
  const attribute = items.find((i) => i.label === 'Attribute to')!
  assert.deepEqual(attribute.submenu!.map((i) => i.label), ['Xinhua', 'Tass && Co'])
  attribute.submenu![1]!.click!()
  items.find((i) => i.label === 'Claim')!.click!()
  items.find((i) => i.label?.startsWith('Search'))!.click!()
  assert.deepEqual(sent, [
    { id: 'annotation.tagSource', args: { sourceId: 'tass' } },
    { id: 'annotation.markClaim' },
    { id: 'search.text', args: { query: 'China said' } },
  ])
  for (const command of sent) assert.ok(ShellCommand.safeParse(command).success, 'every command passes the preload check')
})

test('on an annotation: Edit Note and Remove Annotation for that annotation', () => {
  const { items, sent } = menu({ annotationId: 'ann-12345678' })
  assert.deepEqual(items.map((i) => i.label), ['Edit Note', 'Remove Annotation'])
  for (const item of items) item.click!()
  assert.deepEqual(sent, [{ id: 'annotation.editNote', args: { id: 'ann-12345678' } }, { id: 'annotation.delete', args: { id: 'ann-12345678' } }])
})

test('in a field: the editing roles only; nothing selected and no annotation: no menu', () => {
  const { items } = menu({ isEditable: true, selectionText: 'x', annotationId: 'ann-12345678' })
  assert.deepEqual(items.map((i) => i.role).filter(Boolean), ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
  assert.deepEqual(menu({}).items, [])
})

test('a long selection is searched clipped to 500 characters and labelled short', () => {
  const { items, sent } = menu({ selectionText: 'word '.repeat(100_000) })
  const search = items.find((i) => i.label?.startsWith('Search'))!
  assert.ok(search.label!.length < 60)
  search.click!()
  assert.ok(ShellCommand.safeParse(sent[0]).success)
})
