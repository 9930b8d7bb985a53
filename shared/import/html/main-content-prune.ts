// What is left out inside the article's content, once it is found
// (main-content.ts): nav, aside, footer, headers without the headline,
// landmark roles of site chrome, elements named like chrome, bylines and
// author boxes (metadata, not body), boxes and lists that are mostly links,
// "Read more" lines, hidden elements; and, beside the headline, what sits
// with it (kicker, byline, date, share buttons).

import { READ_MORE } from './read-more.ts'
import { attr, childElements, findFirst, isReadable, parentElement, type Element } from './tree.ts'
import { names, type Measure } from './main-content-score.ts'
import { isMetadataList, isPopUpCard, isTimeOnly, NextSiblings } from './page-furniture.ts'
import { textStart } from './text-start.ts'
import { isCreditElement } from './credits.ts'
import type { WorkMeter } from '../work-meter.ts'

export interface MainContent {
  root: Element
  // The article's first h1, and the first element named byline or author.
  headline: Element | undefined
  byline: Element | undefined
  // Whether the element, met while walking the root, is left out with its text.
  skip(el: Element): boolean
  // Why the choice may be wrong, in the user's words; undefined when sure.
  unsure: string | undefined
}

const CHROME_TAGS = new Set(['nav', 'aside', 'footer'])
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog', 'alertdialog'])
const CHROME_WORDS = /(?:^|[^a-z])nav|(?:^|[^a-z])(?:button|btn)(?:[^a-z]|$)|menu|cookie|consent|banner|advert|promo|related|share|sharing|social|newsletter|subscribe|signup|comment|footer|sidebar|trending|popular|most-?read|read-?(?:more|also|next)|recommend|tags|breadcrumb|gallery|slideshow|carousel|pagination|toolbar|outbrain|taboola|sponsor|paywall(?!ed)|regwall/
const AD_WORD = /(?:^|[^a-z0-9])ads?(?:[^a-z0-9]|$)|(?:^|[^a-z0-9])ad-/
const PAYWALL = /paywall(?!ed)|regwall|subscriber-only|piano-(?:offer|template|inline)/
const NEVER_STORY = /gallery|slideshow|carousel|comment/
const COMMENTS = /comment|disqus|(?:^|[^a-z])(?:replies|reply|responses)(?:[^a-z]|$)/
const BYLINE_WORDS = /byline|author|(?:^|[^a-z])bio(?:[^a-z]|$)|contributor/
// A generated prefix may come first ("ssrcss-1if1g9v-VisuallyHidden").
const SCREEN_READER_ONLY = /(?:^|[\s_-])(?:sr-only|visually-?hidden|off-?screen|screen-?reader-?(?:text|only)|a11y-hidden|element-invisible)(?:\s|$)/i
const PLAYERS = new Set(['video', 'audio', 'iframe', 'embed', 'object'])
const LINKY = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table'])

export function hasChromeName(el: Element): boolean {
  const name = names(el)
  return CHROME_WORDS.test(name) || AD_WORD.test(name)
}

