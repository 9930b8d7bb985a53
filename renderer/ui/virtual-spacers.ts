// The spacers of a virtual list (virtual-list.ts): hidden list items as
// tall as the rows they stand for, so the list keeps the whole list's
// height and every row its place; and the rows and spacers put in the list.

import type { RowSizes } from './virtual-range.ts'

export function newSpacer(): HTMLElement {
  const spacer = document.createElement('li')
  spacer.className = 'virtual-spacer'
  spacer.setAttribute('role', 'none')
  spacer.setAttribute('aria-hidden', 'true')
  return spacer
}

// Set only when it differs: every write makes the browser lay the list out again.
export function setHeight(spacer: HTMLElement, height: number): void {
  const px = `${Math.max(0, height)}px`
  if (spacer.style.height !== px) spacer.style.height = px
}

// After rows were measured, each spacer stands for the rows it replaces
// again: those between the drawn rows around it (by their aria-posinset).
export function fitSpacers(list: HTMLElement, sizes: RowSizes, gap: number): void {
  let next = 0
  for (const child of list.children) {
    const el = child as HTMLElement
    if (el.classList.contains('virtual-spacer')) continue
    const row = Number(el.getAttribute('aria-posinset')) - 1
    const spacer = el.previousElementSibling as HTMLElement | null
    if (row > next && spacer?.classList.contains('virtual-spacer')) setHeight(spacer, sizes.offset(row) - sizes.offset(next) - gap)
    next = row + 1
  }
  const last = list.lastElementChild as HTMLElement | null
  if (last?.classList.contains('virtual-spacer')) setHeight(last, sizes.total - sizes.offset(next) - gap)
}

// The list's children made `nodes`: what goes is taken out, then what is new
// is inserted before the node that follows it; rows that stay are never
// moved, so they keep their place and their focus.
export function putChildren(list: HTMLElement, nodes: readonly HTMLElement[]): void {
  const keep = new Set(nodes)
  for (const child of [...list.children]) if (!keep.has(child as HTMLElement)) child.remove()
  let at: ChildNode | null = list.firstChild
  for (const node of nodes) {
    if (node === at) { at = at.nextSibling; continue }
    list.insertBefore(node, at)
  }
}

// A row kept in place is not touched (a mutation restyles it).
export function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value)
}
