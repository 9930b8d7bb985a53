// Relays of a story written far from its speakers (GUIDE 5's exception
// across paragraphs). A wire story that says it heard a broadcast or agency
// from afar ("IRNA, monitored in Nicosia, quoted ...", "The agency, received
// in London, quoted him ...") knows everything that outlet's speakers said
// only through it: each attribution of a source the outlet relayed takes the
// relay, in any paragraph, before or after the relay is named, and even a
// "news conference" the writer was not at. A source relayed by another
// outlet as well is left as it is, and so is what a speaker "had said" before.
// The headline over such a story came through it too ("IRAN WARNS U.S. ..."
// over it is Iran via IRNA); over a story that names its relay but was not
// heard from afar ("Iran says ..." over "..., Baghaei told IRNA") the
// headline is the writer's own summary, with no relay.

import type { Attribution } from './attribute.ts'
import { fold } from './fold.ts'

// ", monitored in Nicosia,", ", received in London,", ", monitored by the British Broadcasting Corporation,",
// ", in a report received in London,", "An Ankara Radio report monitored in London said".
const MONITORED = /,\s+(?:in an? (?:report|broadcast|dispatch)\s+)?(?:as\s+)?(?:monitored|received|heard)\s+(?:in|by)\s+[^,.;]{1,60},|\b(?:report|broadcast|dispatch)\s+(?:monitored|received|heard)\s+(?:in|by)\b/

// A party's own text: "a Foreign Ministry statement", "the ministry's communique".
const OWN_TEXT = /\b(?:statement|communiqu[eé]|press release)\b/i

// "which Aqazadeh had said would be discussed before he left": words said before, which the writer knew otherwise.
const EARLIER = /\bhad\b/

export interface StoryLines { text: string; start: (i: number) => number; end: (i: number) => number; para: (i: number) => number; heading: (i: number) => boolean }

export function monitoredRelays(own: (Attribution | null)[], lines: StoryLines): void {
  const found = farRelay(own, lines)
  if (!found) return
  const far = found.via
  // The opening before the outlet is named (the headline and the lede's paragraph): the lede's speaker
  // ("LONDON - Iran said ... . [next paragraph] IRNA, received in London, said") came through it too.
  const lede = lines.para(own.findIndex((a, i) => a !== null && !lines.heading(i)))
  // (A lede built on the party's own text, "A Foreign Ministry statement last night hinted ...", was read directly.)
  const ownText = own.some((a, i) => a !== null && i < found.at && lines.para(i) === lede && OWN_TEXT.test(lines.text.slice(lines.start(i), lines.end(i))))
  const opening = (i: number, a: Attribution) => !ownText && i < found.at && lines.para(i) <= lede && !a.via && !a.venue && a.kind !== 'outlet'
  // Sources relayed by that outlet, and only by it.
  const only = new Map<string, boolean>()
  own.forEach((a, i) => {
    const via = a?.via ?? (a && opening(i, a) ? far : null)
    if (!a || !via) return
    const s = fold(a.source)
    only.set(s, (only.get(s) ?? true) && fold(via) === fold(far))
  })
  // (A source the writer heard in person somewhere, "one of the officials told Reuters", came through no far outlet.)
  own.forEach((a) => { if (a && !a.via && a.venue && a.kind !== 'outlet') only.set(fold(a.source), false) })
  own.forEach((a, i) => {
    const top = i === 0 && lines.heading(0)
    // (A lede speaker another outlet relays too, "Iraq said ... . Baghdad radio said", is not the far outlet's.)
    const relayedOnly = only.get(fold(a?.source ?? '')) === true
    if (a && !a.via && a.kind !== 'outlet' && (top || relayedOnly && (opening(i, a) || !EARLIER.test(lines.text.slice(a.main.start, a.main.end))))) own[i] = { ...a, via: far }
  })
}

// The relay of the first sentence that says its outlet was heard from afar: the outlet it relays, the
// outlet itself when it speaks with no inner speaker ("IRNA, received in London, said"), or, for its report
// met by a noun ("A report, monitored by the BBC, said"), the relay named before it.
function farRelay(own: (Attribution | null)[], lines: StoryLines): { via: string; at: number } | null {
  let before: string | null = null
  for (let i = 0; i < own.length; i++) {
    const a = own[i]
    if (a && MONITORED.test(lines.text.slice(lines.start(i), lines.end(i)))) {
      const via = a.via ?? (a.kind === 'outlet' ? a.source : before)
      if (via) return { via, at: i }
    }
    if (a?.via) before = a.via
  }
  return null
}