// `trustNames` false: class names are not taken for chrome (a site that
// names its story's sections "gallery--paragraph" or "Section--Ads"),
// except names of comments.
export function select(root: Element, path: Set<Element>, members: Set<Element>, headline: Element | undefined, of: (el: Element) => Measure, top: Element, unsure: string | undefined, meter: WorkMeter, trustNames = true): MainContent {
  // The headline's own block: its parents up to the first that holds real
  // text. Their other children are the byline, date, kicker and buttons.
  // A stub's one paragraph is short, so most of the story's voted text
  // marks real text too.
  const head = new Set<Element>()
  if (headline) {
    const own = of(headline).text
    const holdsStory = (el: Element) => of(el).paragraphs >= own + 200 || of(el).text >= own + 400 || (of(el).voted > 0 && of(el).voted * 2 >= of(root).voted)
    for (let at = parentElement(headline); at && at !== root && !holdsStory(at); at = parentElement(at)) head.add(at)
  }
  const standfirst = headline && standfirstOf(headline, of, [...members].reduce((sum, m) => sum + of(m).voted, 0))
  const kept = new Set<Element>()
  for (let at = headline; at && at !== root; at = parentElement(at)) kept.add(at)
  const byline = findFirst(root, isByline, notChrome) ?? findFirst(top, isByline, notChrome)
  const rootText = members.size === 1 && members.has(root) ? of(root).paragraphs : [...members].reduce((sum, m) => sum + of(m).paragraphs, 0)
  // Chunk classes of the root, the members and the elements on the way to
  // them (the headline may have lifted the root above the story's body).
  const chunks = new Map<Element, string | undefined>()
  const chunksOf = (parent: Element) => {
    if (!chunks.has(parent)) chunks.set(parent, chunkClass(parent, of))
    return chunks.get(parent)
  }
  const rootIsList = isCardList(of(root))
  const articleCounts = new Map<Element, number>()
  const nextSiblings = new NextSiblings()
  const headsLinks = (next: Element | undefined): boolean => {
    if (!next || kept.has(next)) return false
    const n = of(next)
    // A list, not a box: a wiki's section may hold only a "Main article:" link.
    return ((next.tagName === 'ul' || next.tagName === 'ol') && n.text > 0 && n.links / n.text > 0.5 && !citesSources(next, n)) || (!rootIsList && isCardList(n))
  }
  const isBoilerplate = (el: Element): boolean => {
    if (kept.has(el)) return false
    // Text only screen readers get ("Media caption", "Advertisement").
    if (SCREEN_READER_ONLY.test(attr(el, 'class') ?? '')) return true
    // A video's or embed's caption, without the video.
    if (el.tagName === 'figure' && findFirst(el, (inner) => PLAYERS.has(inner.tagName), () => true)) return true
    const parent = parentElement(el)
    const chunk = parent && (parent === root || path.has(parent) || members.has(parent)) ? chunksOf(parent) : undefined
    if (chunk && isBetweenChunks(el, chunk, of(parent!).voted, of)) return true
    if (el.tagName === 'header' && isPostHeader(el, root, articleCounts)) return false
    if (CHROME_TAGS.has(el.tagName) || el.tagName === 'header') return true
    if (CHROME_ROLES.has(attr(el, 'role')?.toLowerCase() ?? '')) return true
    const m = of(el)
    // "story-body has-share-bar" or a "read-more" fold holding most of the
    // text is still the story; a gallery's or comments' captions are not.
    const name = names(el)
    // Comments are never the story, whatever else the names get wrong.
    const believed = trustNames || COMMENTS.test(name)
    const main = rootText > 0 && m.paragraphs * 2 >= rootText && !(believed && NEVER_STORY.test(name))
    if (main) return false
    if (believed && hasChromeName(el)) return true
    if (isPopUpCard(el, m) || isTimeOnly(el, of) || isMetadataList(el, meter)) return true
    // A picture's credit in an element of its own ("story-image-copyright").
    if (isCreditElement(el, m.text, m.paragraphs)) return true
    // A video's box: its player, title and blurb, no paragraphs of the story.
    if (m.players > 0 && m.paragraphs === 0 && m.text < 600) return true
    // The heading of a list of links that goes ("DW recommends", "More:").
    if (/^h[2-6]$/.test(el.tagName) && m.text <= 60 && headsLinks(nextSiblings.of(el))) return true
    if (isByline(el) && m.text < 600) return true
    if (LINKY.has(el.tagName) && m.text > 0 && m.links / m.text > 0.5 && !citesSources(el, m)) return true
    // Cards of other stories: linked headlines, each with a line or two of summary.
    // (On a page that is itself such a list, they are all there is.)
    if (!rootIsList && isCardList(m)) return true
    // A card linking to another page (a bookmark card, an embedded teaser).
    if (el.tagName === 'figure' && m.text >= 40 && m.links >= m.text * 0.8) return true
    // A chart's labels, a player's menus: many tiny blocks, no sentences.
    // (A figure's caption stays: its chart goes by itself.)
    if (m.pieces >= 8 && m.text < m.pieces * 16 && el.tagName !== 'figure') return true
    // "Posted by <author> on <date>": the line around a byline is metadata too.
    if (m.text < 120 && childElements(el).some((child) => isByline(child) && !NEVER_STORY.test(names(child)))) return true
    if (hasChromeHeading(el, m, meter)) return true
    return m.text < 200 && m.links > 0 && READ_MORE.test(textStart(el, meter))
  }
  const skip = (el: Element): boolean => {
    // A <form> wrapping the page is walked into where it holds the story.
    if (!isReadable(el)) return !(el.tagName === 'form' && (path.has(el) || kept.has(el)))
    if (el === root) return false
    // The standfirst may have joined the story as a paragraph beside it.
    if (el === standfirst) return true
    // A box of comments beside the story can score like a part of it.
    if (members.size > 1 && members.has(el) && hasChromeHeading(el, of(el), meter)) return true
    // So can a paywall's offer under the teaser ("article-paywall").
    if (members.size > 1 && members.has(el) && PAYWALL.test(names(el))) return true
    if (path.has(el) || members.has(el) || el === headline) return false
    const parent = parentElement(el)
    // The headline's own wrappers are walked into, whatever they hold beside it.
    if (parent && head.has(parent)) return !kept.has(el) && (!isHeadPart(el, of) || isBoilerplate(el))
    if (parent && path.has(parent) && !members.has(parent)) return true
    return isBoilerplate(el)
  }
  return { root, headline, byline, skip, unsure }
}

