// HTML and saved web pages -> blocks. parse5 builds the tree; we find the
// article in it (main-content.ts), read its metadata
// (metadata.ts) and walk it into blocks.
//
// Parsing into our schema is the sanitiser: what comes out is text, block
// types and the marks em, strong, link and dateline. No attribute survives
// except a link's href, and only an absolute http:, https: or mailto: one.
// Script, style, media, embedded documents and form controls are dropped
// with their text; images are dropped (nothing remote is ever loaded).
//
// Blocks: the walk (walk.ts) makes drafts; here they become blocks, the
// article's first heading, if an h1, the title. Whitespace collapses to
// single spaces as a browser shows it.

import { limits, type Block, type InlineMark } from '../../model/document.ts'
import { findMainContent, wholePage, type MainContent } from './main-content.ts'
import { readMetadata } from './metadata.ts'
import { READ_MORE } from './read-more.ts'
import { visibleLength } from './tree.ts'
import { finishBlock, NO_MARKS, type Draft } from './draft.ts'
import { Walker, type Context } from './walk.ts'
import { dropFurniture, isFurnitureLine } from './furniture-lines.ts'
import { parsePage } from './parse.ts'
import { withLdBody } from './ld-article-body.ts'
import { captionCreditAt } from './credits.ts'
import { checkBlocks } from '../block-limits.ts'
import { checkParagraphCount } from '../paragraph-count.ts'
import { htmlParagraphs } from './paragraph-count.ts'
import { beforeParse } from './before-parse.ts'
import { ImportError, type ImportedArticle, type ImportOptions } from '../imported-article.ts'
import { importText } from '../text.ts'
import { meterFor, type WorkMeter } from '../work-meter.ts'

// `meter` counts the work (and stops a file that needs far too much); tests
// pass their own to read it. `options.wholePage` takes the whole page
// instead of the part that looks like the article.
export function importHtml(source: string, meter: WorkMeter = meterFor(source), options: ImportOptions = {}): ImportedArticle {
  // Counted before parse5 builds a node for each (paragraph-count.ts).
  checkParagraphCount('HTML', htmlParagraphs(source), true)
  // Refused, or set aside, before parse5 spends a second a megabyte on it.
  const page = parsePage(beforeParse(source), meter)
  options.checked?.()
  const content = options.wholePage ? wholePage(page) : findMainContent(page, meter)
  const found = toBlocks(content, meter)
  const blocks = options.wholePage ? found.blocks : withLdBody(page, found.blocks)
  const lead = blocks.includes(found.lead!) ? found.lead : blocks.find((b) => b.type === 'paragraph')
  if (blocks.length === 0) throw new ImportError('The HTML file has no readable article text.')
  checkBlocks('HTML', blocks)
  if (lead) markDateline(lead)
  const title = blocks.find((b) => b.type === 'title')
  const result: ImportedArticle = { meta: readMetadata(page, content, title?.text), blocks }
  // The page's own data gave the story: no doubt about where it was.
  if (content.unsure && blocks === found.blocks) result.unsure = `Sourcemark is not sure it found the article: ${content.unsure}.`
  return result
}

// The house dateline rule lives in the plain-text importer; asking it about
// the lead paragraph alone keeps one definition of a dateline.
function markDateline(block: Block): void {
  const dateline = importText(block.text).dateline
  if (!dateline || !block.text.startsWith(dateline)) return
  const mark: InlineMark = { type: 'dateline', from: 0, to: dateline.length }
  block.marks = [mark, ...(block.marks ?? [])].slice(0, limits.marks)
}

// "Related articles: <link> <link>" as a paragraph of its own, where no
// element holds it to be left out (a story of loose text and <br>s), or
// "Mira: <linked headline>" set as a heading.
function isReadMoreLine(draft: Draft): boolean {
  if ((draft.shape.type !== 'paragraph' && draft.shape.type !== 'heading') || draft.pre || draft.raw.length > 600) return false
  return draft.linked * 2 >= visibleLength(draft.raw) && READ_MORE.test(draft.raw)
}

// ---- Drafts -> blocks ---------------------------------------------------------

function toBlocks(content: MainContent, meter: WorkMeter): { blocks: Block[]; lead: Block | undefined } {
  const walker = new Walker(content, meter)
  const root: Context = { sink: null, flat: false, pre: false, quote: 0, lists: [], marks: NO_MARKS, lead: true, link: false, caption: false }
  walker.children(content.root, root)
  const blocks: Block[] = []
  const leads = new Set<Block>()
  let title: Block | undefined
  for (const draft of walker.drafts) {
    if (isReadMoreLine(draft)) continue
    for (const piece of draft.pieces(meter)) {
      const block = withoutCredit(finishBlock(piece.raw, piece.marks, draft.shape, meter), draft)
      if (!block) continue
      // A drop cap set apart from its word ("T", then "urkey, Poland and …").
      const before = blocks.at(-1)
      if (before && isDropCap(before, block)) {
        joinBlocks(before, block)
        if (draft.lead) leads.add(before)
        continue
      }
      // The headline is the title whatever its level (an h2 on some
      // sites), when only a kicker or the page's furniture is above it.
      if (!title && draft === walker.headline && block.type === 'heading' && blocks.every((b) => b.type === 'heading' || isFurnitureLine(b))) title = block
      blocks.push(block)
      if (draft.lead && block.type === 'paragraph') leads.add(block)
    }
  }
  const firstHeading = blocks.find((b) => b.type === 'heading')
  if (!title && firstHeading?.level === 1) title = firstHeading
  if (title) {
    title.type = 'title'
    delete title.level
  }
  const kept = dropFurniture(blocks, title)
  return { blocks: kept, lead: kept.find((b) => leads.has(b)) }
}

// A caption's block without the picture's credit at its end ("… on
// Friday. Photograph: Jane Doe/AFP"); nothing when it is only a credit.
function withoutCredit(block: Block | undefined, draft: Draft): Block | undefined {
  if (!block || !draft.caption || block.type !== 'paragraph') return block
  const at = captionCreditAt(block.text)
  if (at < 0) return block
  // With the separator before the credit ("… costs $35 - Image: …").
  const text = block.text.slice(0, at).replace(/[\s\-–—|/,;:]+$/u, '')
  if (!text) return undefined
  block.text = text
  const marks = (block.marks ?? []).filter((m) => m.from < text.length).map((m) => ({ ...m, to: Math.min(m.to, text.length) }))
  if (marks.length > 0) block.marks = marks
  else delete block.marks
  return block
}

// One capital letter as a paragraph, then a paragraph that goes on with
// the word in lower case: the first letter styled apart.
function isDropCap(before: Block, block: Block): boolean {
  return before.type === 'paragraph' && block.type === 'paragraph' && /^\p{Lu}$/u.test(before.text) && /^\p{Ll}/u.test(block.text)
}

function joinBlocks(before: Block, block: Block): void {
  const shift = before.text.length
  before.text += block.text
  const marks = [...(before.marks ?? []), ...(block.marks ?? []).map((m) => ({ ...m, from: m.from + shift, to: m.to + shift }))]
  if (marks.length > 0) before.marks = marks.slice(0, limits.marks)
}
