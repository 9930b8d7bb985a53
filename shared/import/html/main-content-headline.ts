// The story's headline: the h1 the page's title repeats, else the h1 inside
// the content, else the longest h1 a few levels above it. What sits beside
// it (kicker, byline, share buttons) is not taken with it.

import { attr, childElements, collapseSpaces, findAll, findFirst, parentElement, searchable, textOf, type Element, type Page } from './tree.ts'
import type { Measure } from './main-content-score.ts'

const HEADLINE_REACH = 3
const NEVER_VOTES = new Set(['nav', 'aside', 'footer'])

// The h1 inside the content, else the longest one within a few levels
// above it (a site's logo in an h1 is shorter than the story's headline).
export function nearHeadline(members: Element[], top: Element, of: (el: Element) => Measure, titles: string[]): Element | undefined {
  const isH1 = (el: Element) => el.tagName === 'h1'
  // A page wrapped in one <form> (ASP.NET) has its headline in it too.
  const enter = (el: Element) => searchable(el) && !NEVER_VOTES.has(el.tagName)
  const named = titleHeadline(top, titles, enter, of)
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

// The heading whose words the page's title repeats ("What I learned | by
// P. Raman | Medium"): the story's headline even when its body has h1
// headings of its own. A short match is the site's name in a logo, not the
// headline. Each of <title>, og:title and twitter:title is a title of its
// own (a page repeating its headline in all three is not a longer title).
// Some sites set the headline as an h2 or h3 ("ap-story-headline"); such a
// heading must say most of a title, and not as a link (a card's headline).
function titleHeadline(top: Element, titles: string[], enter: (el: Element) => boolean, of: (el: Element) => Measure): Element | undefined {
  const longest = titles.reduce((n, title) => Math.max(n, title.length), 0)
  if (longest === 0) return undefined
  let best: Element | undefined
  let bestRank = 0
  for (const heading of findAll(top, (el) => TITLE_TAGS.has(el.tagName), enter)) {
    // Longer than every title cannot be in one; reading it would cost its size.
    const m = of(heading)
    if (m.text < 10 || m.text > longest || m.links * 2 > m.text) continue
    const text = collapseSpaces(textOf(heading)).toLowerCase()
    if (text.length < 15) continue
    const share = heading.tagName === 'h1' ? 0.3 : 0.6
    if (!titles.some((title) => text.length >= title.length * share && title.includes(text))) continue
    // An h1 first, then the longest.
    const rank = text.length + (heading.tagName === 'h1' ? longest + 1 : 0)
    if (rank > bestRank) [best, bestRank] = [heading, rank]
  }
  return best
}

const TITLE_TAGS = new Set(['h1', 'h2', 'h3'])

// The page's <title>, og:title and twitter:title, each lowercased, spaces
// collapsed.
export function pageTitle(page: Page): string[] {
  const head = findFirst(page, (el) => el.tagName === 'head', (el) => el.tagName === 'html')
  if (!head) return []
  const titles: string[] = []
  for (const el of childElements(head)) {
    let title: string | undefined
    if (el.tagName === 'title') title = textOf(el, () => true)
    else if (el.tagName === 'meta' && /^(?:og|twitter):title$/i.test(attr(el, 'property') ?? attr(el, 'name') ?? '')) title = attr(el, 'content')
    if (title) titles.push(collapseSpaces(title).toLowerCase())
  }
  return titles
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
