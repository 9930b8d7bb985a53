// The claimed words of a sentence: the sentence without its cue, and
// whether anything is left once the cue is taken out.

import type { Attribution } from './attribute.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { coversToken } from './verb-at.ts'

// A cue with fewer than `min` words outside it ("He told reporters.",
// "The ministry also responded on Thursday.") carries nothing; "The company
// disputes those figures." does. Prepositions and days are no content.
// A word inside quotation marks is content however short ('"No," he said.'),
// when `inside` (quotes.ts) is given.
const NO_CONTENT = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|also|later|earlier)$/
export function hasContent(tokens: readonly Token[], s: Sentence, a: Attribution, min = 2, inside?: Uint8Array): boolean {
  let words = 0
  for (let k = s.from; k < s.to && words < min; k++) {
    const t = tokens[k]!
    if (t.pos === 'SYM' || NO_CONTENT.test(t.lower) && inside?.[k] !== 1) continue
    if (t.pos === 'PUNCT' || t.pos === 'ADP' && inside?.[k] !== 1) continue
    if (coversToken(a.cues, t)) continue
    words += inside?.[k] === 1 ? min : 1
  }
  return words >= min
}

// The claimed words: the sentence without a leading "X said that" or a trailing ", X said".
export function contentSpan(text: string, tokens: readonly Token[], s: Sentence, a: Attribution): { start: number; end: number } {
  let start = s.start
  let end = s.end
  const outer = a.cues.filter((c) => !c.inQuote)
  const lead = outer[0]
  if (lead && lead.start === s.start) {
    let k = s.from
    while (k < s.to && tokens[k]!.end <= lead.end) k++
    while (k < s.to && /^(?:that|,|:|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(tokens[k]!.lower)) k++
    if (k < s.to) start = tokens[k]!.start
  }
  // ("X reported, citing Y, that ...": a cue followed by the claim trims nothing.)
  const lastEnd = Math.max(...outer.map((c) => c.end))
  let next = s.from
  while (next < s.to && (tokens[next]!.start < lastEnd || tokens[next]!.lower === ',')) next++
  // ("However, the minister continued, the crucial thing is ...": a tag set in commas inside the words trims nothing.)
  const trailing = next < s.to && tokens[next]!.lower === 'that' || inCommas(tokens, s, lastEnd) ? [] : outer.filter((c) => c.trailing && c.start > start)
  if (trailing.length) {
    const first = trailing[0]!
    let k = s.to - 1
    while (k > s.from && tokens[k]!.start >= first.start) k--
    while (k > s.from && /^(?:,|said|says|added|told)$/.test(tokens[k]!.lower)) k--
    if (tokens[k]!.end > start) end = tokens[k]!.end
  }
  if (end - start < 3) return { start: s.start, end: s.end }
  return { start, end }
}

// A comma right after the cue ending at `end`, then a clause of three words or more.
function inCommas(tokens: readonly Token[], s: Sentence, end: number): boolean {
  let k = s.from
  while (k < s.to && tokens[k]!.start < end) k++
  if (k >= s.to || tokens[k]!.lower !== ',') return false
  let words = 0
  for (let n = k + 1; n < s.to && words < 3; n++) if (tokens[n]!.pos !== 'PUNCT') words++
  return words >= 3
}
