// The one rule for which link addresses Sourcemark keeps: every importer,
// every exporter and the reader's link guard ask here, so an address kept in
// one place is kept everywhere and one dropped in one place is dropped
// everywhere.
//
// Kept: absolute http: and https: addresses with a host, and mailto:
// addresses, at most 4,096 characters. The value must already be decoded
// the way its format decodes it (HTML entities by the HTML parser, entities
// and backslash escapes by the Markdown parser): what is checked is what a
// browser would follow. Leading and trailing spaces and controls are
// trimmed, as browsers trim them; inside the address, whitespace, control
// characters and invisible or direction-changing format characters make it
// dropped, since browsers drop or misread them ("java\nscript:" is a
// javascript: link to a browser). Relative addresses are dropped: a page's
// base may point anywhere, and an export is read far from it.

import { anyOf, BIDI_CONTROLS, CONTROLS, INVISIBLES, SEPARATORS, SPACES } from '../text/characters.ts'

const MAX_HREF = 4096

const FORBIDDEN = anyOf(CONTROLS, SPACES, SEPARATORS, BIDI_CONTROLS, INVISIBLES)
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g

// user@ (optional), a host (name, IPv4 or [IPv6]), a port (optional), then
// the end or a path, query or fragment.
const HTTP = /^https?:\/\/(?:[^@/?#\\[\]]*@)?(?:[^@/?#\\[\]:]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?(?:[/?#]|$)/i
const MAILTO = /^mailto:[^\\]/i

// The address to keep (trimmed), or null when it is not kept.
export function keptHref(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null
  const href = raw.replace(EDGES, '')
  if (href === '' || href.length > MAX_HREF || FORBIDDEN.test(href)) return null
  if (MAILTO.test(href)) return href
  const http = HTTP.exec(href)
  if (http === null || href.includes('\\')) return null
  return http[1] === undefined || Number(http[1]) <= 65535 ? href : null
}

// A page's own address (metadata, a document URL): http(s) only.
export function keptPageUrl(raw: string | null | undefined): string | null {
  const href = keptHref(raw)
  return href !== null && !MAILTO.test(href) ? href : null
}
