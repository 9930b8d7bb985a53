// Where the article is on a web page, the way a reader mode finds it, and
// which elements inside it are not the article.
//
// 1. Paragraphs vote for the containers above them (main-content-score.ts);
//    the container with the best score is the story's candidate
//    (main-content-candidate.ts, which also does steps 2 and 3).
// 2. When several good candidates share a close ancestor (a live blog's
//    posts, a story split into sections), or the parent scores higher,
//    the candidate moves up to it.
// 3. Its siblings that score close to it, or are plain paragraphs, join it
//    (the story split by an ad slot).
// 4. The article's h1, when it sits just above the content, is taken too
//    (main-content-headline.ts); what sits beside the h1 (kicker, byline,
//    date, share buttons) is not.
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

import { attr, childElements, findAll, findFirst, isElement, isReadable, parentElement, searchable, visibleLength, type Element, type Page, type TextNode } from './tree.ts'
import { NOTHING, scorePage, type Measure, type Scored } from './main-content-score.ts'
import { candidate, contains, ranked } from './main-content-candidate.ts'
import { nearHeadline, pageTitle } from './main-content-headline.ts'
import { leadChunks } from './main-content-lead.ts'
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
  if (!found) return withLittleText(whole(top, fallbackRoot(top, of), of, meter), of(top).text, meter)
  const { best, text } = found
  const headline = nearHeadline(found.members, top, of, pageTitle(page))
  const members = [...leadChunks(found.members, headline, top, of, meter), ...found.members]
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
  let content = select(root, path, new Set(members), headline, of, top, unsure, meter)
  // Names that lie: when the story's own sections are named like chrome,
  // pruning by name leaves a headline and next to nothing of the text that
  // chose this root. Then the names are not believed. (A story beside a
  // gallery larger than itself keeps its text, and its gallery goes.)
  if (text >= LITTLE_TEXT * 2 && keptText(content, LITTLE_TEXT, meter) < LITTLE_TEXT) {
    const untrusting = select(root, path, new Set(members), headline, of, top, unsure, meter, false)
    if (keptText(untrusting, LITTLE_TEXT * 2, meter) >= LITTLE_TEXT * 2) content = untrusting
  }
  if (!content.unsure && isStoryList(content, of, text)) content.unsure = 'it looks like a list of stories rather than one'
  return withLittleText(content, of(top).text, meter)
}

// What is left once chrome is pruned may be a stub among comments, a
// paywall's teaser, a headline over a story a script would have drawn, or
// a copyright line on a page of menus. The page's links count as its
// text here: a page of nothing but menus is no short note.
function withLittleText(content: MainContent, pageText: number, meter: WorkMeter): MainContent {
  if (content.unsure) return content
  const kept = keptText(content, LITTLE_TEXT, meter)
  if (kept < LITTLE_TEXT && pageText - kept >= kept * 0.5 + LITTLE_TEXT) content.unsure = 'it has very little text'
  return content
}

// The whole page as the article: the user's choice when the search is unsure.
export function wholePage(page: Page): MainContent {
  const html = findFirst(page, (el) => el.tagName === 'html', () => false)
  const top = (html && childElements(html).find((el) => el.tagName === 'body')) ?? html
  if (!top) throw new Error('parse5 always builds an <html> element')
  return { root: top, headline: findFirst(top, (el) => el.tagName === 'h1', isReadable), byline: undefined, skip: (el) => !isReadable(el), unsure: undefined }
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
