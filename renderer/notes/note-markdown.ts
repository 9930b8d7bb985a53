// A note's Markdown as a small tree of safe elements, for the sidebar.
// Notes may come from an imported annotation file written by anyone, so:
// markdown-it with raw HTML off (a "<b>" stays the text "<b>"), no
// linkify, no typographer; the tree is built from its tokens with an
// allow-list of tags and is turned into DOM nodes with createElement and
// text nodes only (note-view.ts), never innerHTML. A link keeps its address
// only when the one link policy keeps it (renderer/links.ts, over
// shared/links/policy.ts); else only its words. Images show their words:
// nothing remote is fetched.

import MarkdownIt, { type Token } from 'markdown-it'
import { openableUrl } from '../links.ts'

type NoteTag = 'p' | 'strong' | 'em' | 's' | 'code' | 'pre' | 'ul' | 'ol' | 'li' | 'blockquote' | 'a' | 'br' | 'hr' | 'span'

interface NoteElement {
  tag: NoteTag
  // Only ever: href on a kept link, start on an ordered list, class.
  attrs: { href?: string; start?: string; class?: string }
  children: NoteNode[]
}
export type NoteNode = NoteElement | string

const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false })
// Tables are not for a sidebar note; their text stays as written.
md.disable(['table'])
// Every address reaches our own check below (markdown-it's would drop
// some links to text with their brackets, ours keeps the words).
md.validateLink = () => true
md.normalizeLink = (url) => url

// Block and inline tags markdown-it emits that map to ours. Headings become
// bold paragraphs: a note's heading must not enter the page's outline.
const TAGS = new Map<string, NoteTag>([
  ['p', 'p'], ['strong', 'strong'], ['em', 'em'], ['s', 's'], ['ul', 'ul'], ['ol', 'ol'], ['li', 'li'],
  ['blockquote', 'blockquote'], ['a', 'a'],
  ['h1', 'p'], ['h2', 'p'], ['h3', 'p'], ['h4', 'p'], ['h5', 'p'], ['h6', 'p'],
])

export function renderNote(note: string): NoteNode[] {
  const root: NoteElement = { tag: 'span', attrs: {}, children: [] }
  build(md.parse(note, {}), root)
  return root.children
}

// Tokens come as a flat list of _open/_close pairs around leaves, so one
// stack of open elements builds the tree in a single pass.
function build(tokens: readonly Token[], root: NoteElement): void {
  const stack: NoteElement[] = [root]
  const top = () => stack[stack.length - 1]!
  for (const token of tokens) {
    // A tight list's paragraphs are hidden: their text goes in the item.
    if (token.hidden && token.nesting !== 0) continue
    if (token.nesting === 1) {
      const element: NoteElement = { tag: TAGS.get(token.tag) ?? 'span', attrs: {}, children: [] }
      if (/^h[1-6]$/.test(token.tag)) element.attrs.class = 'note-heading'
      if (token.type === 'ordered_list_open') {
        const start = Number(token.attrGet('start') ?? 1)
        if (Number.isSafeInteger(start) && start !== 1) element.attrs.start = String(start)
      }
      if (token.type === 'link_open') {
        const href = openableUrl(String(token.attrGet('href') ?? ''))
        if (href) element.attrs.href = href
        else element.tag = 'span'
      }
      top().children.push(element)
      stack.push(element)
    } else if (token.nesting === -1) {
      if (stack.length > 1) stack.pop()
    } else {
      leaf(token, top())
    }
  }
}

function leaf(token: Token, parent: NoteElement): void {
  switch (token.type) {
    case 'inline': build(token.children ?? [], parent); return
    case 'text': case 'html_inline': case 'html_block': text(parent, token.content); return
    case 'code_inline': parent.children.push({ tag: 'code', attrs: {}, children: [token.content] }); return
    case 'code_block': case 'fence':
      parent.children.push({ tag: 'pre', attrs: {}, children: [{ tag: 'code', attrs: {}, children: [token.content.replace(/\n$/, '')] }] })
      return
    case 'softbreak': text(parent, '\n'); return
    case 'hardbreak': parent.children.push({ tag: 'br', attrs: {}, children: [] }); return
    case 'hr': parent.children.push({ tag: 'hr', attrs: {}, children: [] }); return
    // An image's words: its alt text, as markdown-it gathered it.
    case 'image': text(parent, token.content); return
    default: if (token.content) text(parent, token.content)
  }
}

// Adjacent text is joined, so the tree stays small and tests read plainly.
function text(parent: NoteElement, value: string): void {
  if (!value) return
  const last = parent.children.at(-1)
  if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value
  else parent.children.push(value)
}
