// A reader's note, kept as Markdown, made safe to hand to a Markdown tool
// that renders raw HTML (Obsidian, many static site generators). Notes may
// come from an imported annotation file written by anyone.
//
// - Raw HTML never gets through: a "<" that would open a tag, comment,
//   CDATA section, declaration or processing instruction becomes "&lt;", so
//   it shows as text. Autolinks to http(s) and mailto (and e-mail
//   addresses) stay.
// - Links and images keep their words, and their address only when the
//   link policy (shared/links/policy.ts) keeps it: absolute http, https and
//   mailto. Any other (javascript:, data:, relative, one with controls or
//   spaces inside) makes the link inert text: "[x](" becomes "[x]\(", a
//   definition "[1]: ..." becomes "\[1]: ...". The address is read the way
//   markdown-it reads it (entities and backslash escapes decoded).
// - Checked by parsing the result: should anything unsafe remain, the
//   whole note is written as plain text instead.
//
// The "<" rule applies inside code too (a note's code span shows "&lt;"):
// finding code spans exactly would take a second Markdown parser here.

import MarkdownIt, { type Token } from 'markdown-it'
import { keptHref } from '../links/policy.ts'

const md = new MarkdownIt('default', { html: true })
// Every link reaches our check, not only the ones markdown-it likes.
md.validateLink = () => true

// Checked as written, not percent-encoded (the link policy's input).
md.normalizeLink = (url) => url

const isSafeUrl = (url: string) => keptHref(url) !== null

export function safeNote(note: string): string {
  const neutral = escapeRawHtml(defuseDefinitions(defuseInlineLinks(note)))
  return isInert(neutral) ? neutral : plainText(note)
}

// "[words](address" with an unsafe address: escape the "(".
function defuseInlineLinks(text: string): string {
  let out = ''
  let from = 0
  for (let at = text.indexOf('](', from); at !== -1; at = text.indexOf('](', at + 2)) {
    const open = at + 1
    if (!isSafeUrl(destinationAt(text, open + 1))) {
      out += `${text.slice(from, open)}\\(`
      from = open + 1
    }
  }
  return out + text.slice(from)
}

// "[label]: address" at the start of a line (the address may be on the next).
function defuseDefinitions(text: string): string {
  return text.replace(/^([ \t]*)(\[(?:[^\]\\\n]|\\.){1,999}\]:)/gm, (whole, indent: string, label: string, offset: number) => (
    isSafeUrl(destinationAt(text, offset + whole.length)) ? whole : `${indent}\\${label}`
  ))
}

// The link destination starting at `start`, after spaces and at most one
// line break, decoded as markdown-it decodes it; '' when there is none.
function destinationAt(text: string, start: number): string {
  const skipped = /^[ \t]*\n?[ \t]*/.exec(text.slice(start, start + 1000))![0].length
  const parsed = md.helpers.parseLinkDestination(text, start + skipped, text.length)
  return parsed.ok ? parsed.str : ''
}

const SAFE_AUTOLINK = /^<(?:(?:https?|mailto):[^\s<>]*|[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*)>/i

function escapeRawHtml(text: string): string {
  return text.replace(/<(?=[a-zA-Z/!?])/g, (lt, offset: number) => (
    SAFE_AUTOLINK.test(text.slice(offset, offset + 5000)) ? lt : '&lt;'
  ))
}

function isInert(markdown: string): boolean {
  const unsafe = (token: Token): boolean => {
    if (token.type === 'html_block' || token.type === 'html_inline') return true
    const address = token.type === 'link_open' ? token.attrGet('href') : token.type === 'image' ? token.attrGet('src') : null
    if (address !== null && !isSafeUrl(String(address))) return true
    return (token.children ?? []).some(unsafe)
  }
  return !md.parse(markdown, {}).some(unsafe)
}

// The fallback: every character Markdown could read as markup escaped.
function plainText(note: string): string {
  return note.replace(/[\\`*_[\]()<>#!&|~]/g, '\\$&').replace(/^([ \t]*)([-+=]|\d+[.)])/gm, '$1\\$2')
}
