// The reader's current text selection as canonical offsets, or null when
// nothing inside the article is selected. Surrounding white space is left
// out so a marked span starts and ends on words.

import type { EditorView } from 'prosemirror-view'
import { describe } from '../shared/anchoring/describe.ts'
import type { Target } from '../shared/model/annotation.ts'
import type { OffsetMap } from './editor/document-view.ts'

export interface TextSpan { start: number; end: number }

export function selectedSpan(view: EditorView, map: OffsetMap): TextSpan | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return null
  let start = map.toOffset(view.posAtDOM(range.startContainer, range.startOffset))
  let end = map.toOffset(view.posAtDOM(range.endContainer, range.endOffset))
  while (start < end && /\s/.test(map.text[start]!)) start++
  while (end > start && /\s/.test(map.text[end - 1]!)) end--
  return start < end ? { start, end } : null
}

// The selected text of the open article as a target, the selection cleared;
// null when nothing in it is selected.
export function takeSelection(opened: { view: EditorView; map: OffsetMap } | null): Target | null {
  if (!opened) return null
  const span = selectedSpan(opened.view, opened.map)
  if (!span) return null
  opened.view.dom.ownerDocument.getSelection()?.removeAllRanges()
  return describe(opened.map.text, span.start, span.end)
}
