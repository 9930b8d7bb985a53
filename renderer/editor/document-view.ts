// Document -> ProseMirror doc, plus the map between canonical-text offsets
// and ProseMirror positions. Built once per document: each block's text
// starts at a known offset and a known position, so mapping is a binary
// search over block starts and an addition.

import type { Node } from 'prosemirror-model'
import { blockOffsets, canonicalText, type ArticleDocument, type Block } from '../../shared/model/document.ts'
import { schema } from './schema.ts'
import { groupBlocks } from './block-groups.ts'

// Characters past which an article is long: its blocks are grouped, and
// laid out and painted only near the screen (styles.css, .long-article;
// rendered-blocks.ts): about 40 screens of text.
const LONG_ARTICLE = 100_000

export interface OffsetMap {
  text: string
  toPos(offset: number): number
  toOffset(pos: number): number
}

export function buildDoc(document: ArticleDocument): { doc: Node; map: OffsetMap; long: boolean } {
  const text = canonicalText(document.blocks)
  const long = text.length > LONG_ARTICLE
  const blocks = document.blocks.map(toNode)
  const doc = schema.node('doc', null, long ? groupBlocks(blocks) : blocks)
  const offsets = blockOffsets(document.blocks)
  // Where each block's text starts, in the blocks' order (grouped or not).
  const positions: number[] = []
  doc.descendants((node, pos) => {
    if (node.isTextblock) positions.push(pos + 1)
    return !node.isTextblock
  })
  return { doc, map: offsetMap(text, offsets, positions, document.blocks), long }
}

function toNode(block: Block): Node {
  return schema.node(block.type, attrsOf(block), inlineContent(block))
}

function attrsOf(block: Block): Record<string, unknown> | null {
  switch (block.type) {
    case 'heading': return { level: block.level ?? 2 }
    case 'quote': return { level: block.level ?? 1 }
    case 'item': return { level: block.level ?? 1, marker: itemMarker(block) }
    default: return null
  }
}

// "3." for a numbered item; a bullet that changes with depth otherwise.
export function itemMarker(block: Pick<Block, 'ordered' | 'number' | 'level'>): string {
  if (block.ordered) return `${block.number ?? 1}.`
  return ['•', '◦', '▪'][((block.level ?? 1) - 1) % 3]!
}

// Cuts the block's text at every mark boundary so each piece carries the
// marks that cover it.
function inlineContent(block: Block): Node[] {
  const marks = block.marks ?? []
  const cuts = new Set([0, block.text.length])
  for (const m of marks) { cuts.add(m.from); cuts.add(m.to) }
  const sorted = [...cuts].sort((a, b) => a - b)
  const nodes: Node[] = []
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!, to = sorted[i + 1]!
    const covering = marks.filter((m) => m.from <= from && to <= m.to)
      .map((m) => schema.mark(m.type, m.type === 'link' ? { href: m.href ?? '' } : null))
    nodes.push(schema.text(block.text.slice(from, to), covering))
  }
  return nodes
}

function offsetMap(text: string, offsets: number[], positions: number[], blocks: readonly Block[]): OffsetMap {
  const last = (sorted: number[], value: number) => {
    let lo = 0, hi = sorted.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (sorted[mid]! <= value) lo = mid
      else hi = mid - 1
    }
    return lo
  }
  return {
    text,
    toPos(offset) {
      const i = last(offsets, offset)
      return positions[i]! + Math.min(offset - offsets[i]!, blocks[i]!.text.length)
    },
    toOffset(pos) {
      const i = last(positions, pos)
      return offsets[i]! + Math.max(0, Math.min(pos - positions[i]!, blocks[i]!.text.length))
    },
  }
}
