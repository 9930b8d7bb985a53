// An interview set up in a sentence of its own ("Merz spoke about the deal in
// an interview with public broadcaster ARD on Friday.") is where the quotes
// after it in the paragraph were given (GUIDE 6: venue). An outlet described
// as a broadcaster, newspaper or agency, or another than the article's
// publisher, passes them on to the writer: it is their relay too.

import type { Attribution } from './attribute.ts'
import type { Token } from './nlp.ts'
import { outletShape } from './outlet-shape.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { phraseStartingAt } from './phrases.ts'
import type { Sentence } from './sentences.ts'
import type { Publisher } from './publisher.ts'

// "X was asked to comment on", "when asked about": the interviewer's question.
const ASKED = /\b(?:was|were|when|after being|being)\s+asked\b/
const DESCRIBED = /^(?:broadcaster|newspaper|paper|daily|tabloid|weekly|magazine|agency|channel|station|network|radio|television)$/

export function interviewFrames(text: string, tokens: readonly Token[], sentences: readonly Sentence[], own: (Attribution | null)[], publisher: Publisher): void {
  for (const s of sentences) {
    // (A frame that puts a question carries the words it asks about, another's: "In an interview with RIA Novosti,
    // Peskov was asked to comment on a report from the Financial Times claiming ...".)
    const asked = ASKED.test(text.slice(s.start, s.end))
    if (own[s.index] && (!asked || own[s.index]!.venue)) continue
    const frame = interviewIn(text, tokens, s)
    if (!frame) continue
    const relay = frame.described || publisher.name !== null && !publisher.isOwn(frame.outlet)
    for (let k = s.index + 1; k < sentences.length; k++) {
      // (The answer to a question that closes its paragraph opens the next one: "“...,” he said.")
      if (sentences[k]!.para !== s.para && (!asked || k > s.index + 1)) break
      const a = own[k]
      if (!a || a.kind !== 'person' || a.venue || a.via) continue
      own[k] = { ...a, venue: frame.outlet, via: relay ? frame.outlet : null }
    }
  }
}

// "in an interview with X", "spoke to X", "speaking to X": the outlet X, and whether the text describes it as one.
function interviewIn(text: string, tokens: readonly Token[], s: Sentence): { outlet: string; described: boolean } | null {
  for (let k = s.from; k < s.to - 2; k++) {
    const w = tokens[k]!.lower
    const link = tokens[k + 1]!.lower
    if (!((w === 'interview' || w === 'interviews') && link === 'with' || /^(?:spoke|speaking|talking|talked)$/.test(w) && link === 'to')) continue
    const p = phraseStartingAt(tokens, k + 2, s.to)
    if (!p) return null
    const shaped = outletShape(tokens, p.a, p.b)
    const words = text.slice(tokens[shaped ? shaped[0] : p.a]!.start, tokens[shaped ? shaped[1] - 1 : p.b - 1]!.end).replace(/^the\s+/i, '')
    if (!shaped && !looksLikeOutlet(words)) return null
    let described = false
    for (let n = p.a; n < p.b; n++) if (!tokens[n]!.cap && DESCRIBED.test(tokens[n]!.lower)) described = true
    return { outlet: knownOutlet(words) ?? words, described }
  }
  return null
}
