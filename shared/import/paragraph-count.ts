// How many paragraphs a text or Markdown file holds, counted before it is
// parsed, so that a file with far more than a document may hold (a million
// one-letter paragraphs) is refused in a moment, rather than after the
// parser has built a token or a string for each of them (seconds and a
// gigabyte, then a misleading "took too long"). One pass over the text;
// nothing is kept per line or per paragraph.
//
// For plain text the count is the text importer's own (text.ts): runs of
// lines between lines of only spaces and tabs that hold something other
// than whitespace. For Markdown it is a count the parser can only exceed:
// a line at the left margin that opens a paragraph, a quote, a heading or
// a list item with a letter or digit, outside code fences and raw HTML.
// What it cannot be sure of (indented lines, which may continue a list
// item; lines after raw HTML) it leaves out.

import { limits } from '../model/document.ts'
import { ImportError } from './imported-article.ts'

const count = (n: number) => n.toLocaleString('en-US')

// Refuses a file with more paragraphs than a document may hold, saying how
// many it has (`atLeast`: the count is a lower bound) and the limit.
export function checkParagraphCount(format: string, paragraphs: number, atLeast: boolean): void {
  if (paragraphs <= limits.blocks) return
  throw new ImportError(`This ${format} file has ${atLeast ? 'at least ' : ''}${count(paragraphs)} paragraphs; one document may hold at most ${count(limits.blocks)}. Split it into smaller files and import those.`)
}

// The text's lines, [start, end) each, without their line breaks (\n, \r\n
// or \r); a leading byte-order mark is left for the caller to skip.
function eachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== 10 && c !== 13) continue
    visit(start, i)
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++
    start = i + 1
  }
  visit(start, text.length)
}

// What String.prototype.trim removes (and /\s/ matches).
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

// Only spaces and tabs (or nothing): a blank line to both importers.
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) return false
  }
  return true
}

// The paragraphs the text importer makes of `text`, exactly.
export function textParagraphs(text: string): number {
  let paragraphs = 0
  let content = false
  eachLine(text, (start, end) => {
    if (isBlank(text, start, end)) {
      if (content) paragraphs++
      content = false
      return
    }
    for (let i = start; i < end && !content; i++) content = !isSpace(text.charCodeAt(i))
  })
  return content ? paragraphs + 1 : paragraphs
}

const WORD = /[\p{L}\p{N}]/uy
// After the margin: a quote, a bullet or ordered item, or an ATX heading,
// each followed by a letter or digit of its text.
const QUOTE_START = /> ?[ \t]*[\p{L}\p{N}]/uy
const LIST_START = /(?:[-+*]|\d{1,9}[.)])[ \t]+[\p{L}\p{N}]/uy
const ORDERED_MARKER = /\d{1,9}[.)](?=[ \t\r\n]|$)/y
// Interrupts a paragraph, so it opens a block even inside a run of lines.
const INTERRUPTS = /(?:[-+*][ \t]+|#{1,6}[ \t]+)[\p{L}\p{N}]/uy
const HEADING_START = /#{1,6}[ \t]+[\p{L}\p{N}]/uy
const FENCE = /(`{3,}|~{3,})/y
// Raw HTML that runs on past blank lines, and what ends it (CommonMark's
// HTML blocks 1-5).
const RAW_STARTS: readonly [RegExp, RegExp][] = [
  [/<(?:script|pre|style|textarea)(?=[\s>]|$)/iy, /<\/(?:script|pre|style|textarea)>/i],
  [/<!--/y, /-->/],
  [/<\?/y, /\?>/],
  [/<![A-Za-z]/y, />/],
  [/<!\[CDATA\[/y, /\]\]>/],
]

function matchesAt(pattern: RegExp, text: string, at: number): RegExp | null {
  pattern.lastIndex = at
  return pattern.test(text) ? pattern : null
}

// At least as many blocks as the Markdown importer makes of `body` (the
// file after its front matter).
export function markdownParagraphs(body: string): number {
  let blocks = 0
  // Inside a run of lines (no blank line since its first).
  let inRun = false
  // The run began with something other than text (raw HTML, code): its
  // lines are not counted.
  let opaque = false
  let fence: { char: string; length: number } | null = null
  let rawEnd: RegExp | null = null
  eachLine(body, (start, end) => {
    if (fence) {
      if (closesFence(body, start, end, fence)) fence = null
      return
    }
    if (rawEnd) {
      if (rawEnd.test(body.slice(start, end))) rawEnd = null
      return
    }
    if (isBlank(body, start, end)) {
      inRun = false
      opaque = false
      return
    }
    let at = start
    let column = 0
    while (at < end && column < 4) {
      const c = body.charCodeAt(at)
      if (c === 32) column++
      else if (c === 9) column += 4 - (column % 4)
      else break
      at++
    }
    const first = !inRun
    inRun = true
    if (column >= 4) {
      // Indented code, or the text of a list item: no new block for sure.
      if (first) opaque = true
      return
    }
    const opened = matchesAt(FENCE, body, at)
    if (opened) {
      const marker = body.slice(at, opened.lastIndex)
      if (marker[0] === '~' || !body.slice(opened.lastIndex, end).includes('`')) {
        fence = { char: marker[0]!, length: marker.length }
        opaque = true
        return
      }
    }
    for (const [starts, ends] of RAW_STARTS) {
      if (!matchesAt(starts, body, at)) continue
      if (!ends.test(body.slice(starts.lastIndex, end))) rawEnd = ends
      opaque = true
      return
    }
    if (body.charCodeAt(at) === 60 /* < */) {
      // Raw HTML may run to the next blank line: its lines are not counted.
      opaque = true
      return
    }
    if (column > 0 || opaque) return
    if (first && opensBlock(body, at)) blocks++
    else if (!first && matchesAt(INTERRUPTS, body, at)) blocks++
  })
  return blocks
}

function opensBlock(text: string, at: number): boolean {
  if (matchesAt(ORDERED_MARKER, text, at)) return matchesAt(LIST_START, text, at) !== null
  return matchesAt(WORD, text, at) !== null || matchesAt(QUOTE_START, text, at) !== null || matchesAt(LIST_START, text, at) !== null || matchesAt(HEADING_START, text, at) !== null
}

// A closing fence: up to three spaces, the opening's character at least as
// many times, then only spaces and tabs.
function closesFence(text: string, start: number, end: number, fence: { char: string; length: number }): boolean {
  let at = start
  while (at < end && at - start < 3 && text.charCodeAt(at) === 32) at++
  let run = 0
  while (at < end && text[at] === fence.char) {
    run++
    at++
  }
  return run >= fence.length && isBlank(text, at, end)
}
