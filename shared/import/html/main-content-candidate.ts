// The story's candidate: the container whose paragraphs voted for it most,
// moved up to a shared ancestor or a stronger parent, with the siblings
// that continue the story (a part after an ad slot, the lead picture, a
// box of key points). Each step walks a bounded chain of parents or one
// level of children.

import { attr, childElements, findFirst, isReadable, parentElement, type Element } from './tree.ts'
import { isUnlikely, names, NOTHING, type Measure, type Scored } from './main-content-score.ts'
import { hasChromeName } from './main-content-prune.ts'

export function candidate(top: Element, scored: Scored): { best: Element; members: Element[]; text: number } | undefined {
  const best = bestCandidate(top, scored)
  if (!best) return undefined
  const members = withSiblings(best, scored)
  const of = (el: Element) => scored.measures.get(el) ?? NOTHING
  return { best, members, text: members.reduce((sum, m) => sum + of(m).text - of(m).links, 0) }
}

export function ranked(scored: Scored): [Element, number][] {
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

export function contains(outer: Element, inner: Element): boolean {
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
