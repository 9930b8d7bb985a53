// The article's elements -> drafts of blocks, in one walk of the tree.
//
// Blocks: h1-h6 are headings; p and inline content between blocks are
// paragraphs; inside a blockquote they are quotes (level = quote depth); li
// is an item (level = list depth, numbered for ol, honouring start, value
// and reversed), and later paragraphs of an item continue its text; pre is
// one draft (split at blank lines later); a data table gives one paragraph
// per row ("cell | cell"), a layout table is walked like a div; br is a
// space, two in a row end a paragraph. Marks are em, strong and the links
// the link policy keeps; every other element is read for its text alone.

import { limits } from '../../model/document.ts'
import { attr, childElements, findFirst, isElement, type Element, type MainContent } from './main-content.ts'
import { visibleLength } from './tree.ts'
import { keptHref } from '../../links/policy.ts'
import { Draft, NO_MARKS, withMark, type MarkSpec, type MarkState, type Shape } from './draft.ts'
import { blockTooLong } from '../block-limits.ts'
import { isCaption } from './credits.ts'
import type { WorkMeter } from '../work-meter.ts'

export interface Context {
  // Where text goes instead of a new block: the item, heading, cell or pre
  // being read.
  sink: Draft | null
  // Inside a heading, table cell or pre every element is inline.
  flat: boolean
  pre: boolean
  quote: number
  lists: ListFrame[]
  marks: MarkState
  // False inside the header, the byline and figures, whose paragraphs are
  // not the lead that may start with a dateline.
  lead: boolean
  // Inside an <a>, with or without an href we keep.
  link: boolean
  // Inside a figure or a caption, where a picture's credit may end the text.
  caption: boolean
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

export class Walker {
  readonly drafts: Draft[] = []
  // The draft of the content's headline, once met.
  headline: Draft | undefined
  // The paragraph being filled outside any sink; a block boundary closes it.
  private open: Draft | null = null

  constructor(private readonly content: MainContent, private readonly meter: WorkMeter) {}

  children(el: Element, ctx: Context): void {
    // Two <br>s in a row end a paragraph, as they look on screen (a story
    // kept as loose text in a <div>).
    let breaks = 0
    for (const node of el.childNodes) {
      this.meter.step()
      if (isElement(node)) {
        breaks = node.tagName === 'br' ? breaks + 1 : 0
        if (breaks === 2 && !ctx.sink && !ctx.pre) this.open = null
        this.element(node, ctx)
      } else if (node.nodeName === '#text') {
        const value = (node as { value: string }).value
        if (/[^ \t\n\r\f]/.test(value)) breaks = 0
        this.text(value, ctx)
      }
    }
  }

  private element(el: Element, outer: Context): void {
    if (this.content.skip(el)) return
    const tag = el.tagName
    const front = tag === 'header' || tag === 'figure' || el === this.content.byline
    const caption = !outer.caption && isCaption(el)
    const ctx = front || caption ? { ...outer, lead: outer.lead && !front, caption: outer.caption || caption } : outer
    if (tag === 'br') return this.text(ctx.pre ? '\n' : ' ', ctx)
    const mark = markOf(el)
    const inner = tag === 'a' ? { ...ctx, link: true } : ctx
    if (mark) return this.children(el, { ...inner, marks: withMark(ctx.marks, mark) })
    if (tag === 'a') return this.children(el, inner)
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
      draft.caption = ctx.caption
    }
    draft.append(value, ctx.marks)
    if (ctx.link) draft.linked += visibleLength(value)
    // Refused here, not once the whole paragraph is read and made a block:
    // a page that is one paragraph of links would cost seconds and memory
    // more (a pre is cut at blank lines later, so it may run longer).
    if (!draft.pre && draft.solid > limits.blockText) throw blockTooLong('HTML', draft.shape.type, draft.raw)
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
    const draft = new Draft(shape, false)
    // The story's headline is the title, whatever its level on the page.
    if (el === this.content.headline && !this.headline) this.headline = draft
    this.sunk(el, ctx, draft)
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
      if (draft.hasText()) draft.append(' | ', NO_MARKS)
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
      // javascript:, data:, relative and protocol-relative links lose their
      // href and keep their words.
      const href = keptHref(attr(el, 'href'))
      return href !== null ? { type: 'link', href } : undefined
    }
    default:
      return undefined
  }
}

function isLayoutTable(table: Element): boolean {
  return findFirst(table, (el) => LAYOUT_SIGNS.has(el.tagName)) !== undefined
}

function integer(value: string | undefined): number | undefined {
  const match = value === undefined ? null : /^\s*([+-]?\d{1,10})/.exec(value)
  return match ? Number(match[1]) : undefined
}
