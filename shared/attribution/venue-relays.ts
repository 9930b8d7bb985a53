// An interview given to another outlet reaches the reader through that
// outlet (GUIDE 6: "an official told the Herald", written by another outlet,
// has the Herald as venue and relay). With a dateline the story's own outlet
// is known and compose() decides; without one, "told X" may be the story's
// own interview ("told the Global Times" in the Global Times). The article
// tells which: its own outlet is the one it keeps telling things to, an
// outlet it names once in a story relaying two other outlets or more is
// another's, and a country's media at large ("told US media") is never one
// masthead's own.

import type { Attribution } from './attribute.ts'
import { hasBareDateline } from './bare-datelines.ts'
import { fold } from './fold.ts'
import { PLATFORMS } from './lexicon.ts'
import { knownOutlet, looksLikeOutlet, namesOf } from './outlets.ts'
import type { Publisher } from './publisher.ts'
import { WIRES } from './wire-credits.ts'

// "US media", "Russian state media", "local media" (not "social media", a platform).
const PLATFORM_NAMES = new Set(PLATFORMS.values())
const MEDIA_AT_LARGE = /^(?!social\b)(?:[\p{L}.]+\s+){1,2}media$/iu

export function venueRelays(text: string, own: (Attribution | null)[], publisher: Publisher): void {
  if (publisher.name) return
  // (Under a bare wire dateline the story is a wire's dispatch: any paper told, even one told twice, is another's;
  // one the engine knows only as the one told, "told the Frankfurter Neue Presse", too. A platform is no paper.)
  const wireCopy = hasBareDateline(text)
  const paper = (venue: string) => looksLikeOutlet(venue) || MEDIA_AT_LARGE.test(venue) || wireCopy && !PLATFORM_NAMES.has(venue) ||
    ownsProgramme(text, venue)
  const at = (i: number) => {
    const a = own[i]
    // (A piece the speaker wrote for the paper is printed there, not told to it: authored-pieces.ts.)
    return a?.venue && !a.via && a.kind !== 'outlet' && !a.main.ownPiece && paper(a.venue) ? a : null
  }
  if (!own.some((_, i) => at(i))) return
  // The outlets the article relays or reports as speaking, and how often each venue is named.
  const relayed = new Set<string>()
  // (Those that report as a source, "the Financial Times has reported": another's for certain.)
  const reported = new Set<string>()
  // (And those that passed words on, "..., the Financial Times reported" with a speaker inside.)
  const passedOn = new Set<string>()
  for (const a of own) {
    if (a?.via) relayed.add(fold(knownOutlet(a.via) ?? a.via))
    // (Not a text it got hold of, "an email obtained by the Gazette": that may be the story's own scoop.)
    if (a?.via && !a.viaSeen) passedOn.add(fold(knownOutlet(a.via) ?? a.via))
    if (a?.kind === 'outlet') { relayed.add(fold(knownOutlet(a.source) ?? a.source)); reported.add(fold(knownOutlet(a.source) ?? a.source)) }
  }
  const counts = new Map<string, number>()
  const count = (name: string) => {
    const key = fold(knownOutlet(name) ?? name)
    if (!counts.has(key)) counts.set(key, mentions(text, name))
    return counts.get(key)!
  }
  // The article's own outlet: the venue it names most, at least twice (an outlet it relays is another's).
  let mine: string | null = null
  let most = 1
  let tie = false
  for (const name of new Set(own.flatMap((_, i) => at(i)?.venue ?? []))) {
    // (An outlet the article relays or reports as a source is another's: "the Financial Times has reported".)
    if (relayed.has(fold(knownOutlet(name) ?? name))) continue
    if (wireCopy && !WIRES.has(knownOutlet(name) ?? name)) continue
    const n = count(name)
    if (n > most) { mine = fold(knownOutlet(name) ?? name); most = n; tie = false } else if (n === most && most > 1) tie = true
  }
  if (tie) mine = null
  own.forEach((_, i) => {
    const a = at(i)
    if (!a) return
    const venue = knownOutlet(a.venue!) ?? a.venue!
    const key = fold(venue)
    // ("told BBC One's Breakfast programme" in a story that keeps telling BBC News: a programme of the house's own.)
    const house = knownOutlet(venue.split(/['’]s?\s|\s/)[0]!)
    if (mine !== null && house !== undefined && fold(house) === mine) return
    // (Named once in a story that relays two other outlets or more: a story of relays, this one among them.
    // Named once where the story also relays it; or, however often named, reported as a source or passing on others'
    // words ("Swiss Re believes ..., the Financial Times reported. Lloyds told the Financial Times ..."): another's, a
    // story never relays its own outlet. Under a bare wire dateline, any paper but a wire: wire copy passes on what
    // papers were told.)
    const relay = MEDIA_AT_LARGE.test(venue) || wireCopy && !WIRES.has(venue) || (mine !== null ? mine !== key : reported.has(key) || passedOn.has(key) || count(venue) <= 1 && ([...relayed].filter((o) => o !== key).length >= 2 || relayed.has(key)))
    if (relay) own[i] = { ...a, via: venue }
  })
}

// How many times an outlet is named in the text, under any of its names
// (longest first, so "Thomson Reuters" counts once, not also as "Reuters").
function mentions(text: string, name: string): number {
  const names = [...namesOf(name)].sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0
}

// "on GMTV's Sunday Programme", "Sky News' Sunday with Adam Boulton show": a name that owns a titled programme is a
// broadcaster, an outlet even when the engine knows no such masthead.
const PROGRAMME = /^['’]s?\s+(?:\p{Lu}[\p{L}\p{N}'’-]*\s+){1,5}(?:[Pp]rogramme|[Pp]rogram|[Ss]how)\b/u
function ownsProgramme(text: string, venue: string): boolean {
  if (!/^\p{Lu}/u.test(venue) || PLATFORM_NAMES.has(venue)) return false
  for (let at = text.indexOf(venue); at >= 0; at = text.indexOf(venue, at + venue.length)) {
    if (PROGRAMME.test(text.slice(at + venue.length, at + venue.length + 80))) return true
  }
  return false
}
