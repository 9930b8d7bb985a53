// The paragraph rule for relays (GUIDE 5): within one paragraph a sentence
// inherits `via` from a relay cue in a neighbouring sentence. A sentence
// before the relay that names a speaker of its own ("Analysts said X.
// Honda has said Y. Z, Kyodo reported, citing sources.") is not what the
// outlet passed on; it inherits only when its speaker is the relayed one.

import type { Attribution } from './attribute.ts'
import type { Sentence } from './sentences.ts'
import { fold } from './fold.ts'

const QUOTED = /\b(?:was|were|is|are) quoted as\b/

export function inheritParagraphRelays(text: string, own: (Attribution | null)[], sentences: readonly Sentence[]): void {
  const relayOfPara = new Map<number, { via: string; at: number; source: string }>()
  own.forEach((a, i) => {
    const para = sentences[i]!.para
    if (a?.via && !relayOfPara.has(para)) relayOfPara.set(para, { via: a.via, at: i, source: fold(a.source) })
  })
  own.forEach((a, i) => {
    const relay = relayOfPara.get(sentences[i]!.para)
    if (!a || a.via || !relay || a.kind === 'outlet') return
    if (i < relay.at && fold(a.source) !== relay.source) return
    own[i] = { ...a, via: relay.via }
  })
  // Across paragraphs only a source known through the relay alone keeps it:
  // an unnamed source an outlet cited ("Axios, citing a senior official,
  // ...") and that is later "quoted as saying" with no agent, which says
  // someone passed the words on.
  const relayOfUnnamed = new Map<string, string>()
  own.forEach((a, i) => {
    if (!a || a.kind !== 'anonymous') return
    const key = fold(a.source)
    const via = relayOfUnnamed.get(key)
    if (a.via) { if (via === undefined) relayOfUnnamed.set(key, a.via) } else if (via && QUOTED.test(text.slice(a.main.start, a.main.end))) own[i] = { ...a, via }
  })
}
