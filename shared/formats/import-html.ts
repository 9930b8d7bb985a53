// HTML and saved web pages -> blocks. parse5 builds the tree; we find the
// article in it (html-main-content.ts), read its metadata
// (html-metadata.ts) and walk it into blocks.
//
// Parsing into our schema is the sanitiser: what comes out is text, block
// types and the marks em, strong, link and dateline. No attribute survives
// except a link's href, and only an absolute http:, https: or mailto: one.
// Script, style, media, embedded documents and form controls are dropped
// with their text; images are dropped (nothing remote is ever loaded).
//
// Blocks: the article's first heading, if an h1, is the title; h1-h6 are
// headings; p and inline content between blocks are paragraphs; inside a
// blockquote they are quotes (level = quote depth); li is an item (level =
// list depth, numbered for ol, honouring start, value and reversed), and
// later paragraphs of an item continue its text; pre is split at blank
// lines; a data table gives one paragraph per row ("cell | cell"), a layout
// table is walked like a div; figcaption is a paragraph; br is a space.
// Whitespace collapses to single spaces as a browser shows it.

import { parse } from 'parse5'
import { limits, type Block, type BlockType, type InlineMark, type MarkType } from '../model/document.ts'
import { attr, childElements, findFirst, findMainContent, isElement, wholePage, type Element, type MainContent, type Page } from './html-main-content.ts'
import { httpUrl, readMetadata } from './html-metadata.ts'
import { collapseMarkedText } from './collapse-marked-text.ts'
import { ImportError, type ImportedArticle, type ImportOptions } from './imported-article.ts'
import { importText } from './import-text.ts'

// The walks below recurse; real pages stay far below this (browsers stop
// nesting at 512), and a deeper one would otherwise overflow the stack.
const MAX_DEPTH = 1000

export function importHtml(source: string, options: ImportOptions = {}): ImportedArticle {
  const page = parsePage(source)
  const content = options.wholePage ? wholePage(page) : findMainContent(page)
  const { blocks, lead } = toBlocks(content)
  if (blocks.length === 0) throw new ImportError('The HTML file has no readable article text.')
  if (blocks.length > limits.blocks || blocks.some((b) => b.text.length > limits.blockText)) {
    throw new ImportError('The HTML file is too large to import.')
  }
  if (lead) markDateline(lead)
  const title = blocks.find((b) => b.type === 'title')
  const result: ImportedArticle = { meta: readMetadata(page, content, title?.text), blocks }
  if (content.unsure) result.unsure = `Sourcemark is not sure it found the article: ${content.unsure}.`
  return result
}

// End of file inside a tag, comment or doctype means the file was cut off;
// a page that merely lacks its closing tags is normal and fine.
function parsePage(source: string): Page {
  let truncated = false
  const page = parse(source, {
    onParseError: (error) => {
      if (error.code.startsWith('eof-in-') || error.code === 'eof-before-tag-name') truncated = true
    },
  })
  if (truncated) throw new ImportError('The HTML file ends in the middle of a tag; it looks truncated or damaged.')
  if (deeperThan(page, MAX_DEPTH)) throw new ImportError('The HTML file is nested too deeply to read.')
  return page
}

function deeperThan(page: Page, limit: number): boolean {
  const stack: [Page | Element, number][] = [[page, 0]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry
    if (depth > limit) return true
    for (const child of node.childNodes) if (isElement(child)) stack.push([child, depth + 1])
  }
  return false
}

// The house dateline rule lives in the plain-text importer; asking it about
// the lead paragraph alone keeps one definition of a dateline.
function markDateline(block: Block): void {
  const dateline = importText(block.text).dateline
  if (!dateline || !block.text.startsWith(dateline)) return
  const mark: InlineMark = { type: 'dateline', from: 0, to: dateline.length }
  block.marks = [mark, ...(block.marks ?? [])].slice(0, limits.marks)
}

// ---- Drafts: a block's raw text before whitespace is collapsed -------------

interface Shape {
  type: BlockType
  level?: number
  ordered?: boolean
  number?: number
}

