// Markdown (CommonMark, plus tables) -> blocks. markdown-it parses; we walk
// its token stream and never render HTML, so nothing in the file can run or
// fetch anything. Raw HTML is dropped outright, as are images (alt text
// included) and rules. Lists and quotes flatten into `item` and `quote`
// blocks whose level is their nesting depth. YAML front matter, if any,
// supplies the metadata.

import { languageTag } from '../text/detect-language.ts'
import MarkdownIt, { type Token } from 'markdown-it'
import { parseDocument } from 'yaml'
import { limits, type Block, type DocumentMeta, type InlineMark } from '../model/document.ts'
import { keptHref, keptPageUrl } from '../links/policy.ts'
import { clip, oneLine } from '../text/one-line.ts'
import { collapseMarkedText } from './collapse-marked-text.ts'
import { ImportError, type ImportedArticle } from './imported-article.ts'
import { meterFor, type WorkMeter } from './work-meter.ts'


// `html: true` only so that raw HTML arrives as html_* tokens we can drop;
// with `html: false` it would come through as literal text.
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
// markdown-it refuses javascript: and similar links by leaving the whole
// "[text](url)" as literal text. We never render, so accept every link and
// filter hrefs ourselves: the words stay, the bad link goes.
md.validateLink = () => true
// The address as written, decoded but not percent-encoded, so the link
// policy sees what the HTML importer sees (a control character stays one).
md.normalizeLink = (url) => url
// Past maxNesting (100 levels; a list takes two) markdown-it skips the rest
// of the block, words and all. Refuse instead of importing an article with
// holes; the test mirrors the tokenizer's own, so only a skip is refused.
const tokenizeBlock = md.block.tokenize.bind(md.block)
md.block.tokenize = (state, startLine, endLine) => {
  if (state.level >= md.options.maxNesting) {
    const line = state.skipEmptyLines(startLine)
    if (line < endLine && state.sCount[line]! >= state.blkIndent) {
      throw new ImportError('This Markdown file is too deeply nested to import safely (lists or quotes inside each other about 50 times or more).')
    }
  }
  tokenizeBlock(state, startLine, endLine)
}

// `meter` counts the work (and stops a file that needs far too much); tests
// pass their own to read it.
export function importMarkdown(source: string, meter: WorkMeter = meterFor(source)): ImportedArticle {
  const normalized = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const { meta, body } = splitFrontMatter(normalized)
  const blocks = toBlocks(md.parse(body, {}), meter)
  if (blocks.length === 0) throw new ImportError('The Markdown file has no readable text.')
  if (blocks.length > limits.blocks || blocks.some((b) => b.text.length > limits.blockText)) {
    throw new ImportError('The Markdown file is too large to import.')
  }
  if (meta.title === undefined && blocks[0]!.type === 'title') meta.title = clip(blocks[0]!.text, 1000)
  return { meta, blocks }
}

// ---- Front matter ---------------------------------------------------------

const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/

function splitFrontMatter(text: string): { meta: Partial<DocumentMeta>; body: string } {
  const match = FRONT_MATTER.exec(text)
  if (!match) return { meta: {}, body: text }
  // Stripped even when unreadable: YAML shown as article text would be worse
  // than losing the metadata.
  return { meta: metaFrom(readYaml(match[1] ?? '')), body: text.slice(match[0].length) }
}

// The mapping's entries under lower-cased keys, or nothing if the YAML is
// broken or not a mapping.
function readYaml(yaml: string): Map<string, unknown> {
  const entries = new Map<string, unknown>()
  // parseDocument, unlike parse, neither throws nor logs warnings; the
  // timestamp tag turns unquoted dates into Date objects.
  const doc = parseDocument(yaml, { schema: 'core', customTags: ['timestamp'] })
  if (doc.errors.length > 0) return entries
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 100 })
  } catch {
    return entries // e.g. an alias bomb
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return entries
  for (const [key, v] of Object.entries(value)) {
    const lower = key.toLowerCase()
    if (!entries.has(lower)) entries.set(lower, v)
  }
  return entries
}

const META_KEYS = {
  title: ['title'],
  publisher: ['publisher', 'source', 'site', 'site_name', 'publication'],
  author: ['author', 'authors', 'byline'],
  published: ['date', 'published', 'published_at', 'pubdate'],
  url: ['url', 'source_url', 'link', 'canonical', 'original_url'],
  language: ['lang', 'language', 'locale'],
} as const

const META_MAX: Record<keyof DocumentMeta, number> = { title: 1000, publisher: 1000, author: 1000, published: 100, url: 4096, language: 35 }

