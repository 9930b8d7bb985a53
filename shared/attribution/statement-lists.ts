// A wire agency's digest of one speaker's statements: "Below are Putin's
// key statements that TASS put together." alone in its paragraph, then
// plain paragraphs (no bullets, no colon) to the end of the story. Every
// sentence after the frame is the speaker's (GUIDE 3 `next`), quoted parts
// included; a speaker the statements recount ("Biden suggested ...") stays
// beside the frame's owner as another source, but a sentence where the writer
// reports another speaker ("the finance minister said") ends the digest. reach.ts covers only lone
// one-sentence paragraphs; this covers the digest whatever its shape.
// Linear: each sentence after a frame is visited once.

import type { Attribution } from './attribute.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'
import { DIGEST_FRAME } from './list-frames.ts'

export interface StatementListInput {
  text: string
  sentences: readonly Sentence[]
  // The frames suggest.ts found (list-frames.ts), with their owners.
  frames: readonly (Attribution | null)[]
}

// The frame announces statements (not "points" of a plan or "highlights" of a match).
const DIGEST = /^(?:below|following|here) (?:are|is)\b.{0,80}\b(?:statements|remarks|quotes|theses|comments)\b[^:]*\.$/i

// A digest's topic subheads ("On the decade of ...", "About the Year of Sports"): the digest goes on under them.
const TOPIC = /^(?:on|about|regarding|concerning)\s/i

const EVENT_CUE = /\b(?:said|says|told|tells|added|adds|explained|noted|stressed|reported|announced|according to)\b/i

export function statementLists(input: StatementListInput, placed: (Placed | null)[]): void {
  const { text, sentences, frames } = input
  const n = sentences.length
  for (let i = 0; i + 1 < n; i++) {
    const frame = frames[i]
    const s = sentences[i]!
    if (!frame || frame.kind === 'outlet' || sentences[i + 1]!.item || sentences[i + 1]!.para === s.para) continue
    if (i > 0 && sentences[i - 1]!.para === s.para) continue
    const said = text.slice(s.start, s.end).trim()
    if (!DIGEST.test(said) && !(DIGEST_FRAME.test(said) && said.endsWith('.'))) continue
    // To the end of the story, or to a subhead that opens another part (a topic subhead of the digest goes by).
    for (let k = i + 1; k < n; k++) {
      if (sentences[k]!.heading && TOPIC.test(text.slice(sentences[k]!.start, sentences[k]!.end))) continue
      if (sentences[k]!.heading) break
      const had = placed[k]?.attribution
      // "Finance Minister Anton Siluanov said ...": the writer reports another speaker at the event, and the digest is over
      // (a stance he recounts, "Back in 2021, Biden suggested ...", stays his).
      if (had && placed[k]!.contentIn === 'same' && had.source !== frame.source && EVENT_CUE.test(text.slice(had.main.start, had.main.end))) return
      const others = had && had.source !== frame.source ? [had.source, ...had.otherSources.filter((o) => o !== frame.source)] : []
      placed[k] = { attribution: others.length ? { ...frame, otherSources: [...frame.otherSources, ...others] } : frame, contentIn: 'next' }
    }
    return
  }
}
