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

// A flat list, even for lists and quotes: a list item or a quoted paragraph
// is one block whose `level` says how deep it sits (1 = top). For headings
// `level` is the heading level. Flat blocks keep the offset map a single
// addition per block.
const blockTypes = ['title', 'heading', 'paragraph', 'quote', 'item'] as const
export type BlockType = (typeof blockTypes)[number]

// What a document may hold. Importers check against these before building
// a draft, so an oversized file is refused with a sentence, not a schema dump.
export const limits = {
  blocks: 100_000,
  blockText: 1_000_000,
  marks: 10_000,
  level: 6,
  number: 1_000_000_000,
  href: 4096,
} as const

const markTypes = ['dateline', 'em', 'strong', 'link'] as const
export type MarkType = (typeof markTypes)[number]

// A mark covers [from, to) of its block's text.
export const InlineMark = z.object({
  type: z.enum(markTypes),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  href: z.string().max(limits.href).optional(),
}).refine((m) => m.from < m.to, { message: 'a mark must cover at least one character' })
export type InlineMark = z.infer<typeof InlineMark>

export const Block = z.object({
  type: z.enum(blockTypes),
  text: z.string().min(1).max(limits.blockText),
  level: z.number().int().min(1).max(limits.level).optional(),
  // List items: numbered or bulleted, and the number shown.
  ordered: z.boolean().optional(),
  number: z.number().int().min(0).max(limits.number).optional(),
  marks: z.array(InlineMark).max(limits.marks).optional(),
}).refine((b) => !b.text.includes(BLOCK_SEPARATOR), {
  message: 'a block cannot contain a blank line',
}).refine((b) => (b.marks ?? []).every((m) => m.to <= b.text.length), {
  message: 'a mark reaches past the end of its block',
})
export type Block = z.infer<typeof Block>

// A BCP 47 language tag, in its common shape: a 2-8 letter language, then subtags.
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/

export const LANGUAGE_MAX = 35

export const DocumentMeta = z.object({
  title: z.string().min(1).max(1000),
  publisher: z.string().max(1000).optional(),
  author: z.string().max(1000).optional(),
  published: z.string().max(100).optional(),
  url: z.string().max(4096).optional(),
  // The article's language as a BCP 47 tag ("en", "zh-Hans"), when known.
  language: z.string().max(LANGUAGE_MAX).regex(LANGUAGE_TAG, 'a language is a BCP 47 tag such as "en" or "zh-Hans"').optional(),
})
export type DocumentMeta = z.infer<typeof DocumentMeta>

// Named so that the index shards' hand check (electron/store/shard-check.ts) tests the same pattern.
export const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/
export const DocumentId = z.string().regex(DOCUMENT_ID, 'a document id is 1-64 lowercase letters, digits or dashes')

// What an importer produces: a document before it has an id.
export const ArticleDraft = z.object({
  meta: DocumentMeta,
  blocks: z.array(Block).min(1).max(limits.blocks),
})
export type ArticleDraft = z.infer<typeof ArticleDraft>

export const ArticleDocument = z.object({ id: DocumentId, ...ArticleDraft.shape })
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
