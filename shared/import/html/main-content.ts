// Where the article is on a web page, the way a reader mode finds it, and
// which elements inside it are not the article (menus, ads, related links).
// Also the few tree helpers the HTML importer's files share.
//
// The content root, in order of preference:
// - an <article>, the one with the most paragraph text if there are several;
// - <main> or [role=main];
// - the element whose own <p> children hold the most text, discounted by
//   its share of link text (a list of links is not an article), widened to
//   a close ancestor holding the headline if it has none;
// - <body>.
// Inside the root, chrome is skipped: nav and aside, header and footer that
// hold neither the headline nor the byline, landmark roles of site chrome,
// elements whose class or id names a kind of chrome, and hidden elements. The headline and byline always survive, and so
// does any element holding most of the root's paragraph text, whatever its
// class says ("story-body has-share-bar" is still the story).

import type { DefaultTreeAdapterTypes } from 'parse5'

export type Page = DefaultTreeAdapterTypes.Document
export type Element = DefaultTreeAdapterTypes.Element
type TreeNode = DefaultTreeAdapterTypes.Node

// ---- Tree helpers ----------------------------------------------------------

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
    if (current.nodeName === '#text') pieces.push((current as DefaultTreeAdapterTypes.TextNode).value)
    else if (!isElement(current) || enter(current)) for (const child of childNodes(current)) visit(child)
  }
  visit(node)
  return pieces.join('')
}

export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim()
}

// ---- What is never article text --------------------------------------------

// Code, embedded documents and media, form controls and the head: their text
// (if any) is not something the page shows as prose.
export const NEVER_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'noframes', 'object', 'embed',
  'applet', 'param', 'portal', 'fencedframe', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track',
  'picture', 'img', 'map', 'area', 'form', 'input', 'button', 'select', 'option', 'optgroup', 'datalist',
  'textarea', 'output', 'dialog', 'head', 'title', 'meta', 'link', 'base',
  // Ruby annotations (furigana, pinyin) sit above the text, not in it.
  'rt', 'rp',
])

function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined) return true
  return /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(attr(el, 'style') ?? '')
}

function isReadable(el: Element): boolean {
  return !NEVER_CONTENT.has(el.tagName) && !isHidden(el)
}

// Some old sites (ASP.NET WebForms) wrap the whole page in one <form>, so the
// search for the article goes through forms even though their text is dropped.
function searchable(el: Element): boolean {
  return el.tagName === 'form' || isReadable(el)
}

// ---- Chrome ----------------------------------------------------------------

const CHROME_TAGS = new Set(['nav', 'aside'])
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search'])
const CHROME_WORDS = /nav|menu|cookie|banner|advert|promo|related|share|social|newsletter|subscribe|comment|footer|sidebar/
// "ad" and "ads" only as a whole word part, so "lead-in" and "head-line" are not ads.
const AD_WORD = /(?:^|[^a-z0-9])ads?(?:[^a-z0-9]|$)/
const BYLINE_WORDS = /byline|author/

function names(el: Element): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.toLowerCase()
}

function hasChromeName(el: Element): boolean {
  const name = names(el)
  return CHROME_WORDS.test(name) || AD_WORD.test(name)
}

// ---- Measuring text --------------------------------------------------------

// Visible characters (spaces not counted) under an element: all of them, in
// links, in <p>s, and "prose": neither in links nor in chrome. Measured once
// for the whole page, since every candidate is compared with its ancestors.
interface Measure { text: number; links: number; paragraphs: number; prose: number }
type Measures = Map<Element, Measure>

const NOTHING: Measure = { text: 0, links: 0, paragraphs: 0, prose: 0 }

function measureAll(top: Element): Measures {
  const measures: Measures = new Map()
  measure(top, measures)
  return measures
}

function measure(el: Element, measures: Measures): Measure {
  const total = { text: 0, links: 0, paragraphs: 0, prose: 0 }
  for (const child of el.childNodes) {
    if (child.nodeName === '#text') {
      const count = visibleLength((child as DefaultTreeAdapterTypes.TextNode).value)
      total.text += count
      total.prose += count
    } else if (isElement(child) && searchable(child)) {
      const inner = measure(child, measures)
      total.text += inner.text
      total.links += inner.links
      total.paragraphs += inner.paragraphs
      total.prose += inner.prose
    }
  }
  if (el.tagName === 'a') [total.links, total.prose] = [total.text, 0]
  if (el.tagName === 'p') total.paragraphs = total.text
  if (isChromeByItself(el)) total.prose = 0
  measures.set(el, total)
  return total
}

function visibleLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) count++
  }
  return count
}

// ---- Finding the root ------------------------------------------------------

export interface MainContent {
  root: Element
  // The article's first h1, and the first element named byline or author.
  headline: Element | undefined
  byline: Element | undefined
  // Whether the element, met while walking the root, is left out with its text.
  skip(el: Element): boolean
}

export function findMainContent(page: Page): MainContent {
  const html = findFirst(page, (el) => el.tagName === 'html', () => false)
  const body = html && childElements(html).find((el) => el.tagName === 'body' || el.tagName === 'frameset')
  const top = body ?? html
  if (!top) throw new Error('parse5 always builds an <html> element')
  const measures = measureAll(top)
  const of = (el: Element) => measures.get(el) ?? NOTHING
  const root = bestArticle(top, of) ?? mainElement(top) ?? bestScored(top, of) ?? top
  return prune(root, of)
}

function isChromeByItself(el: Element): boolean {
  return CHROME_TAGS.has(el.tagName) || el.tagName === 'header' || el.tagName === 'footer' || hasChromeName(el)
}

function bestArticle(top: Element, of: (el: Element) => Measure): Element | undefined {
  const articles = findAll(top, (el) => el.tagName === 'article' && !hasChromeName(el), searchable)
  let best: Element | undefined
  let bestText = 0
  for (const article of articles) {
    const text = of(article).paragraphs
    if (text > bestText) [best, bestText] = [article, text]
  }
  return best
}

function mainElement(top: Element): Element | undefined {
  return findFirst(top, (el) => el.tagName === 'main' || attr(el, 'role')?.toLowerCase() === 'main', searchable)
}

// Only when it holds at least half of the page's prose (text outside links
// and chrome): in a bare fragment
// ("<p>..</p><ul>..</ul><blockquote><p>..</p></blockquote>") the whole body
// is the article, not its one quote.
function bestScored(top: Element, of: (el: Element) => Measure): Element | undefined {
  const candidates = findAll(top, (el) => !isChromeByItself(el), searchable)
  let best: Element | undefined
  let bestScore = 0
  for (const el of candidates) {
    const direct = childElements(el).reduce((sum, child) => sum + (child.tagName === 'p' ? of(child).text : 0), 0)
    if (direct === 0) continue
    const { text, links } = of(el)
    const score = direct * (1 - Math.min(1, links / text))
    if (score > bestScore) [best, bestScore] = [el, score]
  }
  if (!best) return undefined
  const widened = widenToHeadline(best, top)
  return of(widened).prose * 2 >= of(top).prose ? widened : undefined
}

// The text often sits in a div next to the headline ("<div class=post><h1>
// <div class=entry><p>..."); take up to two levels of parents to include it.
function widenToHeadline(el: Element, top: Element): Element {
  const hasH1 = (e: Element) => findFirst(e, (h) => h.tagName === 'h1', isReadable) !== undefined
  if (hasH1(el)) return el
  let current = el
  for (let step = 0; step < 2; step++) {
    const parent = current.parentNode
    if (!parent || !isElement(parent) || parent === top) break
    current = parent
    if (hasH1(current)) return current
  }
  return el
}

// ---- Pruning inside the root -----------------------------------------------

function prune(root: Element, of: (el: Element) => Measure): MainContent {
  const headline = findFirst(root, (el) => el.tagName === 'h1', isReadable)
  const notAside = (el: Element) => isReadable(el) && !CHROME_TAGS.has(el.tagName)
  const byline = findFirst(root, (el) => BYLINE_WORDS.test(names(el)), notAside)
  const kept = new Set<Element>()
  for (const el of [headline, byline]) {
    for (let at: Element | undefined = el; at && at !== root; at = parentElement(at)) kept.add(at)
  }
  const rootText = of(root).paragraphs
  const isChrome = (el: Element): boolean => {
    if (kept.has(el)) return false
    if (CHROME_TAGS.has(el.tagName) || el.tagName === 'header' || el.tagName === 'footer') return true
    if (CHROME_ROLES.has(attr(el, 'role')?.toLowerCase() ?? '')) return true
    return hasChromeName(el) && !(rootText > 0 && of(el).paragraphs * 2 >= rootText)
  }
  return { root, headline, byline, skip: (el) => !isReadable(el) || (el !== root && isChrome(el)) }
}

function parentElement(el: Element): Element | undefined {
  const parent = el.parentNode
  return parent && isElement(parent) ? parent : undefined
}
