// A linkedom document as the page's globals, for renderer views drawn in a
// unit test. linkedom lays nothing out: the window and layout calls the
// virtual list makes (renderer/ui/virtual-list.ts) answer as for an empty
// screen. Import it before the view's module is loaded.

import { parseHTML } from 'linkedom'

export const dom = parseHTML('<!doctype html><html><body></body></html>')
Object.assign(globalThis, {
  document: dom.document,
  window: { addEventListener() {}, innerHeight: 800, scrollBy() {} },
  ResizeObserver: class { observe() {} unobserve() {} },
  IntersectionObserver: class { observe() {} unobserve() {} },
  requestAnimationFrame: (run: () => void) => setTimeout(run, 0),
  getComputedStyle: () => ({ rowGap: '0' }),
})
Object.assign(dom.HTMLElement.prototype, {
  scrollIntoView() {},
  getBoundingClientRect: () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }),
})
