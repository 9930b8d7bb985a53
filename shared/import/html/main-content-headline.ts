// The story's headline: the h1 the page's title repeats, else the h1 inside
// the content, else the longest h1 a few levels above it. What sits beside
// it (kicker, byline, share buttons) is not taken with it.

import { attr, childElements, collapseSpaces, findAll, findFirst, isReadable, parentElement, textOf, type Element, type Page } from './tree.ts'
import type { Measure } from './main-content-score.ts'

const HEADLINE_REACH = 3
const NEVER_VOTES = new Set(['nav', 'aside', 'footer'])

// The h1 inside the content, else the longest one within a few levels
// above it (a site's logo in an h1 is shorter than the story's headline).
export function nearHeadline(members: Element[], top: Element, of: (el: Element) => Measure, title: string): Element | undefined {
  const isH1 = (el: Element) => el.tagName === 'h1'
  const enter = (el: Element) => isReadable(el) && !NEVER_VOTES.has(el.tagName)
  const named = titleHeadline(top, title, enter, of)
  if (named) return named
  for (const member of members) {
    const inside = isH1(member) ? member : findFirst(member, isH1, enter)
    if (inside) return inside
  }
  let at = parentElement(members[0]!)
  for (let step = 0; at && step < HEADLINE_REACH; step++, at = at === top ? undefined : parentElement(at)) {
    let best: Element | undefined
    for (const h1 of within(at, HEADLINE_REACH + 1, isH1, enter)) if (!best || of(h1).text > of(best).text) best = h1
    if (best) return best
  }
  return undefined
}

// The h1 whose words the page's title repeats ("What I learned | by P. Raman
// | Medium"): the story's headline even when its body has h1 headings of
// its own. A short match is the site's name in a logo, not the headline.
function titleHeadline(top: Element, title: string, enter: (el: Element) => boolean, of: (el: Element) => Measure): Element | undefined {
  if (title.length === 0) return undefined
  let best: Element | undefined
  let bestLength = 0
  for (const h1 of findAll(top, (el) => el.tagName === 'h1', enter)) {
    // Longer than the title cannot be in it; reading it would cost its size.
    if (of(h1).text > title.length) continue
    const text = collapseSpaces(textOf(h1)).toLowerCase()
    if (text.length >= 15 && text.length >= title.length * 0.3 && text.length > bestLength && title.includes(text)) [best, bestLength] = [h1, text.length]
  }
  return best
}

// The page's <title> and og:title, lowercased, spaces collapsed.
export function pageTitle(page: Page): string {
  const head = findFirst(page, (el) => el.tagName === 'head', (el) => el.tagName === 'html')
  if (!head) return ''
  const parts: string[] = []
  for (const el of childElements(head)) {
    if (el.tagName === 'title') parts.push(textOf(el, () => true))
    else if (el.tagName === 'meta' && /^(?:og|twitter):title$/i.test(attr(el, 'property') ?? attr(el, 'name') ?? '')) parts.push(attr(el, 'content') ?? '')
  }
  return collapseSpaces(parts.join(' \n ')).toLowerCase()
}

// Like findAll, but no deeper than `depth` levels below `node`.
function within(node: Element, depth: number, match: (el: Element) => boolean, enter: (el: Element) => boolean): Element[] {
  const found: Element[] = []
  const visit = (el: Element, left: number) => {
    for (const child of childElements(el)) {
      if (match(child)) found.push(child)
      if (left > 1 && enter(child)) visit(child, left - 1)
    }
  }
  visit(node, depth)
  return found
}
