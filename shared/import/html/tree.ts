// The few parse5 tree helpers the HTML importer's files share, and what is
// never article text (code, media, forms, hidden elements).

import type { DefaultTreeAdapterTypes } from 'parse5'

export type Page = DefaultTreeAdapterTypes.Document
export type Element = DefaultTreeAdapterTypes.Element
export type TreeNode = DefaultTreeAdapterTypes.Node
export type TextNode = DefaultTreeAdapterTypes.TextNode

export function isElement(node: TreeNode): node is Element {
  return 'tagName' in node
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value
}

function childNodes(node: TreeNode): TreeNode[] {
  return 'childNodes' in node ? node.childNodes : []
}

export function childElements(el: Element): Element[] {
  return el.childNodes.filter(isElement)
}

export function parentElement(el: Element): Element | undefined {
  const parent = el.parentNode
  return parent && isElement(parent) ? parent : undefined
}

// Elements under `node` in document order that `match`; `enter` decides
// which subtrees are searched at all.
export function findAll(node: TreeNode, match: (el: Element) => boolean, enter: (el: Element) => boolean = () => true): Element[] {
  const found: Element[] = []
  const visit = (current: TreeNode) => {
    for (const child of childNodes(current)) {
      if (!isElement(child)) continue
      if (match(child)) found.push(child)
      if (enter(child)) visit(child)
    }
  }
  visit(node)
  return found
}

export function findFirst(node: TreeNode, match: (el: Element) => boolean, enter: (el: Element) => boolean = () => true): Element | undefined {
  for (const child of childNodes(node)) {
    if (!isElement(child)) continue
    if (match(child)) return child
    const inner = enter(child) ? findFirst(child, match, enter) : undefined
    if (inner) return inner
  }
  return undefined
}

// The text a reader would see, never that of script, style and the like.
// One list of pieces for the whole subtree: joining per level would copy the
// text once for every element it is nested in.
export function textOf(node: TreeNode, enter: (el: Element) => boolean = isReadable): string {
  const pieces: string[] = []
  const visit = (current: TreeNode) => {
    if (current.nodeName === '#text') pieces.push((current as TextNode).value)
    else if (!isElement(current) || enter(current)) for (const child of childNodes(current)) visit(child)
  }
  visit(node)
  return pieces.join('')
}

export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim()
}

// Code, embedded documents and media, form controls and the head: their text
// (if any) is not something the page shows as prose.
const NEVER_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed',
  'applet', 'param', 'portal', 'fencedframe', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track',
  'picture', 'img', 'map', 'area', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'datalist',
  'textarea', 'output', 'dialog', 'head', 'title', 'meta', 'link', 'base',
  // Ruby annotations (furigana, pinyin) sit above the text, not in it.
  'rt', 'rp',
  // AMP's ads, analytics, consent and menus (their placeholders say "Advertisement").
  'amp-ad', 'amp-embed', 'amp-sticky-ad', 'amp-analytics', 'amp-pixel', 'amp-consent', 'amp-sidebar', 'amp-social-share', 'amp-iframe', 'amp-video', 'amp-youtube',
])

function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true
  return /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attr(el, 'style') ?? '')
}

export function isReadable(el: Element): boolean {
  return !NEVER_CONTENT.has(el.tagName) && !isHidden(el)
}

// Some old sites (ASP.NET WebForms) wrap the whole page in one <form>, so the
// search for the article goes through forms even though their text is dropped.
export function searchable(el: Element): boolean {
  return el.tagName === 'form' || isReadable(el)
}

// Elements that start a new line in a browser; anything else is inline.
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'address', 'figure', 'figcaption',
  'dl', 'dt', 'dd', 'details', 'summary', 'hr', 'center', 'hgroup', 'fieldset', 'legend', 'caption', 'body', 'html',
  'li', 'ul', 'ol', 'menu', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'form',
])

// Visible characters, spaces not counted.
export function visibleLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0xa0 && c !== 0x3000) count++
  }
  return count
}
