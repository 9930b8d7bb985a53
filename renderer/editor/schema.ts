// The article schema: blocks of inline text, read-only. Block and mark names
// match the document model's, so building a doc is a direct mapping.

import { Schema } from 'prosemirror-model'

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    title: { group: 'block', content: 'text*', marks: '_', toDOM: () => ['h1', { class: 'article-title' }, 0] },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 2 } },
      toDOM: (node) => [`h${Math.min(6, Math.max(2, node.attrs.level as number))}`, 0],
    },
    paragraph: { group: 'block', content: 'text*', toDOM: () => ['p', 0] },
    text: {},
  },
  marks: {
    dateline: { toDOM: () => ['span', { class: 'dateline' }, 0] },
    em: { toDOM: () => ['em', 0] },
    strong: { toDOM: () => ['strong', 0] },
    // Links are shown, never followed from the view.
    link: { attrs: { href: {} }, inclusive: false, toDOM: (mark) => ['a', { title: mark.attrs.href as string, class: 'link' }, 0] },
  },
})
