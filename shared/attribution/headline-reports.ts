// A headline that credits the press at its end ("Russia to raise grain
// exports: reports", "Trump to order drawdown: media", "Singer unhappy with
// label: report", "U.S. weighs chip curbs -- sources") is attributed like
// the body it sums up: "reports" and "sources" stay unnamed, "media" takes
// the body's named media ("U.S. media said", "U.S. media quoted officials"),
// and a single "report" is the outlet whose report the lede gives, or the
// lede's text of that kind ("...: UN report", "Report: ..." over "according
// to a report by the IPC" is the IPC report).

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const TAIL = /(?:\s[—–]|\s--|:)\s*((?:[\p{L}.]+\s)?(?:reports?|media|sources|study|survey|poll))\s*$/iu
// ("Report: Global displacement hits record": the credit may open the headline instead.)
const LEAD = /^((?:Report|Study|Survey|Poll)):\s+\S/u
// The texts a credit may name: the lede's text of the same kind is the one ("...: UN report" is the lede's
// "a report released by the IPC"); a news outlet's report is the outlet (GUIDE 7).
const TEXTS = /^(?:report|study|survey|poll)$/
// ("Hamas 'open' to more ceasefire talks: Palestinian official": an unnamed role credited the same way, the body's
// source of that role, as the lede that names it.)
const ROLE_TAIL = /(?:\s[—–]|\s--|:)\s*((?:\p{Lu}[\p{L}.]*\s){0,2}(?:officials?|diplomats?|spokes(?:man|woman|person)))\s*$/u
// How many sentences past the headline the body's outlet or media is looked for.
const AHEAD = 6

export function headlineReports(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  sentences.forEach((s, i) => {
    if (!(s.heading || i === 0)) return
    const said = text.slice(s.start, s.end)
    // (A headline opening "Report:" may be read already as a speaker named "Report".)
    const lead = LEAD.exec(said)
    if (placed[i] && !(lead && placed[i].attribution.source === lead[1])) return
    if (!lead && roleTail(said, s, i, sentences, placed)) return
    const m = lead ?? TAIL.exec(said)
    if (!m || !lead && m.index < 12) return
    const credited = m[1]!
    const head = credited.toLowerCase().split(/\s+/).at(-1)!
    const text_ = TEXTS.test(head)
    const body = text_ ? (b: Attribution) => b.kind === 'document' && b.source.toLowerCase().endsWith(` ${head}`) ? b.source : head === 'report' ? (b.kind === 'outlet' ? b.source : b.via) : null
      : head === 'media' ? (b: Attribution) => [b.via, b.source].find((n) => n && /\bmedia(?: \((?:anonymous|unnamed)\))?$/i.test(n)) ?? null
        : () => null
    let name: string | null = null
    let kind: Attribution['kind'] = 'anonymous'
    for (let j = i + 1; j < Math.min(sentences.length, i + 1 + AHEAD) && !name; j++) {
      const b = placed[j]?.attribution
      if (!b || sentences[j]!.heading) continue
      name = body(b)
      if (name && text_) kind = b.kind === 'document' && name === b.source ? 'document' : 'outlet'
    }
    // (No such text in the lede: a leading credit is left as it was read.)
    if (!name && lead) return
    name ??= `${/^\p{Lu}+$/u.test(credited) ? head : credited} (anonymous)`
    const start = s.start + m.index + m[0].indexOf(credited)
    const speaker: Cue['speaker'] = { type: 'anonymous', name, head }
    const cue: Cue = { kind: 'verb', start, end: start + credited.length + (lead ? 1 : 0), verb: s.to - 1, speaker, inQuote: false,
      leading: false, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
    placed[i] = { attribution: { source: name, kind, via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }, contentIn: 'same' }
  })
}

// The body's unnamed source whose name has the credited role: its name, kind and relay, as the headline's.
function roleTail(said: string, s: Sentence, i: number, sentences: readonly Sentence[], placed: (Placed | null)[]): boolean {
  const m = ROLE_TAIL.exec(said)
  if (!m || m.index < 12) return false
  const credited = m[1]!
  const words = credited.toLowerCase().split(/\s+/)
  const head = words.at(-1)!.replace(/s$/, '')
  let found: Attribution | null = null
  for (let j = i + 1; j < Math.min(sentences.length, i + 1 + AHEAD) && !found; j++) {
    const b = placed[j]?.attribution
    if (b && !sentences[j]!.heading && b.kind === 'anonymous' && words.every((w) => b.source.toLowerCase().includes(w.replace(/s$/, '')))) found = b
  }
  const name = found?.source ?? `${credited} (anonymous)`
  const start = s.start + m.index + m[0].indexOf(credited)
  const speaker: Cue['speaker'] = { type: 'anonymous', name, head }
  const cue: Cue = { kind: 'verb', start, end: start + credited.length, verb: s.to - 1, speaker, inQuote: false,
    leading: false, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
  placed[i] = { attribution: { source: name, kind: 'anonymous', via: found?.via ?? null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }, contentIn: 'same' }
  return true
}