function metaFrom(entries: Map<string, unknown>): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {}
  for (const field of Object.keys(META_KEYS) as (keyof DocumentMeta)[]) {
    for (const key of META_KEYS[field]) {
      const value = metaValue(field, entries.get(key))
      if (value !== undefined) {
        meta[field] = value
        break
      }
    }
  }
  return meta
}

function metaValue(field: keyof DocumentMeta, value: unknown): string | undefined {
  const text = field === 'author' && Array.isArray(value)
    ? value.map((v) => oneLine(scalarText(v) ?? '')).filter(Boolean).join(', ')
    : oneLine(scalarText(value) ?? '')
  if (!text) return undefined
  if (field === 'language') return languageTag(text)
  if (field === 'url') {
    // The link policy, as for HTML metadata; a cut URL points somewhere
    // else, so an overlong one is dropped, not truncated.
    return keptPageUrl(text) ?? undefined
  }
  return clip(text, META_MAX[field])
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDate(value)
  return undefined
}

// A bare YAML date (2025-11-05) becomes midnight UTC; give it back as written.
function isoDate(date: Date): string {
  const iso = date.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
}


// ---- Blocks ---------------------------------------------------------------

// Text with marks, offsets into that text.
interface Piece {
  text: string
  marks: InlineMark[]
}

type Container =
  | { kind: 'quote' }
  | { kind: 'list'; ordered: boolean; next: number }
  // `rest`: the item's later paragraphs, joined to its block once it closes.
  | { kind: 'item'; ordered: boolean; number: number; block: Block | null; rest: Piece[] }

type ItemContainer = Extract<Container, { kind: 'item' }>

function toBlocks(tokens: Token[], meter: WorkMeter): Block[] {
  const blocks: Block[] = []
  const stack: Container[] = []
  let row: Piece[] | null = null

  // Where a piece of text goes depends on its innermost container.
  const place = (raw: Piece, headingLevel?: number) => {
    meter.step(raw.text.length + raw.marks.length)
    const piece = collapse(raw)
    if (!piece.text) return
    const inner = innermost(stack)
    if (inner?.kind === 'item') addToItem(inner, piece)
    else if (inner?.kind === 'quote') blocks.push(block('quote', piece, depth(stack, 'quote')))
    else if (headingLevel === 1 && blocks.length === 0) blocks.push(block('title', piece))
    else if (headingLevel !== undefined) blocks.push(block('heading', piece, headingLevel))
    else blocks.push(block('paragraph', piece))
  }

  const addToItem = (item: ItemContainer, piece: Piece) => {
    if (item.block) {
      // Later paragraphs of an item continue its text rather than making new
      // bullets. Joined once at the end: joining each in turn would copy the
      // text so far every time.
      item.rest.push(piece)
      return
    }
    item.block = block('item', piece, depth(stack, 'list'))
    item.block.ordered = item.ordered
    if (item.ordered) item.block.number = item.number
    blocks.push(item.block)
  }

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    meter.step(1 + (token.children?.length ?? 0) + token.content.length)
    switch (token.type) {
      case 'blockquote_open':
        stack.push({ kind: 'quote' })
        break
      case 'bullet_list_open':
      case 'ordered_list_open':
        stack.push({ kind: 'list', ordered: token.type === 'ordered_list_open', next: listStart(token) })
        break
      case 'list_item_open': {
        const list = stack.at(-1)
        const ordered = list?.kind === 'list' && list.ordered
        const number = list?.kind === 'list' ? Math.min(list.next++, limits.number) : 1
        stack.push({ kind: 'item', ordered, number, block: null, rest: [] })
        break
      }
      case 'list_item_close': {
        const item = stack.pop()
        if (item?.kind === 'item') finishItem(item, meter)
        break
      }
      case 'blockquote_close':
      case 'bullet_list_close':
      case 'ordered_list_close':
        stack.pop()
        break
      case 'tr_open':
        row = []
        break
      case 'tr_close':
        if (row && row.some((cell) => collapse(cell).text)) place(join(row, ' | '))
        row = null
        break
      case 'inline': {
        const piece = inlinePiece(token.children ?? [])
        const parent = tokens[i - 1]
        if (parent?.type === 'th_open' || parent?.type === 'td_open') row?.push(piece)
        else if (parent?.type === 'heading_open') place(piece, Number(parent.tag.slice(1)))
        else place(piece)
        break
      }
      case 'code_block':
      case 'fence':
        // One block per group of lines; blank lines inside code separate groups.
        for (const group of token.content.split(/\n[ \t]*\n/)) place({ text: group, marks: [] })
        break
      // Everything else carries no text of its own or is dropped on purpose:
      // html_block, hr, table/thead/tbody, paragraph and heading closers.
    }
  }
  return blocks
}

