// Plain text -> blocks. Paragraphs are separated by blank lines; lines inside
// a paragraph are joined with a space. A short line without closing
// punctuation between paragraphs is a section heading; one at the very top,
// followed by more text, is the title. A news dateline ("Place, Date
// (AGENCY) -- ") at the start of the first paragraph is marked, not split
// off, so the article's words stay exactly as written.

import { limits, type Block, type InlineMark } from '../model/document.ts'
import { ImportError } from './imported-article.ts'
import { checkParagraphCount, textParagraphs } from './paragraph-count.ts'
import { textParagraphTexts } from './text-paragraphs.ts'

export interface ImportedText {
  title?: string
  dateline?: string
  blocks: Block[]
}

const MAX_HEADING_LENGTH = 100
const DATELINE = /^([^\n]{3,160}?(?:\d{4}|\([^()\n]{2,60}\)))\s+(?:--|—|–)\s+\S/u

export function importText(input: string): ImportedText {
  // Counted first, without splitting: a million paragraphs are refused
  // before a string is made for each.
  checkParagraphCount('text', textParagraphs(input), false)
  // Said here, in the file's terms; the draft's schema would only name a
  // block. Refused as soon as the paragraph passes the limit.
  const tooLong = () => new ImportError(`The text file has a paragraph of more than ${limits.blockText} characters, too long to import; blank lines between paragraphs would split it.`)
  const paragraphs = textParagraphTexts(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), limits.blockText, tooLong)

  const blocks: Block[] = paragraphs.map((text, i) => {
    if (!looksLikeHeading(text)) return { type: 'paragraph', text }
    if (i === 0 && paragraphs.length > 1) return { type: 'title', text }
    if (i > 0 && i < paragraphs.length - 1) return { type: 'heading', text, level: 2 }
    return { type: 'paragraph', text }
  })

  const result: ImportedText = { blocks }
  if (blocks[0]?.type === 'title') result.title = blocks[0].text
  const lead = blocks.find((b) => b.type === 'paragraph')
  const match = lead && DATELINE.exec(lead.text)
  if (lead && match) {
    const dateline = match[1]!
    const mark: InlineMark = { type: 'dateline', from: 0, to: dateline.length }
    lead.marks = [mark]
    result.dateline = dateline
  }
  return result
}

function looksLikeHeading(text: string): boolean {
  // Closing punctuation includes CJK full-width marks and guillemets, so a
  // short Chinese or Russian sentence is not taken for a heading.
  return text.length <= MAX_HEADING_LENGTH && !/[.!?:;,"'”’)\]…。！？：；，、」』）】》»]$/u.test(text) && !/^["“«「『]/u.test(text)
}
