// Selects text offsets [start, end) of an opened article in the page, as
// a mouse would, and answers the range (for the caller to scroll to).

import type { EditorView } from 'prosemirror-view'
import type { OffsetMap } from './document-view.ts'

export function selectText(view: EditorView, map: OffsetMap, start: number, end: number): Range {
  const from = view.domAtPos(map.toPos(start))
  const to = view.domAtPos(map.toPos(end))
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  const selection = document.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  return range
}
