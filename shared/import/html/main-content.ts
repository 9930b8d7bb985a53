// Where the article is on a web page, the way a reader mode finds it, and
// which elements inside it are not the article.
//
// 1. Paragraphs vote for the containers above them (main-content-score.ts);
//    the container with the best score is the story's candidate.
// 2. When several good candidates share a close ancestor (a live blog's
//    posts, a story split into sections), or the parent scores higher,
//    the candidate moves up to it.
// 3. Its siblings that score close to it, or are plain paragraphs, join it
//    (the story split by an ad slot).
// 4. The article's h1, when it sits just above the content, is taken too;
//    what sits beside the h1 (kicker, byline, date, share buttons) is not.
// 5. Inside, chrome is skipped (main-content-prune.ts): nav, aside,
//    footer, headers without the headline, landmark roles of site chrome,
//    elements named like chrome, bylines and author boxes (metadata, not
//    body), lists and boxes that are mostly links, "Read more" lines,
//    hidden elements.
// The answer says when it is unsure: very little text, look-alike parts,
// a rival elsewhere as good, most text outside it, or a list of stories.
//
// Every step is one walk of the tree or a walk up a bounded chain of
// parents, so the work stays linear in the page's size; the walks that
// measure the page count their steps on the import's WorkMeter.

import { attr, childElements, collapseSpaces, findAll, findFirst, isElement, isReadable, parentElement, searchable, textOf, visibleLength, type Element, type Page, type TextNode } from './tree.ts'
import { isUnlikely, names, NOTHING, scorePage, type Measure, type Scored } from './main-content-score.ts'
import { siteHost } from './site-host.ts'
import { hasChromeName, select, type MainContent } from './main-content-prune.ts'
import type { WorkMeter } from '../work-meter.ts'

export { attr, childElements, collapseSpaces, findAll, findFirst, isElement, textOf } from './tree.ts'
export type { Element, Page } from './tree.ts'
export type { MainContent } from './main-content-prune.ts'

// Less story text than this is a teaser, a stub or a page of links.
const LITTLE_TEXT = 250
// A rival candidate scoring this close to the chosen one makes it a guess.
const RIVAL_SHARE = 0.8
const HEADLINE_REACH = 3
const NEVER_VOTES = new Set(['nav', 'aside', 'footer'])

export function findMainContent(page: Page, meter: WorkMeter): MainContent {
  const html = findFirst(page, (el) => el.tagName === 'html', () => false)
  const body = html && childElements(html).find((el) => el.tagName === 'body' || el.tagName === 'frameset')
  const top = body ?? html
  if (!top) throw new Error('parse5 always builds an <html> element')
  const site = siteHost(page, meter)
  let scored = scorePage(top, meter, true, site)
  let found = candidate(top, scored)
  if (!found || found.text < LITTLE_TEXT * 2) {
    const loose = scorePage(top, meter, false, site)
    const again = candidate(top, loose)
    if (again && again.text > (found?.text ?? 0) * 2) [scored, found] = [loose, again]
  }
  const of = (el: Element) => scored.measures.get(el) ?? NOTHING
  if (!found) return whole(top, fallbackRoot(top, of), of, meter)
  const { best, members, text } = found
  const headline = nearHeadline(members, top, of, pageTitle(page))
  const { root, path } = rootOf(members, headline)
  // Doubt matters only when the rest of the page holds much more text: a
  // short note or a pasted fragment is all there is.
  const rest = of(top).text - of(top).links - text
  const voted = members.reduce((sum, m) => sum + of(m).voted, 0)
  const unsure = lookAlikes(best, members, scored) >= 3 ? 'several parts of the page look equally like the article'
    : rest < text * 0.5 + LITTLE_TEXT ? undefined
    : text < LITTLE_TEXT ? 'it has very little text'
    : rivalOf(best, members, scored) ? 'several parts of the page look equally like the article'
    : voted * 2 < of(top).voted - voted ? 'most of the page\'s text is outside it' : undefined
  const content = select(root, path, new Set(members), headline, of, top, unsure, meter)
  if (!content.unsure && isStoryList(content, of, text)) content.unsure = 'it looks like a list of stories rather than one'
  // What is left once chrome is pruned may be a stub among comments.
  if (!content.unsure) {
    const kept = keptText(content, LITTLE_TEXT, meter)
    const page = of(top).text - of(top).links
    if (kept < LITTLE_TEXT && page - kept >= kept * 0.5 + LITTLE_TEXT) content.unsure = 'it has very little text'
  }
  return content
}

