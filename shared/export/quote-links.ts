// Where a quote in an export links back to: the app (a sourcemark:// link
// that opens the document at the annotation) and the original page (a URL
// Text Fragment, https://wicg.github.io/scroll-to-text-fragment/, which
// browsers scroll to and highlight).
//
// Text fragments. `#:~:text=start` matches the whole quote; a long quote or
// one across blocks is `#:~:text=start,end`, its first and last few words,
// because a browser matches a lone start only inside one block and long
// directives break on small edits. Each term is percent-encoded as the spec
// asks: everything encodeURIComponent encodes, plus "-" (it marks a prefix
// or suffix), and the characters a Markdown link destination or a chat
// client could cut at ( ) ' * ! ~. Whitespace runs become one space, as
// the browser compares them.

import { keptPageUrl } from '../links/policy.ts'

// The app's own link: sourcemark://open/<document id>#<annotation id>. Both
// ids are restricted to [A-Za-z0-9_-] by their schemas, so they need no
// encoding; encodeURIComponent is applied anyway in case that ever changes.
export function appLink(documentId: string, annotationId: string): string {
  return `sourcemark://open/${encodeURIComponent(documentId)}#${encodeURIComponent(annotationId)}`
}

// Words of a quote used at each end of a long one.
const EDGE_WORDS = 4
// A quote with at most this many words (and in one block) is matched whole.
const WHOLE_WORDS = 8
const WHOLE_CHARS = 80
// Characters at each end of a long quote without spaces.
const EDGE_CHARS = 10

export function encodeFragmentTerm(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

// The text directive for a quote, without "#:~:text=".
export function textDirective(quote: string): string {
  const oneBlock = !/\n\s*\n/.test(quote)
  const words = quote.trim().split(/\s+/).filter((w) => w !== '')
  if (words.length === 0) return ''
  const whole = words.join(' ')
  if (oneBlock && words.length <= WHOLE_WORDS && whole.length <= WHOLE_CHARS) return encodeFragmentTerm(whole)
  if (words.length >= 2) {
    const k = Math.min(EDGE_WORDS, Math.floor(words.length / 2))
    return `${encodeFragmentTerm(words.slice(0, k).join(' '))},${encodeFragmentTerm(words.slice(-k).join(' '))}`
  }
  // Chinese and Japanese text has no spaces: its ends by characters instead.
  const chars = [...whole]
  return `${encodeFragmentTerm(chars.slice(0, EDGE_CHARS).join(''))},${encodeFragmentTerm(chars.slice(-EDGE_CHARS).join(''))}`
}

// The original page's address scrolled to the quote, or null when the
// article has no http(s) address. An existing fragment is replaced.
export function textFragmentLink(url: string | undefined, quote: string): string | null {
  const page = keptPageUrl(url)
  if (page === null) return null
  const directive = textDirective(quote)
  if (directive === '') return null
  return `${page.replace(/#.*$/s, '')}#:~:text=${directive}`
}

// A link destination that CommonMark reads as one token whatever the URL
// holds: the characters that end or break it are percent-encoded.
export function markdownDestination(url: string): string {
  return url.replace(/[\s()<>\\`]/g, (c) => encodeURIComponent(c) === c ? `%${c.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(c))
}
