// What parse5 is given, decided in one pass over the page before it runs:
// parse5 takes about a second a megabyte on a busy machine whatever the
// page holds, so a 17 MB page of one paragraph, a million tiny elements or
// a 17 MB attribute cost it tens of seconds before our limits could say no.
//
// The pass refuses a page with more elements than an article has
// (MAX_ELEMENTS start tags) or with a paragraph longer than a block may be
// (visible characters between block boundaries, a count the tree can only
// exceed), and hands parse5 the page without what we never read: comments,
// scripts other than JSON-LD, styles, and attribute values longer than any
// we keep (a link is at most limits.href). Nothing is kept per tag.

import { limits, type BlockType } from '../../model/document.ts'
import { blockTooLong } from '../block-limits.ts'
import { ImportError } from '../imported-article.ts'
import { tagEnd } from './paragraph-count.ts'
import { isSpace } from '../paragraph-count.ts'

// A long news page has a few thousand elements, a whole book as one page a
// few tens of thousands; parse5 builds 250,000 in 2-4 s on a busy machine.
const MAX_ELEMENTS = 250_000
// Longer attribute values are emptied: data: images and the like.
const LONG_VALUE = 2 * limits.href
const LONG_SPACES = 64
// Longer tags (their long values aside) lose their attributes.
const LONG_TAG = 64 * 1024

// Inside these a paragraph goes on (their tags are no block boundary).
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr'])
// Their text is raw: no tag inside until their end tag.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'])
const PRE = new Set(['pre', 'listing'])

export function beforeParse(source: string): string {
  const out: string[] = []
  let kept = 0 // source[kept..] is not yet in out
  const drop = (from: number, to: number) => {
    out.push(source.slice(kept, from))
    kept = to
  }
  // A tag's long values, [from, to) pairs, reused from tag to tag.
  const values: number[] = []
  let elements = 0
  let paragraph = new Paragraph(source)
  let pre = 0
  let quotes = 0
  let at = 0
  while (at < source.length) {
    const lt = source.indexOf('<', at)
    const to = lt === -1 ? source.length : lt
    paragraph.text(at, to, pre > 0)
    // Outside a pre a run of spaces shows as one: 17 MB of them cost
    // parse5 as much as 17 MB of words.
    if (pre === 0) for (let run = longSpaces(source, at, to); run; run = longSpaces(source, run[1], to)) drop(run[0] + 1, run[1])
    if (lt === -1) break
    at = lt
    // "<!-->" and "<!--->" are whole (empty) comments to a browser.
    if (source.startsWith('<!-->', at) || source.startsWith('<!--->', at)) {
      at = source.indexOf('>', at + 4) + 1
      continue
    }
    if (source.startsWith('<!--', at)) {
      const found = source.indexOf('-->', at + 4)
      // Unclosed: parse5 says the file is cut off, on "<!--" alone.
      const end = found === -1 ? source.length : found
      drop(at + 4, end)
      if (found === -1) break
      at = end + 3
      continue
    }
    const next = source.charCodeAt(at + 1)
    const closing = next === 47 /* / */
    if (!isAsciiLetter(closing ? source.charCodeAt(at + 2) : next)) {
      // "<!doctype", "<?xml", a stray "<": text or a bogus comment to ">".
      if (next === 33 || next === 63 || closing) {
        const end = source.indexOf('>', at)
        if (end === -1) break
        at = end + 1
      } else {
        paragraph.text(at, at + 1, pre > 0)
        at++
      }
      continue
    }
    const nameEnd = tagNameEnd(source, at + (closing ? 2 : 1))
    const name = source.slice(at + (closing ? 2 : 1), Math.min(nameEnd, at + 12)).toLowerCase()
    const end = tagEnd(source, nameEnd, values, LONG_VALUE)
    if (end === -1) break
    // A tag of a million attributes (parse5 checks each against the others)
    // keeps its name alone; otherwise its long values go.
    if (end - nameEnd - dropped(values) > LONG_TAG) drop(nameEnd, end)
    else for (let i = 0; i < values.length; i += 2) drop(values[i]!, values[i + 1]!)
    values.length = 0
    if (!INLINE.has(name)) paragraph = paragraph.ended(closing ? 'paragraph' : kindOf(name, quotes))
    if (PRE.has(name)) pre = Math.max(0, pre + (closing ? -1 : 1))
    if (name === 'blockquote') quotes = Math.max(0, quotes + (closing ? -1 : 1))
    at = end + 1
    if (closing) continue
    if (++elements > MAX_ELEMENTS) throw new ImportError(`This page has over ${MAX_ELEMENTS.toLocaleString('en-US')} elements, far more than an article has; it cannot be imported safely.`)
    if (name === 'plaintext') break
    if (!RAW.has(name)) continue
    const found = rawEnd(source, name, at)
    const close = found === -1 ? source.length : found
    // What we never read goes; a JSON-LD script (ld-article-body.ts) stays.
    // Unclosed, it runs to the end of the file: nothing of an article.
    if ((name === 'script' && !/ld\+json/i.test(source.slice(lt, end))) || name === 'style' || found === -1) drop(at, close)
    if (found === -1) break
    at = close
  }
  paragraph.ended('paragraph')
  out.push(source.slice(kept))
  return out.join('')
}

