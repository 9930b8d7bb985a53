// The wire-relay frame (GUIDE 5): "Axios, citing a senior US official,
// reported that ...", "..., German news agency dpa reported, citing
// coalition sources". Whoever reports while citing someone else is passing
// their words on, so when the reporter is a news outlet it is the relay even
// if the speaker reader did not take it for one (an unknown masthead, a
// description before the name, the citing clause between subject and verb).

import type { Cue } from './cues.ts'
import type { Resolved } from './attribute.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { OUTLET_ROLES } from './lexicon.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { phraseEndingAt } from './phrases.ts'

const REPORTED = /^(?:reported|reports|said|says|wrote|writes)$/
// Time words between the verb and the citing clause: "reported last week, citing".
const WHEN = /^(?:on|last|this|earlier|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|night|morning|evening)$/

// Adds the outlet as a cue of its own when a sentence's citing cue has one
// and no cue of the sentence already names an outlet.
export function relayFrame(text: string, tokens: readonly Token[], s: Sentence, cues: Cue[], resolved: Map<Cue, Resolved>): void {
  const citing = cues.find((c) => c.kind === 'citing' && !c.inQuote && resolved.has(c))
  if (!citing) return
  for (const r of resolved.values()) if (r.kind === 'outlet') return
  let k = s.from
  while (k < s.to && tokens[k]!.start < citing.start) k++
  if (k >= s.to || k - 2 < s.from || tokens[k - 1]!.lower !== ',') return
  let verb = -1
  let end = -1
  // "X reported (last week), citing Y"
  for (let v = k - 2; v >= Math.max(s.from + 1, k - 5); v--) {
    if (REPORTED.test(tokens[v]!.lower)) { verb = v; end = v - 1; break }
    if (!WHEN.test(tokens[v]!.lower)) break
  }
  if (verb < 0) {
    // "X, citing Y, reported"
    let e = k
    while (e < s.to && tokens[e]!.end <= citing.end) e++
    // (Any act in the past: "The Tribune, citing witnesses, identified the surfer as ...", "named the victim".)
    const act = tokens[e + 1]
    if (e + 1 < s.to && tokens[e]!.lower === ',' && act && (REPORTED.test(act.lower) || act.pos === 'VERB' && /ed$/.test(act.lower))) { verb = e + 1; end = k - 2 }
  }
  if (verb < 0) return
  const np = phraseEndingAt(tokens, s.from, end)
  const name = np ? outletIn(text, tokens, np.a, np.b) : null
  if (!np || !name) return
  const cue: Cue = { kind: 'verb', start: tokens[np.a]!.start, end: tokens[verb]!.end, verb, speaker: { type: 'name', name, titles: [] },
    inQuote: false, leading: false, trailing: true, venue: null, quotedOuter: null, descriptor: [] }
  cues.push(cue)
  cues.sort((x, y) => x.start - y.start)
  resolved.set(cue, { name, kind: 'outlet', via: null, named: true })
}

// The outlet a phrase names: "German news agency dpa" -> dpa, "The Izvestia
// newspaper" -> Izvestia, "Israel's Channel 12" -> Channel 12; null when the
// phrase shows no sign of being a news outlet.
function outletIn(text: string, tokens: readonly Token[], a: number, b: number): string | null {
  // "German news agency dpa": a known masthead after its description.
  for (let k = a; k < b; k++) {
    const known = knownOutlet(text.slice(tokens[k]!.start, tokens[b - 1]!.end))
    if (known) return known
  }
  let described = false
  while (a < b && (tokens[a]!.pos === 'DET' || !tokens[a]!.cap || /^(?:'s|’s)$/.test(tokens[a + 1]?.lower ?? ''))) {
    if (OUTLET_ROLES.has(tokens[a]!.lower)) described = true
    a += /^(?:'s|’s)$/.test(tokens[a + 1]?.lower ?? '') ? 2 : 1
  }
  while (b > a && !tokens[b - 1]!.cap && tokens[b - 1]!.pos !== 'NUM') {
    if (OUTLET_ROLES.has(tokens[b - 1]!.lower)) described = true
    b--
  }
  if (a >= b) return null
  const name = text.slice(tokens[a]!.start, tokens[b - 1]!.end)
  return knownOutlet(name) ?? (described || looksLikeOutlet(name) || /^(?:Channel|Kanal) \d+$/.test(name) ? name : null)
}
