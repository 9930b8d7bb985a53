// Measuring a page for the main-content search, in one walk.
//
// Every element gets its visible text, the part of it in links, and its
// "flow": the text it shows as one run of inline content, not counting
// block children (a <p>'s whole text; a <div> of text and <br>s; a
// <td> of loose text). Elements with enough flow are paragraphs, and each
// paragraph votes for the containers above it, the way reader modes do:
// its parent gets its full weight, the grandparent half, the next ones a
// third of their distance. A paragraph inside something named like site
// chrome (comments, sidebars, related links) does not vote. A container's
// score is its votes plus hints from its tag and class, times the share of
// its text that is not links.

import type { WorkMeter } from '../work-meter.ts'
import { hostOf, sameSite } from './site-host.ts'
import { attr, BLOCK_TAGS, isElement, parentElement, searchable, visibleLength, type Element, type TextNode } from './tree.ts'

export interface Measure {
  text: number
  links: number
  paragraphs: number
  flow: number
  commas: number
  // The text of the paragraphs under it that voted.
  voted: number
  // The part of `links` whose links lead to another site than the page's.
  offsite: number
  // Its blocks of text other than list items and table cells: a chart's
  // labels or a video player's menus are many tiny ones.
  pieces: number
  // Headings (h2-h6) under it, and those of them that are links: a card of
  // another story is a linked headline and its summary.
  headings: number
  linkedHeadings: number
  // Video and audio players under it: a player's tag (not read as text),
  // or an element the site names for one ("imgTeaser video", "media-player";
  // not "player" alone, which a sports table names its rows by).
  players: number
}

export const NOTHING: Measure = { text: 0, links: 0, paragraphs: 0, flow: 0, commas: 0, voted: 0, offsite: 0, pieces: 0, headings: 0, linkedHeadings: 0, players: 0 }

export interface Scored {
  measures: Map<Element, Measure>
  // Container -> score, already discounted by link density.
  scores: Map<Element, number>
}

// Flow shorter than this is a caption, a label or a button, not a paragraph.
const MIN_FLOW = 25
const ANCESTORS = 5

// Names of chrome: a paragraph under these does not vote. "article",
// "body", "content", "main", "story" in the same name overrule them
// ("main-comments" is chrome, "article-body comments-on" is not).
const UNLIKELY = /banner|breadcrumb|comment|community|disqus|footer|gdpr|cookie|consent|menu|related|remark|replies|rss|sidebar|skyscraper|social|sponsor|popup|modal|newsletter|subscribe|signup|promo|trending|popular|most-?read|read-?(?:more|also|next)|recommend|outbrain|taboola|pagination|pager|share|widget|rail|teaser|(?:^|[^a-z])nav(?:[^a-z]|$)|navigation/
const MAYBE = /article|body|content|main|story|entry|text|post/
const UNLIKELY_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alertdialog'])
const NEVER_VOTES = new Set(['nav', 'aside', 'footer'])

// Tag and class hints for a container's score.
const POSITIVE = /article|story|content|entry|post|body|text|main|blog|hentry|prose|detail/
const NEGATIVE = /comment|sidebar|related|trending|popular|promo|newsletter|footer|(?:^|[^a-z])nav|menu|share|social|byline|author|meta|widget|sponsor|banner|teaser|card|rail|tags|(?:^|[^a-z])ads?(?:[^a-z]|$)|advert|masthead|header|caption|subscribe|recommend/
const ITEMPROP_BODY = /articleBody/i

// Class and id, lowercased. An id of four words or more is a heading's slug
// ("sharing-with-a-single-developer"), not a name the site chose.
// The names sites give components in data attributes ("newsletter-promo",
// "most-read") count too.
export function names(el: Element): string {
  const id = attr(el, 'id') ?? ''
  const data = `${attr(el, 'data-testid') ?? ''} ${attr(el, 'data-component') ?? ''}`
  return `${attr(el, 'class') ?? ''} ${id.split(/[-_]/).length >= 4 ? '' : id} ${data}`.toLowerCase()
}

export function isUnlikely(el: Element): boolean {
  if (NEVER_VOTES.has(el.tagName)) return true
  if (UNLIKELY_ROLES.has(attr(el, 'role')?.toLowerCase() ?? '')) return true
  const name = names(el)
  return UNLIKELY.test(name) && !MAYBE.test(name)
}

function classWeight(el: Element): number {
  let weight = 0
  const id = attr(el, 'id')
  for (const name of [attr(el, 'class'), id && id.split(/[-_]/).length < 4 ? id : undefined]) {
    if (!name) continue
    const lower = name.toLowerCase()
    if (NEGATIVE.test(lower)) weight -= 25
    if (POSITIVE.test(lower)) weight += 25
  }
  if (ITEMPROP_BODY.test(attr(el, 'itemprop') ?? '')) weight += 50
  return weight
}

