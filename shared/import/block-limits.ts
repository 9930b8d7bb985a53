// What one document may hold (limits in model/document.ts), checked by the
// HTML and Markdown importers and refused in words: what is too long, where
// it starts, and the limit, rather than "too large".

import { limits, type Block, type BlockType } from '../model/document.ts'
import { clip, oneLine } from '../text/one-line.ts'
import { readableText } from '../text/readable.ts'
import { ImportError } from './imported-article.ts'

const KINDS: Record<BlockType, string> = { title: 'heading', heading: 'heading', paragraph: 'paragraph', quote: 'quoted paragraph', item: 'list item' }
const count = (n: number) => n.toLocaleString('en-US')

// `format` as the user knows it: "HTML", "Markdown".
export function blockTooLong(format: string, type: BlockType, text: string): ImportError {
  // Only the start is read: the text may be megabytes long.
  const start = clip(oneLine(readableText(text.slice(0, 200))), 40, '…')
  return new ImportError(`This ${format} file has a ${KINDS[type]} longer than ${count(limits.blockText)} characters, the most one paragraph may hold (it starts “${start}”); split it into shorter paragraphs and import it again.`)
}

export function checkBlocks(format: string, blocks: readonly Block[]): void {
  if (blocks.length > limits.blocks) throw new ImportError(`This ${format} file has more than ${count(limits.blocks)} paragraphs, the most one document may hold.`)
  const long = blocks.find((b) => b.text.length > limits.blockText)
  if (long) throw blockTooLong(format, long.type, long.text)
}
