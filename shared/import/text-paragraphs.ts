// Plain text's paragraphs, each made one string in one pass over its
// characters: runs of lines between blank lines (only spaces and tabs),
// each line trimmed, the lines joined with a space, runs of spaces and tabs
// made one. Splitting a paragraph into its lines first made a string per
// line: a 17 MB file of one paragraph in 950,000 lines took half a
// gigabyte and seconds before it was refused as too long. Here a paragraph
// is refused as soon as it passes the limit, and nothing is made per line.

import { isSpace } from './paragraph-count.ts'

const CHUNK = 8192

// The paragraphs of `text` (line breaks already \n). tooLong is thrown as
// soon as a paragraph passes maxLength characters.
export function textParagraphTexts(text: string, maxLength: number, tooLong: () => Error): string[] {
  const paragraphs: string[] = []
  const out = new Uint16Array(maxLength)
  let start = -1
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue
    const blank = isBlankLine(text, lineStart, i)
    if (blank && start >= 0) {
      pushParagraph(paragraphs, text, start, lineStart, out, tooLong)
      start = -1
    } else if (!blank && start < 0) start = lineStart
    lineStart = i + 1
  }
  if (start >= 0) pushParagraph(paragraphs, text, start, text.length, out, tooLong)
  return paragraphs
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) return false
  }
  return true
}

// The lines in [start, end) joined as text.ts always has: whitespace at
// either end dropped; a run of whitespace holding a line break becomes one
// space (the lines' ends trimmed, empty lines dropped); within a line, runs
// of spaces and tabs become one space and other whitespace stays.
function pushParagraph(paragraphs: string[], text: string, start: number, end: number, out: Uint16Array, tooLong: () => Error): void {
  let n = 0
  const put = (c: number) => {
    if (n === out.length) throw tooLong()
    out[n++] = c
  }
  let run = -1
  let runBreaks = false
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      if (run < 0) {
        run = i
        runBreaks = false
      }
      if (c === 10) runBreaks = true
      continue
    }
    if (run >= 0 && n > 0) {
      if (runBreaks) put(32)
      else {
        for (let j = run; j < i; j++) {
          const w = text.charCodeAt(j)
          const tabOrSpace = w === 32 || w === 9
          if (!tabOrSpace) put(w)
          else if (j === run || !isTabOrSpace(text.charCodeAt(j - 1))) put(32)
        }
      }
    }
    run = -1
    put(c)
  }
  if (n === 0) return
  let joined = ''
  for (let at = 0; at < n; at += CHUNK) joined += String.fromCharCode(...out.subarray(at, Math.min(n, at + CHUNK)))
  paragraphs.push(joined)
}

function isTabOrSpace(c: number): boolean {
  return c === 32 || c === 9
}
