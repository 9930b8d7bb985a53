// A headline that credits the press at its end ("Russia to raise grain
// exports: reports", "Trump to order drawdown: media", "Singer unhappy with
// label: report", "U.S. weighs chip curbs -- sources") is attributed like
// the body it sums up: "reports" and "sources" stay unnamed, "media" takes
// the body's named media ("U.S. media said", "U.S. media quoted officials"),
// and a single "report" is the outlet whose report the lede gives.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const TAIL = /(?:\s[—–]|\s--|:)\s*((?:[\p{L}.]+\s)?(?:reports?|media|sources))\s*$/iu
// ("Hamas 'open' to more ceasefire talks: Palestinian official": an unnamed role credited the same way, the body's
// source of that role, as the lede that names it.)
const ROLE_TAIL = /(?:\s[—–]|\s--|:)\s*((?:\p{Lu}[\p{L}.]*\s){0,2}(?:officials?|diplomats?|spokes(?:man|woman|person)))\s*$/u
// How many sentences past the headline the body's outlet or media is looked for.
const AHEAD = 6

export function headlineReports(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  sentences.forEach((s, i) => {
    if (placed[i] || !(s.heading || i === 0)) return
    const said = text.slice(s.start, s.end)
    if (roleTail(said, s, i, sentences, placed)) return
    const m = TAIL.exec(said)
    if (!m || m.index < 12) return
    const credited = m[1]!
    const head = credited.toLowerCase().split(/\s+/).at(-1)!
    const body = head === 'report' ? (b: Attribution) => b.kind === 'outlet' ? b.source : b.via
      : head === 'media' ? (b: Attribution) => [b.via, b.source].find((n) => n && /\bmedia(?: \((?:anonymous|unnamed)\))?$/i.test(n)) ?? null
        : () => null
    let name: string | null = null
    let kind: Attribution['kind'] = 'anonymous'
    for (let j = i + 1; j < Math.min(sentences.length, i + 1 + AHEAD) && !name; j++) {
      const b = placed[j]?.attribution
      if (!b || sentences[j]!.heading) continue
      name = body(b)
      if (name && head === 'report') kind = 'outlet'
    }
    name ??= `${/^\p{Lu}+$/u.test(credited) ? head : credited} (anonymous)`
    const start = s.start + m.index + m[0].indexOf(credited)
    const speaker: Cue['speaker'] = { type: 'anonymous', name, head }
    const cue: Cue = { kind: 'verb', start, end: start + credited.length, verb: s.to - 1, speaker, inQuote: false,
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
