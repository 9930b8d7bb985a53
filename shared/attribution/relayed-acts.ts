// What an outlet relays is transparent (GUIDE 5): in "Sybiha rejected any
// link ..., Ukrinform reported" or "According to AFP, one user on Weibo
// posted: ..." the outlet passes on a speech act whose verb the cue reader
// does not take for a report on its own ("rejected", "posted", "called for").
// Beside an outlet's relay cue, such a verb after a named or unnamed
// speaker makes that speaker the source, the outlet the relay. Without an
// outlet relaying, the verbs stay events ("rejected the bid").

import type { Cue, SentenceView } from './cues.ts'
import { looksLikeOutlet } from './outlets.ts'
import { subjectBefore } from './phrases.ts'
import { describe } from './speakers.ts'
import { coversToken } from './verb-at.ts'

const ACTS = /^(?:rejected|rejects|denied|denies|vowed|vows|pledged|pledges|posted|posts|stressed|stresses|demanded|demands|praised|praises|condemned|condemns|criticised|criticized|criticises|criticizes|dismissed|dismisses|hailed|hails|welcomed|welcomes|urged|urges|warned|warns|accused|accuses)$/
// "called for", "called on": a call; "called off" is no speech.
const CALLS = /^(?:called|calls)$/

const relays = (c: Cue) => !c.inQuote && c.speaker?.type === 'name' && (c.speaker.titles.includes('outlet') || looksLikeOutlet(c.speaker.name)) &&
  (c.kind === 'according' || c.kind === 'verb' && c.trailing)

export function relayedActs(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from, to, inside } = view
  if (!cues.some(relays) || cues.some((c) => !c.inQuote && (c.kind === 'verb' || c.kind === 'quoted') && !relays(c))) return
  for (let k = from + 1; k < to - 1; k++) {
    const w = tokens[k]!.lower
    if (inside[k] === 1 || !(ACTS.test(w) || CALLS.test(w) && /^(?:for|on)$/.test(tokens[k + 1]!.lower))) continue
    if (coversToken(cues, tokens[k]!)) continue
    const subject = subjectBefore(tokens, from, k, (j) => inside[j] === 1)
    const speaker = subject ? describe(text, tokens, subject) : null
    if (!subject || !speaker || speaker.type !== 'name' && speaker.type !== 'anonymous' || speaker.type === 'name' && looksLikeOutlet(speaker.name)) continue
    cues.push({ kind: 'verb', start: tokens[subject.a]!.start, end: tokens[k]!.end, verb: k, speaker, inQuote: false, leading: true, trailing: false,
      venue: null, quotedOuter: null, descriptor: subject.descriptor })
    cues.sort((x, y) => x.start - y.start)
    return
  }
}