interface MarkSpec { type: MarkType; href?: string }
interface RawMark extends MarkSpec { from: number; to: number }

class Draft {
  raw = ''
  marks: RawMark[] = []
  constructor(readonly shape: Shape, readonly lead: boolean, readonly pre = false) {}

  append(text: string, marks: readonly MarkSpec[]): void {
    const from = this.raw.length
    this.raw += text
    for (const mark of marks) this.marks.push({ ...mark, from, to: this.raw.length })
  }

  appendDraft(other: Draft): void {
    const shift = this.raw.length
    this.raw += other.raw
    for (const mark of other.marks) this.marks.push({ ...mark, from: mark.from + shift, to: mark.to + shift })
  }

  hasText(): boolean {
    return /[^ \t\n\r\f]/.test(this.raw)
  }
}

// ---- Walking the content ----------------------------------------------------

interface Context {
  // Where text goes instead of a new block: the item, heading, cell or pre
  // being read.
  sink: Draft | null
  // Inside a heading, table cell or pre every element is inline.
  flat: boolean
  pre: boolean
  quote: number
  lists: ListFrame[]
  marks: readonly MarkSpec[]
  // False inside the header, the byline and figures, whose paragraphs are
  // not the lead that may start with a dateline.
  lead: boolean
}

interface ListFrame { ordered: boolean; next: number; step: number }

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const LISTS = new Set(['ul', 'ol', 'menu'])
// Elements that start a new line in a browser. Anything else (span, time,
// code, custom elements) is read as inline text.
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'address', 'figure', 'figcaption',
  'dl', 'dt', 'dd', 'details', 'summary', 'hr', 'center', 'hgroup', 'fieldset', 'legend', 'caption', 'body', 'html',
  'li', 'ul', 'ol', 'menu', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
])
// Tables holding these are page layout, not data.
const LAYOUT_SIGNS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'pre', 'table', 'article', 'section'])

class Walker {
  readonly drafts: Draft[] = []
  // The paragraph being filled outside any sink; a block boundary closes it.
  private open: Draft | null = null

  constructor(private readonly content: MainContent) {}

  children(el: Element, ctx: Context): void {
    for (const node of el.childNodes) {
      if (isElement(node)) this.element(node, ctx)
      else if (node.nodeName === '#text') this.text((node as { value: string }).value, ctx)
    }
  }

  private element(el: Element, outer: Context): void {
    if (this.content.skip(el)) return
    const tag = el.tagName
    const front = tag === 'header' || tag === 'figure' || el === this.content.byline
    const ctx = front ? { ...outer, lead: false } : outer
    if (tag === 'br') return this.text(ctx.pre ? '\n' : ' ', ctx)
    const mark = markOf(el)
    if (mark) return this.children(el, { ...ctx, marks: [...ctx.marks, mark] })
    if (!BLOCKS.has(tag)) return this.children(el, ctx)
    // A block inside a heading, cell or item: a space either side keeps
    // the words on its two sides apart.
    this.text(' ', ctx)
    if (ctx.flat) this.children(el, ctx)
    else this.structure(el, ctx)
    this.text(' ', ctx)
  }

  private structure(el: Element, ctx: Context): void {
    const tag = el.tagName
    if (HEADINGS.has(tag)) return ctx.sink ? this.children(el, ctx) : this.heading(el, ctx)
    if (tag === 'li') return this.item(el, ctx)
    if (LISTS.has(tag)) return this.list(el, ctx)
    if (tag === 'blockquote') return this.nest(el, { ...ctx, quote: ctx.quote + 1 })
    if (tag === 'table' && !isLayoutTable(el)) return this.table(el, ctx)
    if (tag === 'pre') return this.sunk(el, ctx, new Draft(this.shape(ctx), ctx.lead, true), { pre: true })
    if (ctx.sink) return this.children(el, ctx)
    this.block(el, ctx)
  }

  private text(value: string, ctx: Context): void {
    let draft = ctx.sink ?? this.open
    if (!draft) {
      if (!/[^ \t\n\r\f]/.test(value)) return
      draft = this.open = this.push(new Draft(this.shape(ctx), ctx.lead))
    }
    draft.append(value, ctx.marks)
  }