function tagWeight(el: Element): number {
  switch (el.tagName) {
    case 'article': return 10
    case 'div': case 'main': case 'section': return 5
    case 'pre': case 'td': case 'blockquote': return 3
    case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': case 'address': return -3
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5
    default: return 0
  }
}

// Elements that are one paragraph, as opposed to holding loose text.
const LINES = new Set(['p', 'pre', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'figcaption', 'caption', 'summary', 'address'])
const COMMAS = /[,，、،]/g

// `strict`: paragraphs under chrome-named elements do not vote. A page
// whose whole layout wrapper has such a name ("two-col-sidebar-right")
// finds nothing that way and is scored again without it.
export function scorePage(top: Element, meter: WorkMeter, strict = true, site?: string): Scored {
  const measures = new Map<Element, Measure>()
  const votes = new Map<Element, number>()
  measure(top, !strict, measures, votes, meter, site)
  const scores = new Map<Element, number>()
  for (const [el, vote] of votes) {
    const m = measures.get(el) ?? NOTHING
    const density = m.text === 0 ? 0 : Math.min(1, m.links / m.text)
    scores.set(el, (vote + tagWeight(el) + classWeight(el)) * (1 - density))
  }
  return { measures, scores }
}

const NOT_PIECES = new Set(['li', 'dt', 'dd', 'td', 'th', 'tr'])
const PLAYER_TAGS = new Set(['video', 'audio', 'iframe', 'embed', 'object'])
const PLAYER_NAME = /video|media-?player/i
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

function measure(el: Element, state: boolean | 'quiet', measures: Map<Element, Measure>, votes: Map<Element, number>, meter: WorkMeter, site: string | undefined): Measure {
  const total = { ...NOTHING }
  // true: score everything; false: check names; 'quiet': under chrome.
  const next = state === false && isUnlikely(el) ? 'quiet' : state
  const quiet = next === 'quiet'
  for (const child of el.childNodes) {
    meter.step()
    if (child.nodeName === '#text') {
      const value = (child as TextNode).value
      const count = visibleLength(value)
      total.text += count
      total.flow += count
      total.commas += value.match(COMMAS)?.length ?? 0
    } else if (isElement(child) && searchable(child)) {
      const inner = measure(child, next, measures, votes, meter, site)
      total.text += inner.text
      total.links += inner.links
      total.offsite += inner.offsite
      total.pieces += inner.pieces
      total.paragraphs += inner.paragraphs
      total.voted += inner.voted
      total.headings += inner.headings
      total.linkedHeadings += inner.linkedHeadings
      total.players += inner.players
      if (!BLOCK_TAGS.has(child.tagName) && child.tagName !== 'br') {
        total.flow += inner.flow
        total.commas += inner.commas
      }
    } else if (isElement(child) && PLAYER_TAGS.has(child.tagName)) {
      total.players++
    }
  }
  if (PLAYER_NAME.test(attr(el, 'class') ?? '')) total.players++
  if (HEADINGS.has(el.tagName) && total.text > 0) {
    total.headings++
    if (total.links >= total.text * 0.8) total.linkedHeadings++
  }
  if (el.tagName === 'a') {
    // A headline wrapped in its link (<a><h3>…</h3></a>).
    total.linkedHeadings = total.headings
    total.links = total.text
    const host = hostOf(attr(el, 'href'))
    total.offsite = host && site && !sameSite(host, site) ? total.text : 0
  }
  // What a list item or table cell holds is not counted: a table of
  // figures or a list of short items is not a chart.
  if (NOT_PIECES.has(el.tagName)) total.pieces = 0
  else if (BLOCK_TAGS.has(el.tagName) && total.flow > 0) total.pieces++
  if (el.tagName === 'p') total.paragraphs = total.text
  measures.set(el, total)
  if (!quiet && BLOCK_TAGS.has(el.tagName) && !/^h1$|^t[hr]$/.test(el.tagName) && total.flow >= MIN_FLOW) {
    vote(el, total, votes)
    total.voted += total.flow - (total.links * total.flow) / Math.max(1, total.text)
  }
  return total
}

// A paragraph's weight: one, plus one per comma, plus one per hundred
// characters up to three. A <div> or <td> of loose text and <br>s holds its
// paragraphs itself, so its votes start with it.
function vote(paragraph: Element, m: Measure, votes: Map<Element, number>): void {
  const ownLinks = Math.min(1, m.links / Math.max(1, m.text))
  const weight = (1 + m.commas + Math.min(3, Math.floor(m.flow / 100))) * (1 - ownLinks)
  let at = LINES.has(paragraph.tagName) ? parentElement(paragraph) : paragraph
  for (let level = 0; at && level < ANCESTORS; level++, at = parentElement(at)) {
    if (at.tagName === 'html') break
    const share = level === 0 ? 1 : level === 1 ? 2 : level * 3
    votes.set(at, (votes.get(at) ?? 0) + weight / share)
  }
}
