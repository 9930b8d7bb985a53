// A body the article describes before or after it names it: "German
// intelligence warns", "Germany's domestic intelligence agency says", then
// "Germany's Federal Office for the Protection of the Constitution (BfV)";
// "the U.N. human rights office" beside the "Office of the High Commissioner
// for Human Rights". GUIDE 4 names a source in the fullest form the article
// gives it, so the description takes the one named body it fits:
// - the body whose name holds every describing word ("human rights office",
//   "health agency" for the World Health Organization);
// - else, for a generic noun (agency, office, intelligence, service), the
//   one body the text names as that country's ("Germany's Federal Office",
//   "the German Federal Office").
// Two bodies that fit leave the description as it is.

import { fold } from './fold.ts'
import { DEMONYMS, DEMONYM_OF } from './lexicon.ts'
import { kindOfName } from './kinds.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null }

// The nouns a description of a body ends in.
const HEADS = /^(?:agency|office|intelligence|service|services|authority|regulator|watchdog|body|organi[sz]ation|ministry|department|commission|bureau)$/
// Heads that name any body of a state; the others ("ministry") must be the named body's own word.
const GENERIC = /^(?:agency|intelligence|service|services|authority|body|watchdog|regulator|office)$/
// Describing words no body's name needs to hold.
const PLAIN = /^(?:domestic|national|federal|top|main|chief|state|government|official|country's|nation's)$/
// "Germany's", "German", "U.N.", "UN", "U.S.": the owner before the describing words.
const OWNER = /^(?:(\p{Lu}[\p{L}.-]*)['’]s|(\p{Lu}[\p{Ll}]+)|((?:\p{Lu}\.){2,3}|UN|US|EU))$/u
const LINK = /^(?:of|for|the|and|on|&)$/
const MAX_BODIES = 32
const MAX_SEEN = 64

export function describedBodies(out: Sourced[], text: string, bodies: Iterable<string>, match: (name: string) => string | null): void {
  const names = candidates(bodies)
  if (names.length === 0) return
  const found = new Map<string, string | null>()
  // (Each body's mentions are read for its owner at most this many times per article: the work stays linear.)
  const budget = { scans: 2 * MAX_BODIES }
  for (const s of out) {
    if (s.sourceKind !== 'organisation' && s.sourceKind !== 'person') continue
    if (!found.has(s.source)) { if (found.size >= MAX_SEEN) continue; found.set(s.source, bodyFor(s.source, names, text, budget)) }
    const body = found.get(s.source)
    if (!body) continue
    s.source = body
    s.sourceKind = 'organisation'
    s.sourceId = match(body)
  }
}

// Named bodies: capitalised names of two words or more, none inside another's name.
function candidates(bodies: Iterable<string>): string[] {
  const list: string[] = []
  const seen = new Set<string>()
  for (const b of bodies) {
    if (list.length >= MAX_BODIES) break
    const words = b.split(' ')
    if (words.length < 2 || !/^\p{Lu}/u.test(b) || kindOfName(b) !== 'organisation' || !words.every((w) => /^\p{Lu}/u.test(w) || LINK.test(w)) || seen.has(fold(b))) continue
    seen.add(fold(b))
    list.push(b)
  }
  return list.filter((b) => !list.some((o) => o !== b && fold(o).includes(fold(b))))
}

// The one named body the description fits, or null.
function bodyFor(source: string, names: readonly string[], text: string, budget: { scans: number }): string | null {
  const words = source.split(' ')
  const head = words.at(-1)!
  if (words.length > 6 || !HEADS.test(head)) return null
  const owner = words.length > 1 ? OWNER.exec(words[0]!) : null
  const describing = words.slice(owner ? 1 : 0)
  // (Only a description: lower-case words after the owner, "Federal Office" is a name.)
  if (!describing.every((w) => /^\p{Ll}/u.test(w))) return null
  const content = describing.slice(0, -1).filter((w) => !PLAIN.test(w))
  if (content.length) {
    const holding = names.filter((n) => { const f = ` ${fold(n)} `; return content.every((w) => f.includes(` ${fold(w)} `)) })
    if (holding.length === 1) return holding[0]!
    if (holding.length > 1) return null
  }
  if (!owner || !GENERIC.test(head)) return null
  const country = owner[1] ?? (owner[2] && DEMONYMS.has(owner[2].toLowerCase()) ? countryOf(owner[2]) : null)
  if (!country) return null
  const adjective = DEMONYM_OF.get(fold(country))
  const owned = names.filter((n) => ownedBy(text, n, country, adjective, budget))
  return owned.length === 1 ? owned[0]! : null
}

// The country a demonym names ("German" -> "Germany"), from the lexicon's country -> demonym map.
let countries: Map<string, string> | null = null
function countryOf(demonym: string): string | null {
  if (!countries) {
    countries = new Map()
    for (const [country, adjective] of DEMONYM_OF) countries.set(fold(adjective), country)
  }
  return countries.get(fold(demonym)) ?? null
}

// Whether the text writes the body as the country's: "Germany's Federal Office", "the German Federal Office".
function ownedBy(text: string, body: string, country: string, adjective: string | undefined, budget: { scans: number }): boolean {
  if (--budget.scans < 0) return false
  let n = 0
  for (let at = text.indexOf(body); at >= 0 && n < MAX_SEEN; at = text.indexOf(body, at + body.length), n++) {
    const before = text.slice(Math.max(0, at - 40), at).toLowerCase().replace(/’/g, "'")
    if (before.endsWith(`${fold(country)}'s `) || adjective && before.endsWith(` ${adjective.toLowerCase()} `)) return true
  }
  return false
}
