// What an outlet relays is transparent (GUIDE 5): in "Sybiha rejected any
// link ..., Ukrinform reported" or "According to AFP, one user on Weibo
// posted: ..." the outlet passes on a speech act whose verb the cue reader
// does not take for a report on its own ("rejected", "posted", "called for").
// Beside an outlet's relay cue, such a verb after a named or unnamed
// speaker makes that speaker the source, the outlet the relay. Without an
// outlet relaying, the verbs stay events ("rejected the bid").
// An outlet's leading cue relays the same way what its clause reports
// ("KCNA said Kim urged ..."), and any verb whose object is a quotation is a
// speech act of its subject ("KCNA said Kim addressed \"the world's most
// unstable situation\"": the quoted words are Kim's, GUIDE 5); bare,
// "Kim addressed the rally", it is an event.

import type { Cue, SentenceView } from './cues.ts'
import { looksLikeOutlet } from './outlets.ts'
import { subjectBefore } from './phrases.ts'
import { describe } from './speakers.ts'
import { coversToken } from './verb-at.ts'

const ACTS = /^(?:rejected|rejects|denied|denies|vowed|vows|pledged|pledges|posted|posts|stressed|stresses|demanded|demands|praised|praises|condemned|condemns|criticised|criticized|criticises|criticizes|dismissed|dismisses|hailed|hails|welcomed|welcomes|urged|urges|warned|warns|accused|accuses)$/
// "called for", "called on": a call; "called off" is no speech.
const CALLS = /^(?:called|calls)$/

const outletCue = (c: Cue) => !c.inQuote && c.speaker?.type === 'name' && (c.speaker.titles.includes('outlet') || looksLikeOutlet(c.speaker.name))
const relays = (c: Cue) => outletCue(c) && (c.kind === 'according' || c.kind === 'verb')
const OPENING = /^(?:"|“|``)$/

export function relayedActs(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from, to, inside } = view
  if (!cues.some(relays) || cues.some((c) => !c.inQuote && (c.kind === 'verb' || c.kind === 'quoted') && !relays(c))) return
  for (let k = from + 1; k < to - 1; k++) {
    const w = tokens[k]!.lower
    const quoting = tokens[k]!.pos === 'VERB' && OPENING.test(tokens[k + 1]!.text) && k + 2 < to && inside[k + 2] === 1
    // ("Kyodo said that the chipmaker \"expects demand ...\"": the quotation opens on the subject's own verb.)
    const quotedVerb = OPENING.test(tokens[k]!.text) && inside[k] === 0 && inside[k + 1] === 1 && tokens[k + 1]!.pos === 'VERB'
    if (inside[k] === 1 || !(ACTS.test(w) || quoting || quotedVerb || CALLS.test(w) && /^(?:for|on)$/.test(tokens[k + 1]!.lower))) continue
    if (coversToken(cues, tokens[k]!)) continue
    // (A leading outlet cue relays only the clause after it: "KCNA said Kim addressed", not "Kim addressed ..., KCNA said" twice.)
    const subject = subjectBefore(tokens, from, k, (j) => inside[j] === 1)
    if (subject && leadsPast(cues, tokens[subject.a]!.start)) continue
    const speaker = subject ? describe(text, tokens, subject) : null
    // (A role noun with "the" stands for the one named before only where the quotation shows it speaking.)
    const role = quotedVerb && speaker?.type === 'role' && tokens[subject!.a]!.lower === 'the'
    if (!subject || !speaker || speaker.type !== 'name' && speaker.type !== 'anonymous' && !role || speaker.type === 'name' && looksLikeOutlet(speaker.name)) continue
    cues.push({ kind: 'verb', start: tokens[subject.a]!.start, end: tokens[quotedVerb ? subject.b - 1 : k]!.end, verb: quotedVerb ? k + 1 : k, speaker, inQuote: false, leading: true, trailing: false,
      venue: null, quotedOuter: null, descriptor: subject.descriptor })
    cues.sort((x, y) => x.start - y.start)
    return
  }
}

// Whether an outlet's cue that does not close the sentence ends past `at` (the act's subject is in its own words).
function leadsPast(cues: readonly Cue[], at: number): boolean {
  for (const c of cues) if (relays(c) && !c.trailing && c.kind === 'verb' && at < c.end) return true
  return false
}
