// 'Such formats help to "establish alternative platforms that provide
// access to information," ... Lavrov added.': a sentence of the writer's
// that carries a speaker's quoted words, four or more, with no cue of its
// own, paraphrases the speaker of its paragraph (GUIDE 3, the quoted words
// are someone's): the next sentence's when that one's cue closes it, else
// the sentence's before. A scare quote of a word or three ('the so-called
// "peace plan"') is the writer's. Looks at neighbours only: linear.

import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

// A quoted run of four words or more: an opening mark, the words, a closing mark.
const QUOTED = /["“](?:[^"“”\s]+\s+){3,}[^"“”]*["”]/u

export function partialQuotes(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  const samePara = (i: number, j: number) => j >= 0 && j < sentences.length && sentences[i]!.para === sentences[j]!.para
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!
    if (placed[k] || s.heading || s.item) continue
    const words = text.slice(s.start, s.end)
    // (A sentence opening with its quotation is a quotation, the quote passes' business.)
    if (/^["“]/u.test(words) || !QUOTED.test(words)) continue
    const next = samePara(k, k + 1) ? placed[k + 1] : null
    const before = samePara(k, k - 1) ? placed[k - 1] : null
    const from = next && next.contentIn === 'same' && next.attribution.main.trailing ? next : before
    if (from && from.attribution.kind !== 'document') placed[k] = { attribution: from.attribution, contentIn: from === next ? 'previous' : 'next' }
  }
}