// The whole page as the article: the user's choice when the search is unsure.
export function wholePage(page: Page): MainContent {
  const html = findFirst(page, (el) => el.tagName === 'html', () => false)
  const top = (html && childElements(html).find((el) => el.tagName === 'body')) ?? html
  if (!top) throw new Error('parse5 always builds an <html> element')
  return { root: top, headline: findFirst(top, (el) => el.tagName === 'h1', isReadable), byline: undefined, skip: (el) => !isReadable(el), unsure: undefined }
}

// ---- The candidate ---------------------------------------------------------

function candidate(top: Element, scored: Scored): { best: Element; members: Element[]; text: number } | undefined {
  const best = bestCandidate(top, scored)
  if (!best) return undefined
  const members = withSiblings(best, scored)
  const of = (el: Element) => scored.measures.get(el) ?? NOTHING
  return { best, members, text: members.reduce((sum, m) => sum + of(m).text - of(m).links, 0) }
}

function ranked(scored: Scored): [Element, number][] {
  return [...scored.scores].filter(([, score]) => score > 0).sort((a, b) => b[1] - a[1])
}

function bestCandidate(top: Element, scored: Scored): Element | undefined {
  const list = ranked(scored)
  const first = list[0]
  if (!first) return undefined
  let [best, bestScore] = first
  best = sharedAncestor(best, bestScore, list.slice(1, 6), top) ?? best
  bestScore = scored.scores.get(best) ?? bestScore
  // Up while the parent holds at least a third as much and, once it holds
  // more, take it.
  let last = bestScore
  for (let parent = parentElement(best); parent && parent !== top; parent = parentElement(parent)) {
    const score = scored.scores.get(parent)
    if (score === undefined) continue
    if (score < last / 3) break
    if (score > last) {
      best = parent
      break
    }
    last = score
  }
  // A parent holding several times the voting text, and not as a list of
  // links, is the article; the candidate was one part of it (a video box
  // with a long caption, one section of a long read).
  const of = (el: Element) => scored.measures.get(el) ?? NOTHING
  const floor = (scored.scores.get(best) ?? 0) * 0.6
  for (let parent = parentElement(best); parent && parent !== top; parent = parentElement(parent)) {
    const m = of(parent)
    if (m.voted < of(best).voted * 4 || m.links > m.text * 0.4 || (scored.scores.get(parent) ?? 0) < floor) break
    best = parent
  }
  // A wrapper around the candidate alone says nothing new; its parent may.
  for (let parent = parentElement(best); parent && parent !== top && childElements(parent).length === 1; parent = parentElement(parent)) best = parent
  return best
}

// Three or more strong candidates under one ancestor: the ancestor is the
// article (posts of a live blog, sections of a long read).
function sharedAncestor(best: Element, bestScore: number, others: [Element, number][], top: Element): Element | undefined {
  const strong = others.filter(([el, score]) => score >= bestScore * 0.75 && !contains(el, best) && !contains(best, el)).map(([el]) => el)
  if (strong.length < 2) return undefined
  for (let at = parentElement(best); at && at !== top; at = parentElement(at)) {
    if (strong.filter((el) => contains(at, el)).length >= 2) return at
  }
  return undefined
}

function contains(outer: Element, inner: Element): boolean {
  for (let at: Element | undefined = inner; at; at = parentElement(at)) if (at === outer) return true
  return false
}

