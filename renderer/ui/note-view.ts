// A note's Markdown tree (notes/note-markdown.ts) as DOM: elements made by
// name from the tree's allow-list and text nodes, nothing parsed as HTML.
// Links are followed only through the sidebar's link guard.

import { renderNote, type NoteNode } from '../notes/note-markdown.ts'

// Notes drawn before, by their text: a scrolled sidebar draws the same
// cards again and again, and parsing their Markdown each time is most of
// the cost of a card. Copies are given out (a drawn card owns its nodes).
const drawn = new Map<string, HTMLElement>()
const KEEP = 500

export function noteView(note: string): HTMLElement {
  let host = drawn.get(note)
  if (!host) {
    host = document.createElement('div')
    host.className = 'note'
    host.append(...renderNote(note).map(toDom))
    if (drawn.size >= KEEP) drawn.clear()
    drawn.set(note, host)
  }
  return host.cloneNode(true) as HTMLElement
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
