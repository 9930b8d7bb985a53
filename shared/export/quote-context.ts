// The sentence around a short quote, for exports that show context: from
// the end of the previous sentence (or the block's start) to the end of the
// one the quote ends in (or the block's end). Bounded: at most MAX_REACH
// characters either side are looked at, each once.

const MAX_REACH = 600
const TERMINAL = new Set(['.', '!', '?'])
// CJK full stops end a sentence with no space after them.
const CJK_TERMINAL = new Set(['\u3002', '\uff01', '\uff1f'])
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u300d', '\u300f'])

// Does a sentence end just before offset i (and the next one start at i)?
function boundaryAt(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true
  if (text[i - 1] === '\n') return true
  let j = i - 1
  if (CJK_TERMINAL.has(text[j]!)) return true
  if (CLOSERS.has(text[j]!) && j > 0 && CJK_TERMINAL.has(text[j - 1]!)) return true
  if (!/\s/.test(text[i]!)) return false
  while (j > 0 && CLOSERS.has(text[j]!)) j--
  return TERMINAL.has(text[j]!)
}

// Offsets [start, end) of the context around [from, to) in `text`, or null
// when the quote already is the whole sentence.
export function sentenceAround(text: string, from: number, to: number): { start: number; end: number } | null {
  let start = from
  const floor = Math.max(0, from - MAX_REACH)
  while (start > floor && !boundaryAt(text, start)) start--
  while (start < from && /\s/.test(text[start]!)) start++
  let end = to
  const ceiling = Math.min(text.length, to + MAX_REACH)
  while (end < ceiling && text[end] !== '\n' && !boundaryAt(text, end)) end++
  if (start === from && end === to) return null
  return { start, end }
}
