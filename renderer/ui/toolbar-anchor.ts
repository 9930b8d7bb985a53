// What the toolbar must keep clear of, read off the page: the line boxes of
// a span of the article and the rest of its sentence.

import type { Opened } from '../reader.ts'
import { sentenceEnd, type Rect } from './toolbar-placement.ts'

export interface Span { start: number; end: number }

export function keepClearRects({ view, map }: Pick<Opened, 'view' | 'map'>, span: Span): Rect[] {
  const from = view.domAtPos(map.toPos(span.start))
  const to = view.domAtPos(map.toPos(sentenceEnd(map.text, span.end)))
  const range = document.createRange()
  range.setStart(from.node, from.offset)
  range.setEnd(to.node, to.offset)
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
    .map(({ left, top, right, bottom }) => ({ left, top, right, bottom }))
}
