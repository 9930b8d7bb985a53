// Curly double quotation marks turned the wrong way round ("”We have no
// water,” she said", "... rain.“ Matie added"), as copy pasted through
// several systems often has them, are read by where they stand: a mark
// after a space and before a word opens, one after a word and before a
// space or punctuation closes. Each mark is swapped for the other of the
// same length, so offsets into the text stay the same. Straight marks and
// marks standing ambiguously ("a,”b") are left as written.

const OPEN = 0x201c // “
const CLOSE = 0x201d // ”

// Before an opening mark: the start, a space, a bracket or a dash.
const OPENS_AFTER = /[\s([{\u2014\u2013:-]/u
// After a closing mark: the end, a space or punctuation.
const CLOSES_BEFORE = /[\s,.;:!?)\]}\u2014\u2013…-]/u

export function fixQuoteMarks(text: string): string {
  if (!text.includes('\u201c') && !text.includes('\u201d')) return text
  let out: string[] | null = null
  let last = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c !== OPEN && c !== CLOSE) continue
    const before = i === 0 ? ' ' : text[i - 1]!
    const after = i + 1 === text.length ? ' ' : text[i + 1]!
    const opening = OPENS_AFTER.test(before) && !/\s/u.test(after)
    const closing = !OPENS_AFTER.test(before) && CLOSES_BEFORE.test(after)
    const want = opening ? OPEN : closing ? CLOSE : c
    if (want === c) continue
    out ??= []
    out.push(text.slice(last, i), String.fromCharCode(want))
    last = i + 1
  }
  return out ? out.join('') + text.slice(last) : text
}