// A story cut into chunks that share one class (a site's own markup for
// its article text, "css-53u6y8" or "story-body-part") with boxes between
// them: an ad, a newsletter offer, a print note. The class is the one whose
// children hold most of the voted text.
function chunkClass(root: Element, of: (el: Element) => Measure): string | undefined {
  const voted = new Map<string, { count: number; voted: number }>()
  for (const child of childElements(root)) {
    const name = attr(child, 'class')?.trim()
    if (!name) continue
    const entry = voted.get(name) ?? { count: 0, voted: 0 }
    entry.count++
    entry.voted += of(child).voted
    voted.set(name, entry)
  }
  for (const [name, entry] of voted) if (entry.count >= 2 && entry.voted >= of(root).voted * 0.7) return name
  return undefined
}

// Headings, lists, quotes, figures and tables between the chunks are the
// story's own; a box of another class holding little of its text is not.
const STORY_PARTS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'dl', 'figure', 'table', 'pre', 'hr'])

const HOLDS_PARTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'blockquote'])

function isBetweenChunks(el: Element, chunks: string, rootVoted: number, of: (el: Element) => Measure): boolean {
  if (attr(el, 'class')?.trim() === chunks || STORY_PARTS.has(el.tagName) || of(el).voted >= rootVoted * 0.3) return false
  // A wrapped heading, picture or quote is still the story's; so is a
  // picture captioned in a <div>, but not a video's teaser.
  if (findFirst(el, (inner) => HOLDS_PARTS.has(inner.tagName), isReadable)) return false
  const m = of(el)
  return !(m.links === 0 && !/video|player/.test(names(el)) && findFirst(el, (inner) => inner.tagName === 'img' || inner.tagName === 'picture', () => true))
}

// A list of links that is part of the story: a sub-list of an item (the
// bugs a point is about), or links to other sites than the page's (the
// sources it cites), where a "Related" or "Trending" list links to the
// site's own stories.
function citesSources(el: Element, m: Measure): boolean {
  if (el.tagName !== 'ul' && el.tagName !== 'ol') return false
  const parent = parentElement(el)
  return parent?.tagName === 'li' || (m.text > 100 && m.offsite > m.links * 0.5)
}

// Beside the headline, the lead picture belongs to the story; the kicker,
// byline, date and buttons around it do not.
function isHeadPart(el: Element, of: (el: Element) => Measure): boolean {
  // The figure itself, or a wrapper holding nothing else.
  const figure = el.tagName === 'figure' ? el : findFirst(el, (inner) => inner.tagName === 'figure', isReadable)
  if (!figure || of(figure).text !== of(el).text || hasChromeName(el)) return false
  return !findFirst(figure, (inner) => PLAYERS.has(inner.tagName), () => true)
}

