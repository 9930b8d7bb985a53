// An inline token's children -> text with marks (em, strong, and links the
// link policy keeps). Raw HTML inside a paragraph is dropped, and the words
// of an inline <script> or <style> with it.

import type { Token } from 'markdown-it'
import type { InlineMark } from '../model/document.ts'
import { keptHref } from '../links/policy.ts'
import { collapseMarkedText } from './collapse-marked-text.ts'

// Text with marks, offsets into that text.
export interface Piece {
  text: string
  marks: InlineMark[]
}

type Open = { type: 'em' | 'strong' | 'link'; from: number; href: string | null; order: number }

// An inline token's children as raw text (whitespace not yet collapsed) with marks.
export function inlinePiece(children: Token[]): Piece {
  let text = ''
  // Kept in the order the marks open, so an outer mark precedes an inner one.
  const marks: { mark: InlineMark; order: number }[] = []
  const open: Open[] = []
  let opened = 0
  // Inside an inline <script> or <style> the words are code, not article.
  let skipping: string | null = null

  const close = (type: Open['type']) => {
    const at = open.findLastIndex((o) => o.type === type)
    if (at === -1) return
    const [o] = open.splice(at, 1)
    if (type === 'link' && o!.href === null) return
    const mark: InlineMark = { type, from: o!.from, to: text.length }
    if (o!.href !== null) mark.href = o!.href
    marks.push({ mark, order: o!.order })
  }

  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        if (!skipping) text += child.content
        break
      case 'softbreak':
      case 'hardbreak':
        if (!skipping) text += ' '
        break
      case 'em_open':
      case 'strong_open':
        open.push({ type: child.type === 'em_open' ? 'em' : 'strong', from: text.length, href: null, order: opened++ })
        break
      case 'link_open':
        open.push({ type: 'link', from: text.length, href: safeHref(child.attrGet('href')), order: opened++ })
        break
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        close(child.type === 'em_close' ? 'em' : child.type === 'strong_close' ? 'strong' : 'link')
        break
      case 'html_inline':
        skipping = nextSkipping(skipping, child.content)
        break
      // image (with its alt text), strikethrough and anything else: no text, no mark.
    }
  }
  return { text, marks: marks.sort((a, b) => a.order - b.order).map((m) => m.mark) }
}

function nextSkipping(skipping: string | null, html: string): string | null {
  if (skipping) return new RegExp(`^</${skipping}\\s*>$`, 'i').test(html) ? null : skipping
  const opening = /^<(script|style)\b[^>]*?(\/)?>$/i.exec(html)
  return opening && !opening[2] ? opening[1]!.toLowerCase() : null
}

// Only links a reader can safely follow (the link policy).
function safeHref(href: string | number | null): string | null {
  return typeof href === 'string' ? keptHref(href) : null
}

// Whitespace runs become one space and the edges are trimmed. Each raw
// offset maps to where its character lands, so marks follow their words; a
// mark is then shrunk off the spaces at its ends, and dropped if empty.
export function collapse(raw: Piece): Piece {
  const { text, marks } = collapseMarkedText(raw.text, raw.marks, (c) => /\s/.test(c))
  // Outer marks before inner ones that start at the same place.
  return { text, marks: marks.sort((a, b) => a.from - b.from || b.to - a.to) }
}
