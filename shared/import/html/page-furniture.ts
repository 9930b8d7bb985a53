// Pieces of a news page's furniture that sit inside the story's container
// and are told by their shape rather than their names: a person's pop-up
// profile card inside a sentence, a line that is only the time of
// publication, the "Date / Author / Keywords / Permalink" list under a
// story, and the heading of a list of links that is itself left out.
// Each check looks at an element and its children only (or, for a heading,
// its next sibling), so the prune stays linear in the page.

import { childElements, isReadable, parentElement, type Element } from './tree.ts'
import { names, type Measure } from './main-content-score.ts'
import type { WorkMeter } from '../work-meter.ts'
import { textStart } from './text-start.ts'

// A profile card shown when the pointer rests on a name ("Kristi Noem",
// then her full name, her latest stories and MORE). The wrapper begins with
// the link that shows it; the card is the rest, and does not begin so.
const POP_UP = /rollover|popover|pop-?up|tooltip|hover-?card/

export function isPopUpCard(el: Element, m: Measure): boolean {
  if (el.tagName === 'a' || !POP_UP.test(names(el)) || m.links < m.text * 0.5) return false
  const first = childElements(el).find(isReadable)
  return first?.tagName !== 'a'
}

// A <div> or <p> showing only a <time>: when the story was published.
// (A live blog's post header keeps its time: it is not asked about here.)
export function isTimeOnly(el: Element, of: (el: Element) => Measure): boolean {
  if (el.tagName !== 'div' && el.tagName !== 'p') return false
  const m = of(el)
  if (m.text === 0 || m.text > 80 || parentElement(el)?.tagName === 'header') return false
  return childElements(el).some((child) => child.tagName === 'time' && of(child).text === m.text)
}

// "Date 19.01.2020 / Author Ben Knight / Keywords … / Permalink …": a list
// whose items are mostly a label of the page's own metadata and its value.
const META_LABEL = /^\s*(?:date|published|updated|author|authors|keywords|tags|topics|related subjects|subjects|categor(?:y|ies)|filed under|feedback|print|permalink|share|source|send us your feedback)\s*:?\s*$/i
const META_LISTS = new Set(['ul', 'ol', 'dl'])

export function isMetadataList(el: Element, meter: WorkMeter): boolean {
  if (!META_LISTS.has(el.tagName)) return false
  let items = 0
  let labelled = 0
  for (const item of childElements(el)) {
    meter.step()
    if (item.tagName !== 'li' && item.tagName !== 'dt') continue
    items++
    const label = item.tagName === 'dt' ? item : childElements(item).find(isReadable)
    if (label && label !== item && !/^(?:strong|b|span|dt|label)$/.test(label.tagName)) continue
    if (label && META_LABEL.test(shortText(label, meter))) labelled++
  }
  return items >= 2 && labelled * 2 > items
}

// The first element after each child of a parent, filled in once per parent
// the first time one of its children asks.
export class NextSiblings {
  private next = new Map<Element, Element | undefined>()
  of(el: Element): Element | undefined {
    if (!this.next.has(el)) {
      const parent = parentElement(el)
      if (!parent) return undefined
      let before: Element | undefined
      for (const child of childElements(parent)) {
        if (!isReadable(child)) continue
        if (before) this.next.set(before, child)
        before = child
      }
      if (before) this.next.set(before, undefined)
      if (!this.next.has(el)) this.next.set(el, undefined)
    }
    return this.next.get(el)
  }
}

// Text of a label: a few nodes, enough for a word or two.
const shortText = (el: Element, meter: WorkMeter) => textStart(el, meter, 16)