  private shape(ctx: Context): Shape {
    return ctx.quote > 0 ? { type: 'quote', level: Math.min(ctx.quote, limits.level) } : { type: 'paragraph' }
  }

  private push(draft: Draft): Draft {
    this.drafts.push(draft)
    return draft
  }

  // A block-level element in a paragraph's flow: its own paragraph(s).
  private block(el: Element, ctx: Context): void {
    this.open = null
    this.children(el, ctx)
    this.open = null
  }

  // Lists and quotes start a fresh flow even inside an item.
  private nest(el: Element, ctx: Context): void {
    this.block(el, { ...ctx, sink: null })
  }

  // The whole element, block children included, fills one draft.
  private sunk(el: Element, ctx: Context, draft: Draft, extra: Partial<Context> = {}): void {
    this.open = null
    this.push(draft)
    this.children(el, { ...ctx, sink: draft, flat: true, ...extra })
    this.open = null
  }

  private heading(el: Element, ctx: Context): void {
    const level = Number(el.tagName.slice(1))
    const shape: Shape = ctx.quote > 0 ? this.shape(ctx) : { type: 'heading', level }
    this.sunk(el, ctx, new Draft(shape, false))
  }

  private list(el: Element, ctx: Context): void {
    const ordered = el.tagName === 'ol'
    const reversed = ordered && attr(el, 'reversed') !== undefined
    const count = childElements(el).filter((child) => child.tagName === 'li').length
    const start = integer(attr(el, 'start')) ?? (reversed ? count : 1)
    this.nest(el, { ...ctx, lists: [...ctx.lists, { ordered, next: start, step: reversed ? -1 : 1 }] })
  }

  private item(el: Element, ctx: Context): void {
    const frame = ctx.lists.at(-1)
    const shape: Shape = { type: 'item', level: Math.min(Math.max(ctx.lists.length, 1), limits.level), ordered: frame?.ordered ?? false }
    if (frame) {
      const number = integer(attr(el, 'value')) ?? frame.next
      frame.next = number + frame.step
      if (frame.ordered && number >= 0 && number <= limits.number) shape.number = number
    }
    this.open = null
    const draft = this.push(new Draft(shape, false))
    this.children(el, { ...ctx, sink: draft })
    this.open = null
  }

  private table(el: Element, ctx: Context): void {
    this.open = null
    for (const part of childElements(el)) {
      if (this.content.skip(part)) continue
      if (part.tagName === 'caption') this.block(part, ctx)
      else if (part.tagName === 'tr') this.row(part, ctx)
      else if (['thead', 'tbody', 'tfoot'].includes(part.tagName)) {
        for (const row of childElements(part)) if (row.tagName === 'tr' && !this.content.skip(row)) this.row(row, ctx)
      }
    }
    this.open = null
  }

  // One paragraph per row; empty cells are left out.
  private row(tr: Element, ctx: Context): void {
    const draft = this.push(new Draft(this.shape(ctx), false))
    for (const cell of childElements(tr)) {
      if ((cell.tagName !== 'td' && cell.tagName !== 'th') || this.content.skip(cell)) continue
      const text = new Draft(draft.shape, false)
      this.children(cell, { ...ctx, sink: text, flat: true })
      if (!text.hasText()) continue
      if (draft.hasText()) draft.append(' | ', [])
      draft.appendDraft(text)
    }
  }
}

function markOf(el: Element): MarkSpec | undefined {
  switch (el.tagName) {
    case 'em':
    case 'i':
      return { type: 'em' }
    case 'strong':
    case 'b':
      return { type: 'strong' }
    case 'a': {
      const href = safeHref(attr(el, 'href'))
      return href ? { type: 'link', href } : undefined
    }
    default:
      return undefined
  }
}

// Absolute http(s) and mailto only: javascript:, data:, vbscript:, relative
// and protocol-relative links lose their href and keep their words.
function safeHref(value: string | undefined): string | undefined {
  const href = value?.trim()
  if (href && /^mailto:[^\s\u0000-\u001f\u007f]+$/i.test(href) && href.length <= 4096) return href
  return httpUrl(href)
}

