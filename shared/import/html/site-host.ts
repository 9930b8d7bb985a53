// The page's own site, to tell a list of links to its other stories
// ("Related", "Trending") from a list of sources the article cites (bug
// reports, papers, other sites). The page's canonical address says which
// site it is; a saved page without one names its site most often in its
// own links (menus, logo, related stories).

import { attr, isElement, type Element, type Page } from './tree.ts'
import type { WorkMeter } from '../work-meter.ts'

// The host of an absolute http(s) address, lowercased, without "www.";
// undefined for a relative address (the page's own site) or anything else.
export function hostOf(href: string | undefined): string | undefined {
  const match = /^\s*https?:\/\/([^/?#:\s]+)/i.exec(href ?? '')
  return match ? match[1]!.toLowerCase().replace(/^www\./, '') : undefined
}

// Whether two hosts are one site under two endings: bbc.com and
// bbc.co.uk, spiegel.de and spiegel.com. Only the public ending may
// differ: blog.mozilla.org is not mozilla.org's bug tracker.
export function sameSite(a: string, b: string): boolean {
  return a === b || withoutEnding(a) === withoutEnding(b)
}

// "bbc.co.uk" -> "bbc", "news.bbc.co.uk" -> "news.bbc", "lemonde.fr" -> "lemonde".
function withoutEnding(host: string): string {
  const labels = host.split('.')
  const country = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.has(labels.at(-2)!)
  return labels.slice(0, country ? -2 : -1).join('.')
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gob', 'nic'])

export function siteHost(page: Page, meter: WorkMeter): string | undefined {
  let canonical: string | undefined
  const counts = new Map<string, number>()
  const visit = (el: Element) => {
    for (const child of el.childNodes) {
      if (!isElement(child)) continue
      meter.step()
      const tag = child.tagName
      if (tag === 'link' && (attr(child, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical ??= hostOf(attr(child, 'href'))
      else if (tag === 'meta' && attr(child, 'property') === 'og:url') canonical ??= hostOf(attr(child, 'content'))
      else if (tag === 'a') {
        const host = hostOf(attr(child, 'href'))
        if (host) counts.set(host, (counts.get(host) ?? 0) + 1)
      }
      visit(child)
    }
  }
  for (const child of page.childNodes) if (isElement(child)) visit(child)
  if (canonical) return canonical
  let best: string | undefined
  let most = 0
  for (const [host, count] of counts) if (count > most) [best, most] = [host, count]
  return best
}
