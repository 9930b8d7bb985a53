// The story's first part, set apart from the rest: a site that cuts the
// story into blocks of one class ("story-text") may put the first few
// paragraphs in the row that holds the headline, and the rest in a later
// row after an ad. The search finds the rest; the lead is the block of the
// same tag and class between the headline and it, holding prose.
// Only blocks after the headline and before the story, in no box with a
// heading of its own, are taken: another story loaded below (a next-story
// scroll) shares the class, and so may a box above the story's text (a
// fact check's claim under the name of who made it).

import { attr, childElements, findFirst, isElement, parentElement, searchable, type Element } from './tree.ts'
import { isUnlikely, type Measure } from './main-content-score.ts'
import type { WorkMeter } from '../work-meter.ts'

const NEVER_ENTER = new Set(['nav', 'aside', 'footer'])
// A lead is a few blocks; past these the page is something else, and
// each block checked costs a climb of its parents.
const MOST_CHUNKS = 20

export function leadChunks(members: Element[], headline: Element | undefined, top: Element, of: (el: Element) => Measure, meter: WorkMeter): Element[] {
  if (!headline) return []
  const first = members[0]!
  // The block holding the story's paragraphs, as the site named it.
  const paragraph = findFirst(first, (el) => el.tagName === 'p' && of(el).voted > 0, searchable)
  const chunk = paragraph && parentElement(paragraph)
  const name = chunk && attr(chunk, 'class')?.trim()
  if (!chunk || !name) return []
  const memberSet = new Set(members)
  const aboveStory = new Set<Element>()
  for (let at = parentElement(first); at; at = parentElement(at)) aboveStory.add(at)
  const aboveHeadline = new Set<Element>([headline])
  for (let at = parentElement(headline); at; at = parentElement(at)) aboveHeadline.add(at)
  // Up to where the block meets the story, nothing around it has a
  // heading of its own (other than the headline): a box with its own
  // heading (a fact check's claim under the name of who made it) is not
  // the story's lead.
  const ownHeadings = (el: Element) => {
    const base = of(el).headings
    for (let at = parentElement(el); at && !aboveStory.has(at); at = parentElement(at)) {
      if (of(at).headings - base - (aboveHeadline.has(at) && headline.tagName !== 'h1' ? 1 : 0) > 0) return true
    }
    return false
  }
  const found: Element[] = []
  let seenHeadline = false
  let done = false
  let tooMany = false
  const visit = (el: Element) => {
    for (const child of childElements(el)) {
      if (done) return
      meter.step()
      if (memberSet.has(child) || child === chunk) {
        done = true
        return
      }
      if (child === headline) {
        seenHeadline = true
        continue
      }
      if (!isElement(child) || !searchable(child) || NEVER_ENTER.has(child.tagName)) continue
      if (seenHeadline && child.tagName === chunk.tagName && attr(child, 'class')?.trim() === name && isLead(child, of) && !ownHeadings(child)) {
        found.push(child)
        if (found.length > MOST_CHUNKS) {
          tooMany = done = true
          return
        }
        continue
      }
      visit(child)
    }
  }
  visit(top)
  // The walk stopped at the story: a lead must come before it, not hold it.
  return done && !tooMany ? found : []
}

function isLead(el: Element, of: (el: Element) => Measure): boolean {
  const m = of(el)
  return m.voted >= 80 && m.paragraphs >= 80 && m.links < m.text * 0.25 && !isUnlikely(el)
}
