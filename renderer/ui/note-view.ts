// A note's Markdown tree (notes/note-markdown.ts) as DOM: elements made by
// name from the tree's allow-list and text nodes, nothing parsed as HTML.
// Links are followed only through the sidebar's link guard.

import { renderNote, type NoteNode } from '../notes/note-markdown.ts'

export function noteView(note: string): HTMLElement {
  const host = document.createElement('div')
  host.className = 'note'
  host.append(...renderNote(note).map(toDom))
  return host
}

function toDom(node: NoteNode): Node {
  if (typeof node === 'string') return document.createTextNode(node)
  const element = document.createElement(node.tag)
  const { href, start, class: className } = node.attrs
  if (href !== undefined) {
    element.setAttribute('href', href)
    element.setAttribute('rel', 'noopener noreferrer')
  }
  if (start !== undefined) element.setAttribute('start', start)
  if (className !== undefined) element.className = className
  element.append(...node.children.map(toDom))
  return element
}
