// Links in an article are followed only after the reader says so, and only
// to http, https and mailto addresses. The desktop shell opens them in the
// system browser through its preload bridge; browser mode opens a new tab
// that cannot reach back into Sourcemark.

import { openableUrl } from '../links.ts'
import { ask } from './dialog.ts'
import { showError } from './status.ts'

declare global {
  interface Window { sourcemarkShell?: { openExternal(url: string): unknown } }
}

async function confirmAndOpen(raw: string): Promise<void> {
  const url = openableUrl(raw)
  if (!url) return
  const answer = await ask({
    title: 'Open link?',
    message: `Open ${url} in your browser?`,
    choices: [{ value: 'open', label: 'Open' }, { value: 'cancel', label: 'Cancel' }],
    cancel: 'cancel',
    initial: 'cancel',
  })
  if (answer !== 'open') return
  if (window.sourcemarkShell) await window.sourcemarkShell.openExternal(url)
  else window.open(url, '_blank', 'noopener,noreferrer')
}

// Catches every way of following a link inside `root`: a click, a middle
// click, Enter on a focused link. A drag that ends on a link is a selection,
// not a click, and is left alone.
export function guardLinks(root: HTMLElement): void {
  let down = { x: 0, y: 0 }
  root.addEventListener('mousedown', (event) => { down = { x: event.clientX, y: event.clientY } }, true)
  root.addEventListener('auxclick', (event) => {
    if ((event.target as Element).closest('a[href]')) event.preventDefault()
  }, true)
  root.addEventListener('click', (event) => {
    // Links without an address (one Sourcemark will not open) are plain text.
    const link = (event.target as Element).closest('a[href]')
    if (!link || !root.contains(link)) return
    event.preventDefault()
    event.stopPropagation()
    const dragged = event.detail > 0 && Math.hypot(event.clientX - down.x, event.clientY - down.y) > 3
    if (dragged || event.detail > 1) return
    const href = link.getAttribute('href')
    if (href) confirmAndOpen(href).catch(showError)
  }, true)
}
