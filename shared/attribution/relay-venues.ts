// Where a speaker spoke, read from the cue's phrase (GUIDE 6): "told the
// Izvestia daily", "Speaking to Xinhua", "in an interview with the Asahi
// Shimbun newspaper", "said on CNN's 'State of the Union'". The outlet
// becomes the cue's venue; one described as an agency, a wire or another
// paper (or a wire's reporter) is marked as reaching us through it.
// relay-cues.ts runs this first, then reads the relays proper.

import type { Cue, SentenceView } from './cues.ts'
import { isDomain } from './domain-outlets.ts'
import { joinedName } from './joined-mastheads.ts'
import type { Token } from './nlp.ts'
import { outletInitials } from './outlet-initials.ts'
import { outletShape } from './outlet-shape.ts'
import { asOutlet, spokenToOutlet } from './outlet-shapes.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import type { Phrase } from './phrases.ts'
import { phraseStartingAt } from './phrases.ts'
import { reporterVenue } from './reporter-venues.ts'
import type { Speaker } from './speakers.ts'
import { describe } from './speakers.ts'
import { hasVerbAt } from './verb-at.ts'

// An outlet as a relay reads one: titled so, shaped like one or a site named by its domain ("as quoted by
// Kompas.com", domain-outlets.ts), or initials the article gave an outlet it spelled out ("Sudan News Agency
// (SUNA)", outlet-initials.ts).
export const isRelayOutlet = (view: SentenceView | null, s: Speaker | null): s is Extract<Speaker, { type: 'name' }> =>
  s?.type === 'name' && (s.titles.includes('outlet') || looksLikeOutlet(s.name) || isDomain(s.name) || view !== null && outletInitials(view.text).has(s.name))

// "In comments to the Interfax news agency, ... said", "Speaking to Xinhua, ... said", "said in an email to The Associated Press",
// "in an interview with the Asahi Shimbun newspaper", "told the Izvestia daily": where the speaker spoke (GUIDE 6).
const GIVEN = new Set(['comments', 'remarks', 'interview', 'interviews', 'speaking', 'talking', 'statement', 'statements', 'email', 'emailed',
  // ("in a WhatsApp message shared with a Reuters reporter", "in a message to AFP".)
  'message', 'messages', 'shared'])
// An outlet described as a newspaper or an agency is another outlet than the writer's (a
// story never calls its own masthead "the X newspaper"): what it was told reaches us through it.
const PRINT_OR_WIRE = /^(?:newspaper|paper|daily|broadsheet|tabloid|weekly|magazine|agency|wire)$/

export function venues(view: SentenceView, cues: Cue[]): void {
  const { tokens, from, to, inside } = view
  const verbs = cues.filter((c) => c.kind === 'verb' && !c.inQuote)
  // ("According to a source speaking to Al-Araby al-Jadeed": the source of an "according to" spoke there too, right after its phrase.)
  const according = cues.filter((c) => c.kind === 'according' && !c.inQuote && !c.venue && tokens[c.verb]!.lower === 'according')
  const speaking = [...verbs.filter((c) => !c.venue), ...according]
  // ("told the Vestnik daily" has its venue from cues.ts as "Vestnik daily": named again here.)
  for (const c of verbs) {
    if (!/^(?:told|tells|tell)$/.test(tokens[c.verb]!.lower) || c.wireVenue) continue
    const p = phraseStartingAt(tokens, c.verb + 1, to)
    if (p) give(view, c, p)
    else giveKnown(view, c, c.verb + 1)
    const reporter = c.venue ? null : reporterVenue(view, c.verb + 1)
    if (reporter) { c.venue = reporter.name; if (reporter.reporter) c.wireVenue = true }
  }
  if (!speaking.length) return
  // (The loop makes no closure: one that read `k` would cost a context per token.)
  for (let k = from; k < to - 2; k++) {
    const link = tokens[k + 1]!.lower
    if (link !== 'to' && link !== 'with' && link !== 'on' || inside[k] === 1) continue
    const w = tokens[k]!.lower
    const interview = w === 'interview' || w === 'interviews'
    // "said on CNN's 'State of the Union'", "in an interview on NBC": the programme's outlet.
    const on = link === 'on' && (interview || hasVerbAt(speaking, k))
    if (!on && !(link === 'to' && GIVEN.has(w) && w !== 'shared' || link === 'with' && (interview || w === 'shared'))) continue
    venueAt(view, k, speaking, according)
    return
  }
}