// The visible characters of the paragraph under way: a run of spaces is
// one, a character reference one. In a pre, a blank line ends it (the
// importer splits a pre there).
class Paragraph {
  #kind: BlockType = 'paragraph'
  #length = 0
  #start = -1
  #space = false
  #newlines = 0
  constructor(readonly source: string) {}

  text(from: number, to: number, pre: boolean): void {
    const source = this.source
    for (let i = from; i < to; i++) {
      const c = source.charCodeAt(i)
      if (isSpace(c)) {
        if (pre && c === 10 && ++this.#newlines >= 2) this.ended(this.#kind)
        if (!this.#space) this.#length++
        this.#space = true
        continue
      }
      this.#space = false
      this.#newlines = 0
      if (this.#start === -1) this.#start = i
      if (c === 38 /* & */) i = referenceEnd(source, i, to)
      if (++this.#length > limits.blockText) throw blockTooLong('HTML', this.#kind, source.slice(this.#start, this.#start + 2000).replace(/<[^>]*>?/g, ''))
    }
  }

  // kind: what the block that starts here is, as the importer will call it.
  ended(kind: BlockType): Paragraph {
    this.#kind = kind
    this.#length = 0
    this.#start = -1
    this.#newlines = 0
    return this
  }
}

function kindOf(name: string, quotes: number): BlockType {
  if (/^h[1-6]$/.test(name)) return 'heading'
  if (name === 'li') return 'item'
  return quotes > 0 ? 'quote' : 'paragraph'
}

// The last character of a reference such as "&amp;" or "&#233;" (one
// character shown), or `at` itself when none starts there.
function referenceEnd(source: string, at: number, to: number): number {
  for (let i = at + 1; i < Math.min(to, at + 40); i++) {
    const c = source.charCodeAt(i)
    if (c === 59 /* ; */) return i
    if (!(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 35 /* # */)) return at
  }
  return at
}

function rawEnd(source: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\s/>]`, 'gi')
  pattern.lastIndex = from
  return pattern.exec(source)?.index ?? -1
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function tagNameEnd(source: string, from: number): number {
  let end = from
  while (end < source.length) {
    const c = source.charCodeAt(end)
    if (isSpace(c) || c === 47 || c === 62) break
    end++
  }
  return end
}

// The next run of more than LONG_SPACES of HTML's spaces in [from, to).
function longSpaces(source: string, from: number, to: number): [number, number] | null {
  let start = -1
  for (let i = from; i <= to; i++) {
    const c = i < to ? source.charCodeAt(i) : 0
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12) {
      if (start === -1) start = i
    } else {
      if (start !== -1 && i - start > LONG_SPACES) return [start, i]
      start = -1
    }
  }
  return null
}

function dropped(values: readonly number[]): number {
  let length = 0
  for (let i = 0; i < values.length; i += 2) length += values[i + 1]! - values[i]!
  return length
}
