// "The Bank said it had acted to curb inflation but the move was criticised
// by some analysts": a passive with its agent ("was criticised by ...") after
// a leading cue ("The Bank said") stands inside what that speaker said, so
// it is no outermost cue of the sentence (GUIDE 4) though it ends it. Left
// alone: a passive with no leading cue before it ("The plan was criticised
// by analysts, officials said"), and cues inside quotations.

import type { Cue } from './cue-types.ts'

// (Irregular participles too: "was told by", "was found by".)
const PASSIVE = /^(?:was|were|is|are|has been|have been|had been|been|being)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|en|t)|told|said|held|made|paid|found)\s+by\s/u

export function passivesInContent(text: string, cues: Cue[]): void {
  // (A cue after an opener is the frame too: "In his testimony Tuesday, Vindman said he was told by Bolton to ...".)
  const lead = cues.find((c) => c.kind === 'verb' && !c.trailing && !c.inQuote)
  if (!lead) return
  for (const c of cues) {
    if (c === lead || c.kind !== 'verb' || c.inQuote || !c.trailing || c.start <= lead.end) continue
    if (!PASSIVE.test(text.slice(c.start, c.end))) continue
    c.trailing = false
    c.nested = true
  }
}