// The venue phrase after token k ("to", "with" or "on" at k + 1) given to the cues that spoke there.
function venueAt(view: SentenceView, k: number, speaking: Cue[], according: Cue[]): void {
  const { tokens, to } = view
  const link = tokens[k + 1]!.lower
  const w = tokens[k]!.lower
  const p = phraseStartingAt(tokens, k + 2, to)
  const here = (c: Cue) => c.kind !== 'according' || /^(?:speaking|talking)$/.test(w) && tokens[k]!.start - c.end <= 2
  for (const c of speaking) if (!c.venue && here(c)) p ? give(view, c, p) : giveKnown(view, c, k + 2)
  // ("a message to a Reuters reporter": the reporter's outlet, another's than the story's, reporter-venues.ts.)
  const reporter = speaking.some((c) => !c.venue && here(c)) ? reporterVenue(view, k + 2) : null
  if (reporter?.reporter) for (const c of speaking) if (!c.venue && here(c)) { c.venue = reporter.name; c.wireVenue = true }
  // (An unnamed source speaks to the press: "a source speaking to Al-Araby al-Jadeed" names an outlet the list lacks.)
  for (const c of according) if (!c.venue && here(c) && c.speaker?.type === 'anonymous' && p && properRun(tokens, p.a, p.b)) { c.venue = view.text.slice(tokens[p.a]!.start, tokens[p.b - 1]!.end); c.wireVenue = true }
  // ("in an interview with Chortle", "... with the Ukrainska Pravda website": an outlet known by its shape.)
  const shaped = p && link === 'with' ? spokenToOutlet(view.text, tokens, p.a, p.b) : null
  const whole = shaped && joinedName(view.text, tokens, p!, to)
  if (shaped) for (const c of speaking) if (!c.venue && here(c)) { c.venue = whole?.startsWith(shaped.name) ? whole : shaped.name; c.shapedVenue = true; if (shaped.relay) c.wireVenue = true }
}

function give(view: SentenceView, c: Cue, p: Phrase): void {
  const { text, tokens } = view
  const s = asOutlet(describe(text, tokens, p))
  if (!isRelayOutlet(view, s)) return
  // ("Argumenty i Fakty": a name cut at its own joining word is the whole name.)
  const whole = joinedName(text, tokens, p, view.to)
  c.venue = whole?.startsWith(s.name) ? whole : s.name
  const shaped = outletShape(tokens, p.a, p.b) !== null
  for (let n = p.a; n < p.b; n++) if (tokens[n]!.lower === 'agency' || tokens[n]!.lower === 'wire' || shaped && PRINT_OR_WIRE.test(tokens[n]!.lower)) c.wireVenue = true
}

// A known masthead the tagger did not read as a name ("Speaking to Sky News", "sky" taken for a verb):
// the longest run of capitalised words from k that the outlet list knows.
function giveKnown(view: SentenceView, c: Cue, k: number): void {
  const { text, tokens, to } = view
  if (tokens[k]?.lower === 'the') k++
  let name: string | undefined
  for (let e = k; e < Math.min(to, k + 5) && tokens[e]!.cap; e++) name = knownOutlet(text.slice(tokens[k]!.start, tokens[e]!.end)) ?? name
  if (name) c.venue = name
}

// Capitalised words only (an Arabic article and hyphens inside them): "Al-Araby al-Jadeed", not "reporters in Doha".
function properRun(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!tokens[k]!.cap && tokens[k]!.lower !== '-' && !/^(?:al|el|ad|as|an|ash|at|az)$/.test(tokens[k]!.lower)) return false
  return tokens[a]!.cap
}