function isLayoutTable(table: Element): boolean {
  return findFirst(table, (el) => LAYOUT_SIGNS.has(el.tagName)) !== undefined
}

function integer(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*([+-]?\d{1,10})/.exec(value)
  return match ? Number(match[1]) : undefined
}

// ---- Drafts -> blocks ---------------------------------------------------------

function toBlocks(content: MainContent): { blocks: Block[]; lead: Block | undefined } {
  const walker = new Walker(content)
  const root: Context = { sink: null, flat: false, pre: false, quote: 0, lists: [], marks: [], lead: true }
  walker.children(content.root, root)
  const blocks: Block[] = []
  let lead: Block | undefined
  for (const draft of walker.drafts) {
    for (const piece of draft.pre ? splitAtBlankLines(draft) : [draft]) {
      const block = finish(piece.raw, piece.marks, draft.shape)
      if (!block) continue
      blocks.push(block)
      if (!lead && draft.lead && block.type === 'paragraph') lead = block
    }
  }
  const firstHeading = blocks.find((b) => b.type === 'heading')
  if (firstHeading?.level === 1) {
    firstHeading.type = 'title'
    delete firstHeading.level
  }
  return { blocks, lead }
}

function splitAtBlankLines(draft: Draft): { raw: string; marks: RawMark[] }[] {
  const pieces: { raw: string; marks: RawMark[] }[] = []
  let start = 0
  const cut = (end: number, next: number) => {
    const marks = draft.marks
      .map((m) => ({ ...m, from: Math.max(m.from, start) - start, to: Math.min(m.to, end) - start }))
      .filter((m) => m.from < m.to)
    pieces.push({ raw: draft.raw.slice(start, end), marks })
    start = next
  }
  for (const match of draft.raw.matchAll(/\n[ \t\r\f]*\n/g)) cut(match.index, match.index + match[0].length)
  cut(draft.raw.length, draft.raw.length)
  return pieces
}

function finish(raw: string, rawMarks: RawMark[], shape: Shape): Block | undefined {
  const { text, marks } = collapse(raw, mergeMarks(rawMarks))
  if (!/[^\s]/u.test(text)) return undefined
  const block: Block = { type: shape.type, text }
  if (shape.level !== undefined) block.level = shape.level
  if (shape.ordered !== undefined) block.ordered = shape.ordered
  if (shape.number !== undefined) block.number = shape.number
  if (marks.length > 0) block.marks = marks.slice(0, limits.marks)
  return block
}

// Overlapping or touching marks of one kind (and href) become one:
// "<a>foo </a><a><b>bar</b></a>" is one link.
function mergeMarks(marks: RawMark[]): RawMark[] {
  const key = (m: RawMark) => `${m.type} ${m.href ?? ''}`
  const sorted = marks.filter((m) => m.from < m.to).sort((a, b) => key(a).localeCompare(key(b)) || a.from - b.from)
  const merged: RawMark[] = []
  for (const mark of sorted) {
    const last = merged.at(-1)
    if (last && key(last) === key(mark) && mark.from <= last.to) last.to = Math.max(last.to, mark.to)
    else merged.push({ ...mark })
  }
  return merged
}

const ORDER: Record<MarkType, number> = { dateline: 0, link: 1, strong: 2, em: 3 }

// Runs of HTML whitespace become one space and the ends are trimmed, as a
// browser renders them; marks move with their words and lose any spaces at
// their edges.
// HTML's own whitespace: a no-break space is text.
const isHtmlSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f'

function collapse(raw: string, rawMarks: RawMark[]): { text: string; marks: InlineMark[] } {
  const { text, marks } = collapseMarkedText(raw, rawMarks, isHtmlSpace)
  const inline = marks.map(({ type, from, to, href }): InlineMark => (href === undefined ? { type, from, to } : { type, from, to, href }))
  return { text, marks: inline.sort((a, b) => a.from - b.from || b.to - a.to || ORDER[a.type] - ORDER[b.type]) }
}
