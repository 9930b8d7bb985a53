// markdown-it's block tokens -> our flat blocks. Containers (quotes, lists,
// items) are kept on a stack while walking; each piece of text goes to the
// innermost one: a quote's text becomes quote blocks, an item's its one
// block (later paragraphs join it), and a table row one "cell | cell"
// paragraph. Nesting becomes a block's level, so blocks stay flat.

import type { Token } from 'markdown-it'
import { limits, type Block, type InlineMark } from '../model/document.ts'
import { collapse, inlinePiece, type Piece } from './markdown-inline.ts'
import type { WorkMeter } from './work-meter.ts'

type Container =
  | { kind: 'quote' }
  | { kind: 'list'; ordered: boolean; next: number }
  // `rest`: the item's later paragraphs, joined to its block once it closes.
  | { kind: 'item'; ordered: boolean; number: number; block: Block | null; rest: Piece[] }

type ItemContainer = Extract<Container, { kind: 'item' }>

export function toBlocks(tokens: Token[], meter: WorkMeter): Block[] {
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
