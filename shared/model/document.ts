// An article as Sourcemark reads it: metadata plus a flat list of blocks of
// inline text.
//
// The canonical text. Every document has exactly one plain text, and every
// offset anywhere in Sourcemark (selectors, anchoring, export, import) counts
// UTF-16 code units into it, the unit of JavaScript string indices. It is the
// blocks' texts in order, joined by a blank line ("\n\n"). Marks add no
// characters. Nothing else (the title in the metadata, list bullets, heading
// numbers) is part of it. Change this definition and every stored offset
// breaks, so it lives here and nowhere else.

import { z } from 'zod'

export const BLOCK_SEPARATOR = '\n\n'

export const blockTypes = ['title', 'heading', 'paragraph'] as const
export type BlockType = (typeof blockTypes)[number]

export const markTypes = ['dateline', 'em', 'strong', 'link'] as const
export type MarkType = (typeof markTypes)[number]

// A mark covers [from, to) of its block's text.
export const InlineMark = z.object({
  type: z.enum(markTypes),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  href: z.string().max(4096).optional(),
}).refine((m) => m.from < m.to, { message: 'a mark must cover at least one character' })
export type InlineMark = z.infer<typeof InlineMark>

export const Block = z.object({
  type: z.enum(blockTypes),
  text: z.string().min(1).max(1_000_000),
  level: z.number().int().min(1).max(6).optional(),
  marks: z.array(InlineMark).max(10_000).optional(),
}).refine((b) => !b.text.includes(BLOCK_SEPARATOR), {
  message: 'a block cannot contain a blank line',
}).refine((b) => (b.marks ?? []).every((m) => m.to <= b.text.length), {
  message: 'a mark reaches past the end of its block',
})
export type Block = z.infer<typeof Block>

export const DocumentMeta = z.object({
  title: z.string().min(1).max(1000),
  publisher: z.string().max(1000).optional(),
  author: z.string().max(1000).optional(),
  published: z.string().max(100).optional(),
  url: z.string().max(4096).optional(),
})
export type DocumentMeta = z.infer<typeof DocumentMeta>

export const DocumentId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a document id is 1-64 lowercase letters, digits or dashes')

export const ArticleDocument = z.object({
  id: DocumentId,
  meta: DocumentMeta,
  blocks: z.array(Block).min(1).max(100_000),
})
export type ArticleDocument = z.infer<typeof ArticleDocument>

export function canonicalText(blocks: readonly { text: string }[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR)
}

// Where each block starts in the canonical text.
export function blockOffsets(blocks: readonly { text: string }[]): number[] {
  const starts: number[] = []
  let at = 0
  for (const block of blocks) {
    starts.push(at)
    at += block.text.length + BLOCK_SEPARATOR.length
  }
  return starts
}
