// A Markdown paragraph far longer than a block may be, refused before
// markdown-it reads it: its inline rules make tokens for every mark, so a
// 15 MB line of "*a " cost a minute and a gigabyte before the block limit
// could say no. Counted in one pass, nothing kept per line: the characters
// of a run of lines that one block's text comes from (no blank line, no
// line that starts another block: a list item, quote, heading, table row,
// fence, or indented code), markup and all. A block's text is at most
// limits.blockText; its markup more than as long again is no article.

import { limits } from '../model/document.ts'
import { clip, oneLine } from '../text/one-line.ts'
import { readableText } from '../text/readable.ts'
import { ImportError } from './imported-article.ts'
import { isSpace } from './paragraph-count.ts'

const MAX_RUN = 2 * limits.blockText

// May start a block of its own (a line counted as one is the safe side):
// "- ", "* ", "+ ", "1. ", "1) ", "#", ">", "|", a fence, a link reference
// definition "[", raw HTML "<", four spaces or a tab (after at most three spaces).
const STARTS_BLOCK = /(?:[ ]{0,3}(?:[-+*>#|[<]|\d{1,9}[.)]|```|~~~|\t)| {4})/y

export function checkMarkdownRuns(body: string): void {
  let run = 0
  let runStart = 0
  let lineStart = 0
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : 10
    if (c !== 10) continue
    const blank = isBlankLine(body, lineStart, i)
    STARTS_BLOCK.lastIndex = lineStart
    if (blank || STARTS_BLOCK.test(body)) {
      run = 0
      runStart = lineStart
    }
    if (!blank) run += i - lineStart + 1
    if (run > MAX_RUN) {
      const start = clip(oneLine(readableText(body.slice(runStart, runStart + 200))), 40, '…')
      throw new ImportError(`This Markdown file has a paragraph of over ${MAX_RUN.toLocaleString('en-US')} characters with its markup (it starts “${start}”); one paragraph may hold at most ${limits.blockText.toLocaleString('en-US')}. Split it into shorter paragraphs and import it again.`)
    }
    lineStart = i + 1
  }
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}
