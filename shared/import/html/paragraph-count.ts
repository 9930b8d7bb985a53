// The paragraphs of a web page, counted before parse5 builds a node for each
// of them (see ../paragraph-count.ts): the paragraphs, headings and list
// items that start with text (`<p>Text`, `<li>\n  Text`; one that starts
// with an element or a character reference is left out), outside comments, raw text such as scripts,
// selects and templates. A count parse5's tree can only exceed, found in one
// pass over the source with nothing kept per tag. Not a bound on the blocks
// the importer makes (it keeps the article, not the page), but what the
// page holds: more than a document may hold is more than an article is.

import { isSpace } from '../paragraph-count.ts'

// Elements whose text is raw: a "<p" inside is no tag.
const RAW_TEXT = new Map(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]))
const PARAGRAPHS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

export function htmlParagraphs(source: string): number {
  let paragraphs = 0
  // Inside a template (its content is no part of the page) or a select
  // (which ignores paragraphs): nothing is counted.
  let templates = 0
  let select = false
  let at = source.indexOf('<')
  while (at !== -1) {
    if (source.startsWith('<!--', at)) {
      at = after(source, '-->', at + 4)
      continue
    }
    // CDATA runs to "]]>" in an SVG, to the first ">" elsewhere: counting
    // stops rather than guess which.
    if (source.startsWith('<![CDATA[', at)) break
    const next = source.charCodeAt(at + 1)
    if (next === 47 /* / */ && isAsciiLetter(source.charCodeAt(at + 2))) {
      const name = tagName(source, at + 2)
      if (name.name === 'template' && templates > 0) templates--
      if (name.name === 'select') select = false
      at = after(source, '>', name.end)
      continue
    }
    if (next === 33 /* ! */ || next === 63 /* ? */ || next === 47) {
      at = after(source, '>', at + 2)
      continue
    }
    if (!isAsciiLetter(next)) {
      at = source.indexOf('<', at + 1)
      continue
    }
    const { name, end } = tagName(source, at + 1)
    const close = tagEnd(source, end)
    if (close === -1) break
    const raw = RAW_TEXT.get(name)
    if (raw) {
      raw.lastIndex = close + 1
      const found = raw.exec(source)
      // "<!--<script" inside a script keeps its next "</script>" from
      // ending it: counting stops there rather than guess.
      if (!found || (name === 'script' && nestedScript(source.slice(close + 1, found.index)))) break
      at = source.indexOf('<', raw.lastIndex)
      continue
    }
    // The rest is text, or (a frameset) ignored.
    if (name === 'plaintext' || name === 'frameset') break
    if (name === 'template') templates++
    if (name === 'select') select = true
    let text = close + 1
    if (PARAGRAPHS.has(name) && templates === 0 && !select && source.charCodeAt(close - 1) !== 47 /* / */) {
      while (text < source.length && isSpace(source.charCodeAt(text))) text++
      // Not "<" (an element) or "&" (a character reference: &nbsp; is space).
      const c = source.charCodeAt(text)
      if (text < source.length && c !== 60 && c !== 38) paragraphs++
    }
    at = source.indexOf('<', text)
  }
  return paragraphs
}

// The next "<" after `marker`, -1 when there is none.
function after(source: string, marker: string, from: number): number {
  const end = source.indexOf(marker, from)
  return end === -1 ? -1 : source.indexOf('<', end + marker.length)
}

// A tag's name from `from`, lower-cased when short enough to be one looked
// for; `end`: where it ends.
function tagName(source: string, from: number): { name: string; end: number } {
  let end = from
  while (end < source.length && isTagNameChar(source.charCodeAt(end))) end++
  return { name: end - from <= 10 ? source.slice(from, end).toLowerCase() : '', end }
}

function nestedScript(content: string): boolean {
  const comment = content.indexOf('<!--')
  return comment !== -1 && /<script[\s/>]/i.test(content.slice(comment))
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isTagNameChar(c: number): boolean {
  return !isSpace(c) && c !== 47 && c !== 62 // not space, "/" or ">"
}

// Where a start tag ends (its ">"), past quoted attribute values; -1 when
// it never does. One pass: a quote counts only where a value starts.
// Quoted values longer than `longer` are put in `values` (before-parse.ts).
export function tagEnd(source: string, from: number, values?: number[], longer = Infinity): number {
  let at = from
  while (at < source.length) {
    const c = source.charCodeAt(at)
    if (c === 62 /* > */) return at
    at++
    if (c !== 61 /* = */) continue
    while (at < source.length && isSpace(source.charCodeAt(at))) at++
    const quote = source[at]
    if (quote !== '"' && quote !== "'") continue
    const closing = source.indexOf(quote, at + 1)
    if (closing === -1) return -1
    if (values && closing - at - 1 > longer) values.push(at + 1, closing)
    at = closing + 1
  }
  return -1
}
