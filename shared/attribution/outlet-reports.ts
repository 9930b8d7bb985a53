// "..., according to a report by js7tv.com. ... the report said": once an
// outlet's report is named, "the report" is that outlet's, and an outlet
// reporting with no inner speaker is itself the source (GUIDE 5: "Xinhua
// reported" is Xinhua). The engine read the anaphor as a document of its own
// ("People's Liberation Army report") relayed by the outlet; the outlet's
// report speaks as the outlet. A document the outlet relays by its own name
// ("according to a joint communique ..., Tass reported") stays as it is.
// The anaphor reaches the outlet's report either through its relay or, in
// the same paragraph, through the cue that named the report ("according to
// a report by nbtv.cn. ..., the report said"): an outlet that is the source
// relays nothing, so the anaphor has no via of its own to go by.

import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'
import { kindOfName } from './kinds.ts'

// The anaphor of a report already named: "the report said", "according to the report", "the report noted".
const ANAPHOR = /^(?:the|this|that) (?:report|article|story)\b|\b(?:to|in) (?:the|this|that) (?:report|article|story)$/i

// ("KCNA reported on October 16 that ... The report says:": the outlet's own verb names its report too.)
const NAMES_REPORT = /\b(?:report(?:ed|s)?|article|story)\b/i

export function outletReports(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  const seen = new Map<object, Placed['attribution']>()
  // The outlet whose report the paragraph named last, reset at each paragraph.
  let reported: string | null = null
  let reportedAt = -1
  // Within a text the outlet printed after "The report says:".
  let printing = false
  placed.forEach((p, i) => {
    // (The paragraph right after the one that ends with the outlet's report may still name it: "The report says:".)
    if (i > 0 && sentences[i]!.para !== sentences[i - 1]!.para && reportedAt !== i - 1) reported = null
    const a = p?.attribution
    // (A frame with no words of its own, "The report says:", carries the report on to the text it frames.)
    if (!p && reportedAt === i - 1 && text.slice(sentences[i]!.start, sentences[i]!.end).endsWith(':')) reportedAt = i
    if (a?.kind === 'outlet' && p!.contentIn === 'same' && NAMES_REPORT.test(text.slice(a.main.start, a.main.end))) { reported = a.source; reportedAt = i }
    const outletOf = a?.via ?? reported
    const ownText = p !== null && a?.kind === 'document' && /\b(?:report|article|story)$/i.test(a.source)
    // (A speaker the printed report quotes keeps his sentence, and the report runs on after it.)
    if (p && !ownText && printing && reportedAt === i - 1) reportedAt = i
    if (!p) printing = false
    if (!p || !a || !ownText || !outletOf) return
    if (!ANAPHOR.test(text.slice(a.main.start, a.main.end).trim())) return
    let outlet = seen.get(a)
    // ("Kim also said that ..., the report said": the outlet is transparent, the speaker inside its report the source, GUIDE 5.)
    const inner = a.main.trailing ? a.otherSources.find((n) => kindOfName(n) === 'person') : undefined
    if (!outlet) seen.set(a, (outlet = inner ? { ...a, source: inner, kind: 'person', via: outletOf, otherSources: a.otherSources.filter((n) => n !== inner) }
      : { ...a, source: outletOf, kind: 'outlet', via: null }))
    placed[i] = { ...p, attribution: outlet }
    // (A text the outlet printed after "The report says:" runs on over its paragraphs.)
    if (p.contentIn === 'next') { reportedAt = i; printing = true }
  })
}
