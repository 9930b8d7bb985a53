// "..., according to a report by js7tv.com. ... the report said": once an
// outlet's report is named, "the report" is that outlet's, and an outlet
// reporting with no inner speaker is itself the source (GUIDE 5: "Xinhua
// reported" is Xinhua). The engine read the anaphor as a document of its own
// ("People's Liberation Army report") relayed by the outlet; the outlet's
// report speaks as the outlet. A document the outlet relays by its own name
// ("according to a joint communique ..., Tass reported") stays as it is.

import type { Placed } from './reach.ts'

// The anaphor of a report already named: "the report said", "according to the report", "the report noted".
const ANAPHOR = /^(?:the|this|that) (?:report|article|story)\b|\b(?:to|in) (?:the|this|that) (?:report|article|story)$/i

export function outletReports(text: string, placed: (Placed | null)[]): void {
  const seen = new Map<object, Placed['attribution']>()
  placed.forEach((p, i) => {
    const a = p?.attribution
    if (!p || !a || a.kind !== 'document' || !a.via || !/\b(?:report|article|story)$/i.test(a.source)) return
    if (!ANAPHOR.test(text.slice(a.main.start, a.main.end).trim())) return
    let outlet = seen.get(a)
    if (!outlet) seen.set(a, (outlet = { ...a, source: a.via, kind: 'outlet', via: null }))
    placed[i] = { ...p, attribution: outlet }
  })
}