// The standfirst: the line of prose right after the headline that sums the
// story up. Like the title it is the page's description of the story, not
// its text. Told from a story's first paragraph by its name, or by having
// no paragraphs after it in its parent (the story's are elsewhere).
const STANDFIRST_NAME = /dek|standfirst|sub-?title|subhead|excerpt|strapline|deck/
const STANDFIRST_TAGS = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'div'])
const NOT_STANDFIRST = new Set(['li', 'figure', 'img', 'picture'])

function standfirstOf(headline: Element, of: (el: Element) => Measure, storyVoted: number): Element | undefined {
  const parent = parentElement(headline)
  if (!parent) return undefined
  const siblings = childElements(parent)
  const at = siblings.indexOf(headline)
  const next = siblings[at + 1]
  if (!next || !STANDFIRST_TAGS.has(next.tagName) || !isReadable(next)) return undefined
  const m = of(next)
  // One short run of prose, and not the story itself (a story of one paragraph).
  if (m.text < 20 || m.text > 300 || m.links > 0 || m.pieces > 1 || m.voted * 2 > storyVoted || storyVoted - m.voted < 100) return undefined
  // A list of key points there, or the lead picture's caption, is part of the story.
  if (findFirst(next, (el) => NOT_STANDFIRST.has(el.tagName), () => true)) return undefined
  if (STANDFIRST_NAME.test(names(next))) return next
  return siblings.slice(at + 2).some((el) => el.tagName === 'p') ? undefined : next
}

// A box whose heading names site chrome: the only clue where class names
// are generated ("css-cm11"). Comments are named so by their heading
// alone; "Trending" or "Related" must head a box of mostly links, since a
// story may have a section of its own that starts so.
const COMMENTS_HEADING = /^\s*(?:\d+\s+)?(?:comments?|responses?|replies|discussion|join the (?:conversation|discussion)|leave a (?:reply|comment)|reader (?:comments|reactions)|what readers (?:say|are saying)|conversation)(?:\s*\(\d+\))?\s*$/i
const LIST_HEADING = /^\s*(?:trending(?: now)?|most (?:read|viewed|popular|shared|commented)|popular(?: now| stories)?|related(?: stories| articles| content| news| posts)?|more (?:from|in|on) .{1,40}|more stories|recommended(?: for you| stories)?|you (?:may|might) also like|read (?:next|more)|latest(?: news| stories)?|top stories|editor'?s picks|don't miss)\s*$/i
const BOX_TAGS = new Set(['div', 'section'])

function hasChromeHeading(el: Element, m: Measure, meter: WorkMeter): boolean {
  if (!BOX_TAGS.has(el.tagName)) return false
  const first = childElements(el).find(isReadable)
  if (!first || !/^h[2-6]$/.test(first.tagName)) return false
  const heading = textStart(first, meter)
  return COMMENTS_HEADING.test(heading) || (LIST_HEADING.test(heading) && m.links > m.text * 0.3)
}

// The header of one post inside the content (a live blog's entry: its time
// and heading), as opposed to a page's or the story's own header.
// One of several: a lone <article>'s header holds the story's own headline.
// `counts` keeps each parent's number of <article>s, counted once.
function isPostHeader(el: Element, root: Element, counts: Map<Element, number>): boolean {
  const post = parentElement(el)
  const posts = post && parentElement(post)
  if (!post || !posts || post === root || post.tagName !== 'article' || hasChromeName(el)) return false
  let count = counts.get(posts)
  if (count === undefined) counts.set(posts, count = childElements(posts).filter((child) => child.tagName === 'article').length)
  if (count < 2) return false
  return !!findFirst(el, (inner) => /^h[2-6]$/.test(inner.tagName) || inner.tagName === 'time', isReadable)
}

function isCardList(m: Measure): boolean {
  return m.linkedHeadings >= 2 && m.text < m.linkedHeadings * 350
}

function isByline(el: Element): boolean {
  return BYLINE_WORDS.test(names(el)) || attr(el, 'rel') === 'author' || /author/i.test(attr(el, 'itemprop') ?? '')
}

function notChrome(el: Element): boolean {
  return isReadable(el) && !CHROME_TAGS.has(el.tagName)
}



