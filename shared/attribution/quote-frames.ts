// A sentence that ends by announcing a quotation ("Trump said the
// following.", "The Post and Courier newspaper reported on Bruck's closing
// argument:") frames the quoted paragraphs after it (GUIDE 3 "next"): they
// are its speaker's words, or, when an outlet frames them, words the outlet
// relays (GUIDE 5), whoever the quotation's own cue names. The frame itself
// carries no content.

import type { Attribution } from './attribute.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const ANNOUNCES = /(?:\bthe following|:)$/
const OPENS = /^["“'‘]/

export function quoteFrames(text: string, sentences: readonly Sentence[], own: readonly (Attribution | null)[], placed: (Placed | null)[]): void {
  for (const s of sentences) {
    const a = own[s.index]
    const next = sentences[s.index + 1]
    if (!a || !next || next.para === s.para || !OPENS.test(text.slice(next.start, next.start + 1))) continue
    if (!ANNOUNCES.test(text.slice(s.start, s.end).replace(/[.\s]+$/, ''))) continue
    placed[s.index] = null
    for (let k = s.index + 1; k < sentences.length; k++) {
      const t = sentences[k]!
      // A paragraph that opens with no quotation mark is the writer's again.
      if (t.para !== sentences[k - 1]!.para && !OPENS.test(text.slice(t.start, t.start + 1))) break
      const p = placed[k]
      if (!p) placed[k] = { attribution: a, contentIn: 'next' }
      else if (a.kind === 'outlet' && p.attribution.kind !== 'outlet' && !p.attribution.via) placed[k] = { ...p, attribution: { ...p.attribution, via: a.source } }
    }
  }
}
