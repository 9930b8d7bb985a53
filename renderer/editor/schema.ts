// The article schema: blocks of inline text, read-only. Block and mark names
// match the document model's, so building a doc is a direct mapping.
//
// Quotes and list items stay flat, one node per block as in the model; their
// depth is a class (the CSP allows no inline styles) and a list item's bullet
// or number is a data attribute that the style sheet shows before the text,
// so it is never part of the text or the offsets.
//
// A long article's blocks are held in groups (document-view.ts): the
// browser then decides what to lay out per group (content-visibility,
// styles.css), a few dozen times a frame where it was once per block.
// A group is a plain <div> with no text of its own and no role, so the
// text, its offsets, find in page, copy and the accessibility tree are
// those of its blocks.

import { Schema } from 'prosemirror-model'
import { openableUrl } from '../links.ts'

const depth = (level: unknown) => Math.min(6, Math.max(1, Number(level) || 1))

export const schema = new Schema({
  nodes: {
    doc: { content: '(block | group)+' },
    group: { content: 'block+', toDOM: () => ['div', { class: 'block-group' }, 0] },
    title: { group: 'block', content: 'text*', marks: '_', toDOM: () => ['h1', { class: 'article-title' }, 0] },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 2 } },
      toDOM: (node) => [`h${Math.min(6, Math.max(2, node.attrs.level as number))}`, 0],
    },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0] },
    quote: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 1 } },
      toDOM: (node) => ['blockquote', { class: `quote quote-level-${depth(node.attrs.level)}` }, 0],
    },
    item: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 1 }, marker: { default: '•' } },
      toDOM: (node) => ['p', { class: `item item-level-${depth(node.attrs.level)}`, 'data-marker': node.attrs.marker as string }, 0],
    },
    text: {},
  },
  marks: {
    dateline: { toDOM: () => ['span', { class: 'dateline' }, 0] },
    em: { toDOM: () => ['em', 0] },
    strong: { toDOM: () => ['strong', 0] },
    // A link the reader may open (after confirming, see ui/link-confirm.ts)
    // gets its href; any other address is only shown in the tooltip.
    link: {
      attrs: { href: {} },
      inclusive: false,
      toDOM: (mark) => {
        const raw = String(mark.attrs.href ?? '')
        const href = openableUrl(raw)
        return ['a', href ? { href, title: href, class: 'link', rel: 'noopener noreferrer' } : { title: raw, class: 'link link-inert' }, 0]
      },
    },
  },
})
