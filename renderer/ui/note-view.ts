// A note's Markdown tree (notes/note-markdown.ts) as DOM: elements made by
// name from the tree's allow-list and text nodes, nothing parsed as HTML.
// Links are followed only through the sidebar's link guard.
// The Markdown reader (markdown-it, a seventh of the page's script) is a
// chunk of its own, loaded after the first paint (issue 18): the sidebar
// waits for it before drawing its cards (notesReady); a note drawn before
// it came shows its text as written, put right once it has.

import type { NoteNode } from '../notes/note-markdown.ts'

type Render = (note: string) => NoteNode[]
let render: Render | null = null
let loading: Promise<void> | null = null
// Notes drawn as plain text before the reader came, to draw again then.
const waiting = new Map<HTMLElement, string>()

// Loads the Markdown reader once; settled when notes can be drawn. Failed
// (the page's server gone), it is tried again at the next note.
export function notesReady(): Promise<void> {
  loading ??= import('../notes/note-markdown.ts').then((module) => {
    const ready = module.renderNote
    render = ready
    for (const [host, note] of waiting) host.replaceChildren(...ready(note).map(toDom))
    waiting.clear()
  }, (error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

// Notes drawn before, by their text: a scrolled sidebar draws the same
// cards again and again, and parsing their Markdown each time is most of
// the cost of a card. Copies are given out (a drawn card owns its nodes).
const drawn = new Map<string, HTMLElement>()
const KEEP = 500

export function noteView(note: string): HTMLElement {
  if (!render) return plainNote(note)
  let host = drawn.get(note)
  if (!host) {
    host = document.createElement('div')
    host.className = 'note'
    host.append(...render(note).map(toDom))
    if (drawn.size >= KEEP) drawn.clear()
    drawn.set(note, host)
  }
  return host.cloneNode(true) as HTMLElement
}

function plainNote(note: string): HTMLElement {
  const host = document.createElement('div')
  host.className = 'note'
  const text = document.createElement('p')
  text.textContent = note
  host.append(text)
  waiting.set(host, note)
  notesReady().catch(() => {})
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
