// A headline that credits an outlet by its kind ("KUWAITI DAILY SAYS OPEC
// CREDIBILITY AT STAKE", "PAPER SAYS U.S. MAY CURB TAKEOVERS", "DENG SETS
// LIMIT TO GRAIN IMPORTS, PAPER SAYS", "Sumita backs bonds, says
// newspaper") names the outlet its lede names; the headline is read before
// any outlet is met, so the role noun looks ahead. Credited first, the
// outlet says it; credited at the end after a speaker the lede quotes
// through that outlet, the speaker said it, via the outlet.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const PRESS = '(?:news\\s+agency|agency|newspaper|paper|daily|weekly|magazine|radio|television|tv)'
// "KUWAITI DAILY SAYS ...", "PAPER SAYS ...", "Iranian radio reports ...".
const OPENING = new RegExp(`^((?:[\\p{L}-]+\\s+)?${PRESS})\\s+(?:says|said|reports|reported)\\b`, 'iu')
// "..., PAPER SAYS", "..., SAYS NEWSPAPER", "... - Japanese paper".
const CLOSING = new RegExp(`(?:,|\\s[-—–]|:)\\s*(?:(?:says|said|reports)\\s+((?:[\\p{L}-]+\\s+)?${PRESS})|((?:[\\p{L}-]+\\s+)?${PRESS})(?:\\s+(?:says|said|reports))?)\\s*$`, 'iu')
// How many sentences past the headline the lede's outlet is looked for.
const AHEAD = 4

export function headlineOutlets(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  const s = sentences.find((x) => x.heading) ?? sentences[0]
  if (!s || !(s.heading || s.index === 0)) return
  const said = text.slice(s.start, s.end).trim()
  const opening = OPENING.exec(said)
  const closing = opening ? null : CLOSING.exec(said)
  if (!opening && !closing) return
  let lede: Attribution | null = null
  let outlet: string | null = null
  for (let j = s.index + 1; j < Math.min(sentences.length, s.index + 1 + AHEAD) && !outlet; j++) {
    const b = placed[j]?.attribution
    if (!b || sentences[j]!.heading) continue
    outlet = b.kind === 'outlet' ? b.source : b.via
    lede = b
  }
  if (!outlet || !lede) return
  const credited = opening ? opening[1]! : closing![1] ?? closing![2]!
  const start = s.start + text.slice(s.start, s.end).indexOf(credited)
  // The speaker the lede quotes, when the headline names him ("DENG SETS LIMIT ..." after "Deng Xiaoping said").
  const words = new Set(said.toLowerCase().split(/[^\p{L}-]+/u))
  const speaks = closing !== null && lede.via === outlet && lede.kind === 'person' && lede.source.toLowerCase().split(/\s+/).some((w) => w.length > 2 && words.has(w))
  const cue: Cue = { kind: 'verb', start, end: start + credited.length, verb: s.from, speaker: { type: 'name', name: outlet, titles: ['outlet'] }, inQuote: false,
    leading: opening !== null, trailing: closing !== null, venue: null, quotedOuter: null, descriptor: [] }
  const attribution: Attribution = speaks
    ? { ...lede, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }
    : { source: outlet, kind: 'outlet', via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }
  placed[s.index] = { attribution, contentIn: 'same' }
}
