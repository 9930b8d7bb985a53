// A cue ending in a colon, then a list whose bullets the page lost: "In a
// wide-ranging interview, President Obama also said:" followed by one-line
// paragraphs without closing punctuation ("The UK must stay in the EU",
// "He is confident the deal will pass"). Each line is the speaker's (GUIDE 3
// `next`); the frame itself carries nothing. The list ends at a line with
// a cue of another speaker, a line that closes like a sentence, or the page's own
// link ("Read the full transcript of his interview"). Linear: each sentence
// is looked at by at most one frame.

import type { Attribution } from './attribute.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

export interface ColonListInput {
  text: string
  sentences: readonly Sentence[]
  own: readonly (Attribution | null)[]
  // Each sentence's attribution before the check that it carries content ("He also said:").
  composed: readonly (Attribution | null)[]
}

// The page's own calls to action, never a speaker's words.
const LINK = /^(?:read|watch|see|click|listen|follow|sign|subscribe|share|download|view|explore|find out|more|related)\b/i
// Before its cue a frame names at most the occasion ("In a wide-ranging interview, ").
const OCCASION = /^(?:(?:in|at|during|speaking|asked|when|on)\b[^"“”:]*,\s*)?$/i
// A list is at least two lines: one unpunctuated line after a colon may be anything.
const MIN_LINES = 2

export function colonLists(input: ColonListInput, placed: (Placed | null)[]): void {
  const { text, sentences } = input
  const alone = (k: number) => (k === 0 || sentences[k - 1]!.para !== sentences[k]!.para) &&
    (k + 1 === sentences.length || sentences[k + 1]!.para !== sentences[k]!.para)
  for (let i = 0; i + 1 < sentences.length; i++) {
    const frame = input.composed[i]
    const s = sentences[i]!
    if (!frame || frame.main.inQuote || sentences[i + 1]!.para === s.para || !text.slice(s.start, s.end).endsWith(':')) continue
    let end = i + 1
    // ("He is confident the deal will pass": a line with the frame's own speaker goes on the list.)
    // ("Earnings per share: 95 cents adjusted vs. 88 cents expected": a data line is the frame's, whatever it seems to cue.)
    const same = (k: number) => dataLine(input, k) || (input.own[k] ? input.own[k].source === frame.source : !placed[k])
    while (end < sentences.length && alone(end) && line(input, end) && same(end)) end++
    if (end - (i + 1) < MIN_LINES) continue
    for (let k = i + 1; k < end; k++) if (!input.own[k] || !placed[k] || dataLine(input, k)) placed[k] = { attribution: frame, contentIn: 'next' }
    const firstCue = frame.cues.find((c) => !c.inQuote)
    const tail = text.slice(Math.max(...frame.cues.map((c) => c.end)), s.end)
    if (firstCue && /^\s*:$/.test(tail) && OCCASION.test(text.slice(s.start, firstCue.start))) placed[i] = null
    i = end - 1
  }
}

// A list line: a heading-like sentence (no closing punctuation) or a bullet, not a link.
function line(input: ColonListInput, k: number): boolean {
  const s = input.sentences[k]!
  return (s.heading || s.item) && !LINK.test(input.text.slice(s.start, s.end))
}

// A measure, a colon, then its figure: "Revenue: $30.31 billion vs. $29.81 billion expected".
const DATA_LINE = /^\p{L}[\p{L} '’&/-]{0,40}:\s*[-+−]?[$€£¥]?\d/u
function dataLine(input: ColonListInput, k: number): boolean {
  const s = input.sentences[k]!
  return s.heading && DATA_LINE.test(input.text.slice(s.start, Math.min(s.end, s.start + 60)))
}