// The candidate's siblings that score close to it or read as prose join
// it. When the candidate's parent holds nothing else worth reading (the
// story body in a wrapper beside an ad), the parent's siblings are looked
// at too: the story's first part may sit in a wrapper of its own.
function withSiblings(best: Element, scored: Scored): Element[] {
  const of = (el: Element) => scored.measures.get(el) ?? NOTHING
  const bestScore = scored.scores.get(best) ?? 0
  const threshold = Math.max(10, bestScore * 0.2)
  const bestVoted = of(best).voted
  const members: Element[] = [best]
  let anchor = best
  for (let level = 0; level < 2; level++) {
    const parent = parentElement(anchor)
    if (!parent) break
    const anchorClass = attr(anchor, 'class')
    let before = true
    for (const sibling of childElements(parent)) {
      if (sibling === anchor) before = false
      if (sibling === anchor || !isReadable(sibling) || isUnlikely(sibling)) continue
      const bonus = anchorClass && attr(sibling, 'class') === anchorClass ? bestScore * 0.2 : 0
      const score = scored.scores.get(sibling)
      const m = of(sibling)
      // Cousins (siblings of a wrapper) must hold a real share of the story.
      const minVoted = level === 0 ? Math.max(100, bestVoted * 0.1) : Math.max(300, bestVoted * 0.2)
      if (score !== undefined && score + bonus >= threshold && m.voted >= minVoted) members.push(sibling)
      // Paragraphs nested too deep to vote this high still make a part of the story.
      else if (score === undefined && m.voted >= Math.max(500, bestVoted * 0.3) && m.links < m.text * 0.1) members.push(sibling)
      else if (sibling.tagName === 'p' && isProse(of(sibling))) members.push(sibling)
      // The lead picture's caption belongs to the story it illustrates.
      else if (sibling.tagName === 'figure' || (before && isLeadPicture(sibling, of(sibling)))) members.push(sibling)
      // A list of the story's key points above it.
      else if (before && isKeyPoints(sibling, m)) members.push(sibling)
    }
    const grand = parentElement(parent)
    if (!grand || of(parent).voted > bestVoted * 1.05 || members.length > 1) break
    anchor = parent
  }
  return members
}

// A picture above the story with its caption in a <div> (no <figure>):
// short, no links, not named like chrome or a byline.
function isLeadPicture(el: Element, m: Measure): boolean {
  if (m.text === 0 || m.text > 300 || m.links > 0 || hasChromeName(el) || /author|byline|bio/.test(names(el))) return false
  return !!findFirst(el, (inner) => inner.tagName === 'img' || inner.tagName === 'picture', () => true)
}

// A box of plain sentences in a list, no links, not named like chrome:
// "Key points", "What we know", "Summary".
function isKeyPoints(el: Element, m: Measure): boolean {
  if (m.text < 60 || m.text > 1500 || m.links > m.text * 0.1 || hasChromeName(el)) return false
  const list = (child: Element) => child.tagName === 'ul' || child.tagName === 'ol'
  return list(el) || childElements(el).some(list)
}

function isProse(m: Measure): boolean {
  const density = m.text === 0 ? 1 : m.links / m.text
  return (m.text > 80 && density < 0.25) || (m.text > 0 && density === 0 && m.flow === m.text && m.text > 40)
}

// Another candidate, outside the chosen content, nearly as good.
function rivalOf(best: Element, members: Element[], scored: Scored): boolean {
  const bestScore = scored.scores.get(best) ?? 0
  // The first few are enough: past them no score comes close.
  for (const [el, score] of ranked(scored).slice(0, 10)) {
    if (score < bestScore * RIVAL_SHARE) return false
    if (members.some((m) => contains(m, el) || contains(el, m))) continue
    return true
  }
  return false
}

// Members scoring nearly as well as the best: three stories side by side on
// a front page rather than one story.
function lookAlikes(best: Element, members: Element[], scored: Scored): number {
  const bestScore = scored.scores.get(best) ?? 0
  return members.filter((m) => (scored.scores.get(m) ?? 0) >= bestScore * RIVAL_SHARE).length
}

