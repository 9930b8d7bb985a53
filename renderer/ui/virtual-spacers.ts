// The spacers of a virtual list (virtual-list.ts): hidden list items as
// tall as the rows they stand for, so the list keeps the whole list's
// height and every row its place.

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