function finishItem(item: ItemContainer, meter: WorkMeter): void {
  if (!item.block || item.rest.length === 0) return
  meter.step(item.block.text.length + (item.block.marks?.length ?? 0) + item.rest.reduce((sum, p) => sum + p.text.length + p.marks.length, 0))
  const joined = join([{ text: item.block.text, marks: item.block.marks ?? [] }, ...item.rest], ' ')
  item.block.text = joined.text
  if (joined.marks.length > 0) item.block.marks = joined.marks.slice(0, limits.marks)
}

function innermost(stack: Container[]): Container | undefined {
  return stack.findLast((c) => c.kind !== 'list')
}

function depth(stack: Container[], kind: 'quote' | 'list'): number {
  return Math.min(stack.filter((c) => c.kind === kind).length, limits.level)
}

function listStart(token: Token): number {
  const start = Number(token.attrGet('start') ?? 1)
  return Number.isSafeInteger(start) && start >= 0 ? start : 1
}

function block(type: Block['type'], piece: Piece, level?: number): Block {
  const result: Block = { type, text: piece.text }
  if (level !== undefined) result.level = Math.min(Math.max(level, 1), limits.level)
  if (piece.marks.length > 0) result.marks = piece.marks.slice(0, limits.marks)
  return result
}

function join(pieces: Piece[], separator: string): Piece {
  let text = ''
  const marks: InlineMark[] = []
  pieces.forEach((piece, i) => {
    if (i > 0) text += separator
    for (const m of piece.marks) marks.push({ ...m, from: m.from + text.length, to: m.to + text.length })
    text += piece.text
  })
  return { text, marks }
}

// ---- Inline ---------------------------------------------------------------

type Open = { type: 'em' | 'strong' | 'link'; from: number; href: string | null; order: number }

// An inline token's children as raw text (whitespace not yet collapsed) with marks.
function inlinePiece(children: Token[]): Piece {
  let text = ''
  // Kept in the order the marks open, so an outer mark precedes an inner one.
  const marks: { mark: InlineMark; order: number }[] = []
  const open: Open[] = []
  let opened = 0
  // Inside an inline <script> or <style> the words are code, not article.
  let skipping: string | null = null

  const close = (type: Open['type']) => {
    const at = open.findLastIndex((o) => o.type === type)
    if (at === -1) return
    const [o] = open.splice(at, 1)
    if (type === 'link' && o!.href === null) return
    const mark: InlineMark = { type, from: o!.from, to: text.length }
    if (o!.href !== null) mark.href = o!.href
    marks.push({ mark, order: o!.order })
  }

  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        if (!skipping) text += child.content
        break
      case 'softbreak':
      case 'hardbreak':
        if (!skipping) text += ' '
        break
      case 'em_open':
      case 'strong_open':
        open.push({ type: child.type === 'em_open' ? 'em' : 'strong', from: text.length, href: null, order: opened++ })
        break
      case 'link_open':
        open.push({ type: 'link', from: text.length, href: safeHref(child.attrGet('href')), order: opened++ })
        break
      case 'em_close':
      case 'strong_close':
      case 'link_close':
        close(child.type === 'em_close' ? 'em' : child.type === 'strong_close' ? 'strong' : 'link')
        break
      case 'html_inline':
        skipping = nextSkipping(skipping, child.content)
        break
      // image (with its alt text), strikethrough and anything else: no text, no mark.
    }
  }
  return { text, marks: marks.sort((a, b) => a.order - b.order).map((m) => m.mark) }
}

function nextSkipping(skipping: string | null, html: string): string | null {
  if (skipping) return new RegExp(`^</${skipping}\\s*>$`, 'i').test(html) ? null : skipping
  const opening = /^<(script|style)\b[^>]*?(\/)?>$/i.exec(html)
  return opening && !opening[2] ? opening[1]!.toLowerCase() : null
}

// Only links a reader can safely follow (the link policy).
function safeHref(href: string | number | null): string | null {
  return typeof href === 'string' ? keptHref(href) : null
}

// Whitespace runs become one space and the edges are trimmed. Each raw
// offset maps to where its character lands, so marks follow their words; a
// mark is then shrunk off the spaces at its ends, and dropped if empty.
function collapse(raw: Piece): Piece {
  const { text, marks } = collapseMarkedText(raw.text, raw.marks, (c) => /\s/.test(c))
  // Outer marks before inner ones that start at the same place.
  return { text, marks: marks.sort((a, b) => a.from - b.from || b.to - a.to) }
}