// A front page or section page: many headings that are links to stories.
// Counted in what will be imported, so a "Read next" box that is dropped
// does not count.
function isStoryList(content: MainContent, of: (el: Element) => Measure, text: number): boolean {
  const kept = (el: Element) => !content.skip(el)
  const isLinkedHeading = (el: Element) => kept(el) && /^h[2-6]$/.test(el.tagName) && of(el).text > 0 && (of(el).links >= of(el).text * 0.8 || parentElement(el)?.tagName === 'a')
  const linked = findAll(content.root, isLinkedHeading, kept).length
  return linked >= 6 && linked * 350 >= text
}

// The visible text the import will take, counted up to `limit`.
function keptText(content: MainContent, limit: number, meter: WorkMeter): number {
  let count = 0
  const visit = (el: Element) => {
    for (const child of el.childNodes) {
      if (count >= limit) return
      meter.step()
      if (child.nodeName === '#text') count += visibleLength((child as TextNode).value)
      else if (isElement(child) && !content.skip(child)) visit(child)
    }
  }
  visit(content.root)
  return count
}

// ---- The headline ----------------------------------------------------------

// The h1 inside the content, else the longest one within a few levels
// above it (a site's logo in an h1 is shorter than the story's headline).
function nearHeadline(members: Element[], top: Element, of: (el: Element) => Measure, title: string): Element | undefined {
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
function pageTitle(page: Page): string {
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

// The lowest element holding the content and the headline, and the
// elements on the way down to them, whose other children are left out.
// Each target climbs only until it meets a known ancestor, so the work is
// the length of the climbs, not targets times depth.
function rootOf(members: Element[], headline: Element | undefined): { root: Element; path: Set<Element> } {
  const parent = parentElement(members[0]!)
  const targets = headline && !members.some((m) => contains(m, headline)) ? [...members, headline] : members
  if (targets.length === 1 || !parent) return { root: members[0]!, path: new Set() }
  // Ancestors of the first target, numbered from it upwards.
  const height = new Map<Element, number>()
  let n = 0
  for (let at = parentElement(targets[0]!); at; at = parentElement(at)) height.set(at, n++)
  let top = 0
  const climbs: Element[][] = []
  for (const target of targets.slice(1)) {
    const climb: Element[] = []
    let at = parentElement(target)
    while (at && !height.has(at)) {
      climb.push(at)
      at = parentElement(at)
    }
    if (at) top = Math.max(top, height.get(at)!)
    climbs.push(climb)
  }
  let root = parent
  for (let at = parentElement(targets[0]!), i = 0; at; at = parentElement(at), i++) if (i === top) root = at
  const path = new Set<Element>([root])
  for (let at = parentElement(targets[0]!); at && at !== root; at = parentElement(at)) path.add(at)
  for (const climb of climbs) for (const el of climb) path.add(el)
  return { root, path }
}

// ---- No paragraphs at all --------------------------------------------------

// A page too small to vote: its <article> with the most text, its <main>,
// or its body.
function fallbackRoot(top: Element, of: (el: Element) => Measure): Element {
  let best: Element | undefined
  let bestText = 0
  for (const article of findAll(top, (el) => el.tagName === 'article' && !hasChromeName(el), searchable)) {
    const text = of(article).text
    if (text > bestText) [best, bestText] = [article, text]
  }
  return best ?? findFirst(top, (el) => el.tagName === 'main' || attr(el, 'role')?.toLowerCase() === 'main', searchable) ?? top
}

function whole(top: Element, root: Element, of: (el: Element) => Measure, meter: WorkMeter): MainContent {
  const text = of(root).text - of(root).links
  const rest = of(top).text - of(top).links - text
  const unsure = text < LITTLE_TEXT && rest >= text * 0.5 + LITTLE_TEXT ? 'it has very little text' : undefined
  return select(root, new Set(), new Set([root]), findFirst(root, (el) => el.tagName === 'h1', isReadable), of, top, unsure, meter)
}
