// The first words of an element, enough to recognise "Read more:" or a
// label ("Date", "Author"). It looks at a few dozen nodes at most: asked for
// every short element with a link, a walk of each one's whole subtree would
// cost depth times size on a page of deeply nested empty elements.

import { isElement, isReadable, type Element } from './tree.ts'
import type { WorkMeter } from '../work-meter.ts'

const TEXT_START_NODES = 64

export function textStart(el: Element, meter: WorkMeter, nodes = TEXT_START_NODES): string {
  let out = ''
  let left = nodes
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if (out.length > 40 || --left < 0) return
      meter.step()
      if (child.nodeName === '#text') out += (child as { value: string }).value
      else if (isElement(child) && isReadable(child)) visit(child)
    }
  }
  visit(el)
  return out
}
