// Scrolls a scrolling box so that an element in it is in view, a margin
// from its edge, moving the box only (not the window: on a narrow window
// the sidebar sits below the text, and the window stays on the text).

export function scrollIntoHost(host: Element, element: Element, margin = 8): void {
  const c = element.getBoundingClientRect(), view = host.getBoundingClientRect()
  if (c.top < view.top) host.scrollTop += c.top - view.top - margin
  else if (c.bottom > view.bottom) host.scrollTop += Math.min(c.bottom - view.bottom + margin, c.top - view.top - margin)
}
