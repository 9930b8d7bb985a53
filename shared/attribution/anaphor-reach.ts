// "Global warming - 'it's a hoax.' / Donald Trump has said that more than
// once.": a cue whose only content is an anaphor ("said that", "said so",
// "said as much") claims the sentence before it, across a paragraph break
// too when that paragraph is that one sentence (GUIDE 3's anaphor exception).

import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const ANAPHOR = /^\s*(?:that|so|this|as much|it)(?:\s+(?:more than once|repeatedly|often|before|again|many times|in the past|publicly|for years))*\s*[.!]?$/i

export function anaphorReach(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const p = placed[i]
    const s = sentences[i]!
    if (p?.contentIn !== 'same' || p.attribution.main.inQuote || p.attribution.main.start !== s.start) continue
    const end = p.attribution.cues.reduce((e, c) => Math.max(e, c.end), 0)
    if (!ANAPHOR.test(text.slice(end, s.end))) continue
    const before = sentences[i - 1]!
    // Across a break only a paragraph of one sentence.
    if (before.para !== s.para && i >= 2 && sentences[i - 2]!.para === before.para) continue
    if (placed[i - 1] || before.heading) continue
    placed[i - 1] = { attribution: p.attribution, contentIn: 'previous' }
  }
}
