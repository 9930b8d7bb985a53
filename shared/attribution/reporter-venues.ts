// The outlet a speaker talked to when the object of "told" is its reporter
// or a one-word masthead (GUIDE 6): "told the FT's James Politi", "told
// Recode editor Kara Swisher", "told the BBC interviewer", "told the Post"
// (the Washington Post named before). The speaker reader takes such an
// object for a person or for nothing; the outlet is the venue. A story
// never names its own reporter as the one told (that is its byline), so an
// outlet's named reporter or editor is another outlet's: the relay too.

import type { Cue, SentenceView } from './cue-types.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { describe } from './speakers.ts'
import { mastheadBefore } from './outlet-shapes.ts'

const PRESS_ROLES = /^(?:editor|reporter|reporters|correspondent|interviewer|columnist|journalist|journalists|anchor|host|presenter|producer|writer)$/
// A one-word masthead: "the Post", "the Star".
const MASTHEAD = /^(?:times|post|herald|tribune|gazette|journal|chronicle|observer|telegraph|courier|mirror|express|star|globe|inquirer|examiner)$/i
const MAX_RUN = 5
const LOOK_BACK = 10_000

interface Venue { name: string; reporter: boolean }

// The venue named from token k on, or null.
export function reporterVenue(view: SentenceView, k: number): Venue | null {
  const { text, tokens, to } = view
  let a = k
  // ("told a Reuters reporter": one of its reporters, as "the BBC interviewer" is.)
  if (tokens[a]?.lower === 'the' || /^(?:a|an)$/.test(tokens[a]?.lower ?? '') && PRESS_ROLES.test(tokens[a + 2]?.lower ?? '')) a++
  let b = a
  while (b < to && b - a < MAX_RUN && tokens[b]!.cap && !/^(?:'s|’s)$/.test(tokens[b]!.lower)) b++
  if (b === a || b >= to) return mastheadAfter(view, a, b)
  const name = text.slice(tokens[a]!.start, tokens[b - 1]!.end)
  const owned = /^(?:'s|’s)$/.test(tokens[b]!.lower)
  const role = tokens[owned ? b + 1 : b]
  // "the FT's James Politi", "the Ledger's reporter": a known outlet owns a person, any outlet a press role.
  if (owned && (knownOutlet(name) || role && PRESS_ROLES.test(role.lower) && looksLikeOutlet(name))) return { name: knownOutlet(name) ?? name, reporter: true }
  // "Recode editor Kara Swisher", "the BBC interviewer".
  // ("VOA Pentagon correspondent": the masthead before a beat.)
  if (!owned && role && PRESS_ROLES.test(role.lower) && !role.cap) return { name: mastheadBefore(name), reporter: true }
  return mastheadAfter(view, a, b)
}

// "told the Post": the one-word masthead stands for the fuller name written before it ("The Washington Post").
function mastheadAfter(view: SentenceView, a: number, b: number): Venue | null {
  const { text, tokens } = view
  if (b !== a + 1 || tokens[a - 1]?.lower !== 'the' || !MASTHEAD.test(tokens[a]!.text)) return null
  const word = tokens[a]!.text
  // (The last few pages before it only, so a long text stays linear.)
  const before = text.slice(Math.max(0, tokens[a - 1]!.start - LOOK_BACK), tokens[a - 1]!.start)
  const fuller = [...before.matchAll(new RegExp(`(?:\\p{Lu}[\\p{L}.’'-]*\\s+){1,3}${word}\\b`, 'gu'))].map((m) => m[0].replace(/^The\s+/, ''))
  for (let n = fuller.length - 1; n >= 0; n--) if (looksLikeOutlet(fuller[n]!)) return { name: knownOutlet(fuller[n]!) ?? fuller[n]!, reporter: false }
  return null
}

// "Wee of the Times reports that ...", "John Hall of the Washington Post
// reported": a named reporter of an outlet is a person speaking (the house
// convention: "as NPR's Debbie Elliott reported"), not the outlet.
export function reportersOf(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from } = view
  for (const c of cues) {
    if (c.kind !== 'verb' || c.inQuote || c.speaker?.type !== 'name' || !(c.speaker.titles.includes('outlet') || looksLikeOutlet(c.speaker.name))) continue
    let k = from
    while (k < view.to && tokens[k]!.start < c.start) k++
    if (tokens[k - 1]?.lower !== 'of' || k - 2 < from) continue
    let a = k - 1
    while (a - 1 >= from && k - 1 - a < 3 && tokens[a - 1]!.cap && tokens[a - 1]!.pos === 'PROPN') a--
    // The name opens its clause: the sentence, or after a comma.
    if (a === k - 1 || a > from && tokens[a - 1]!.lower !== ',') continue
    const person = describe(text, tokens, { a, b: k - 1, descriptor: [] })
    if (person?.type !== 'name' || looksLikeOutlet(person.name)) continue
    c.speaker = person
    c.start = tokens[a]!.start
  }
}
