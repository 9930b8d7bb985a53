// A speaker's account that runs on after a trailing cue (GUIDE 3 "next"):
// "Talks ended without a deal, a US official said. But talks will continue
// at lower levels." The sentence after carries on only as the speaker's
// projection, its verb a modal of what will or would happen, in the same
// paragraph, unquoted, with no cue of its own; the writer's narration after a
// quote ("Police arrested him on Friday.", "The ministry did not comment.")
// is a past event or an aside, which the caller's tests stop.

import type { Placed } from './reach.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'

const PROJECTING = new Set(['will', 'would', "'ll"])

export interface TrailingInput {
  tokens: readonly Token[]
  sentences: readonly Sentence[]
  hasQuote: readonly boolean[]
  asides: (i: number) => boolean
  events: (i: number) => boolean
}

export function trailingRuns(input: TrailingInput, placed: (Placed | null)[]): void {
  const { tokens, sentences, hasQuote } = input
  for (let i = 0; i + 1 < sentences.length; i++) {
    const p = placed[i]
    const k = i + 1
    if (p?.contentIn !== 'same' || placed[k] || sentences[k]!.heading || sentences[k]!.para !== sentences[i]!.para || hasQuote[k]) continue
    const a = p.attribution
    if (!a.main.trailing || a.main.leading || a.main.kind !== 'verb' || a.kind === 'outlet') continue
    if (!projects(tokens, sentences[k]!) || input.asides(k) || input.events(k)) continue
    placed[k] = { attribution: a, contentIn: 'next' }
  }
}

// The first verb of the sentence is a modal of the future.
function projects(tokens: readonly Token[], s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k]!
    if (t.pos === 'AUX' || t.pos === 'VERB') return PROJECTING.has(t.lower)
  }
  return false
}
