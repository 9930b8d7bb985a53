// An outlet's own name, without what the sentence glued before it (GUIDE 4:
// outlet names are normalised): "the Japanese Tokyo Shimbun" is the Tokyo
// Shimbun, "Britain's Financial Times" and "Pearson's Financial Times" the
// Financial Times. A country's adjective or an owner's possessive goes when
// what is left is a masthead: one the engine knows, one that opens with a
// place ("Tokyo Shimbun", "Moscow Times"), or one the article also writes
// without it. A masthead whose name holds the adjective stays whole ("The
// Irish Times", "Australian Financial Review"), as does a lone word after it
// ("the Irish Independent" is no "Independent") and a possessive that is no
// place's before a masthead the engine does not know ("Investor's Business
// Daily").
// A text of an outlet's is the outlet (GUIDE 5: an outlet reporting with no
// inner speaker is itself the source): "the International Business
// editorial", "KCNA Report", "other Tanjug reports", "the Progressive
// article" are the outlet, when the engine knows it or the article calls it
// a newspaper or a magazine ("Progressive magazine"; a place's name keeps
// its noun: "New York magazine", when the text also writes "in New York").
// An outlet goes by its short name: the initials the article gives it
// ("MEES"), a known agency the wire cut ("North Korean Central News" is
// KCNA). Run after the mention graph, which spells out defined initials.

import { COUNTRY_OF_CAPITAL, DEMONYMS, PLACES } from './lexicon.ts'
import { isPlace } from './entity-picks.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { keepsDemonym } from './outlet-countries.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; via: string | null; venue: string | null }

// "Japanese Tokyo Shimbun", "Britain's Financial Times": the glued word, then the masthead.
const GLUED = /^(?:(\p{Lu}[\p{L}.-]*)['’]s|(\p{Lu}[\p{L}.]*)) (\p{Lu}.*)$/u
// Names read per article (each once), and those looked for in the whole text (each a few passes over it).
const MAX_NAMES = 256
const MAX_LOOKUPS = 32

export function outletForms(out: Sourced[], text: string, match: (name: string) => string | null): void {
  const seen = new Map<string, string>()
  const form = (name: string) => {
    let found = seen.get(name)
    if (found === undefined) { found = seen.size < MAX_LOOKUPS ? mastheadOf(name, text) : name; if (seen.size < MAX_NAMES) seen.set(name, found) }
    return found
  }
  const texts = new Map<string, string | null>()
  const relays = new Set(out.flatMap((s) => (s.via ? [s.via] : [])))
  for (const s of out) {
    if (s.sourceKind === 'document') {
      if (!texts.has(s.source) && texts.size < MAX_LOOKUPS) texts.set(s.source, outletOfText(s.source, text))
      const outlet = texts.get(s.source)
      if (outlet) { s.source = outlet; s.sourceKind = 'outlet'; s.sourceId = match(outlet) }
    }
    // (A name the article relays through elsewhere is an outlet's wherever it speaks: GUIDE 7.)
    if (s.sourceKind === 'outlet' || relays.has(s.source)) {
      const name = form(s.source)
      if (name !== s.source || s.sourceKind !== 'outlet') { s.source = name; s.sourceKind = 'outlet'; s.sourceId = match(name) }
    }
    if (s.via) s.via = form(s.via)
    if (s.venue) s.venue = form(s.venue)
  }
}

function mastheadOf(name: string, text: string): string {
  if (knownOutlet(name)) return name
  const short = knownTail(name) ?? initialsIn(name, text)
  if (short) return short
  const m = GLUED.exec(name)
  if (!m) return name
  const owner = m[1]
  const adjective = m[2]
  const rest = m[3]!
  if (adjective && !DEMONYMS.has(adjective.toLowerCase())) return name
  // ("Turkish Daily News" is a name whole, no "Daily News" of New York's.)
  if (adjective && keepsDemonym(rest)) return name
  const known = knownOutlet(rest)
  if (known) return known
  const words = rest.split(' ')
  if (words.length < 2 || !looksLikeOutlet(rest)) return name
  const first = words[0]!.toLowerCase()
  // (An owner's possessive before a masthead the engine does not know stays, unless a place's: "Investor's Business Daily".)
  if (owner && !PLACES.has(owner.toLowerCase())) return name
  return PLACES.has(first) || COUNTRY_OF_CAPITAL.has(first) || writtenWithout(text, rest, owner ?? adjective!) ? rest : name
}

// "North Korean Central News" (the wire's cut of "North Korean Central News
// Agency"): a known agency once the place's words before it go and its last
// word is put back.
function knownTail(name: string): string | null {
  const words = name.split(' ')
  for (let k = 0; k < words.length - 1 && k < 3; k++) {
    if (k > 0 && !DEMONYMS.has(words[k - 1]!.toLowerCase()) && !/^(?:North|South|East|West|Official|State)$/.test(words[k - 1]!)) return null
    const tail = words.slice(k).join(' ')
    // ("Turkish Daily News" is no cut of the New York "Daily News".)
    if (k > 0 && keepsDemonym(tail)) return null
    if (k === 0 && !/ News$/.test(tail)) continue
    const known = (k > 0 ? knownOutlet(tail) : undefined) ?? (/ News$/.test(tail) ? knownOutlet(`${tail} Agency`) : undefined)
    if (known) return known
  }
  return null
}

// "Middle East Economic Survey (MEES)", "... - MEES" in its headline: an outlet the article
// also names by its initials goes by them (GUIDE 4 normalises outlets to their short names: Russia Today -> RT).
function initialsIn(name: string, text: string): string | null {
  const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w))
  if (words.length < 3 || words.length !== name.split(' ').filter((w) => !/^(?:of|the|and|&|for)$/.test(w)).length) return null
  const initials = words.map((w) => w[0]).join('')
  return new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'u').test(text) ? knownOutlet(initials) ?? initials : null
}

// Whether the text writes `rest` without the glued word right before it.
function writtenWithout(text: string, rest: string, glued: string): boolean {
  let n = 0
  for (let k = text.indexOf(rest); k >= 0 && n < 200; k = text.indexOf(rest, k + 1), n++) {
    if (!text.slice(Math.max(0, k - glued.length - 3), k).includes(glued)) return true
  }
  return false
}

// An outlet's texts, by the nouns news gives them.
const NOUNS = '[Ee]ditorials?|[Aa]rticles?|[Rr]eports?|[Cc]ommentar(?:y|ies)|[Ss]tor(?:y|ies)|[Cc]olumns?|[Oo]p-[Ee]ds?|[Dd]ispatch(?:es)?|[Pp]ieces?'
const OUTLET_TEXT = new RegExp(`^(?:(?:the|The|other|Other|an?|An?) )?(\\p{Lu}.*?) (?:${NOUNS})$`, 'u')
// What the article calls an outlet, after its name or before it.
const KINDS = 'magazine|newspaper|daily|weekly|paper|journal|news agency|agency|radio|television'

// "International Business editorial" -> "International Business"; null when the text is no outlet's.
function outletOfText(name: string, text: string): string | null {
  const m = OUTLET_TEXT.exec(name)
  if (!m) return null
  const prefix = m[1]!
  const known = knownOutlet(prefix)
  if (known) return known
  if (prefix.length > 60) return null
  const quoted = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const after = new RegExp(`(?<![\\p{L}])${quoted} (${KINDS})(?![\\p{L}])`, 'u').exec(text)
  // ("New York magazine": a place's name, one the text also writes after "in", keeps its noun.)
  const alone = () => isPlace(prefix) || new RegExp(`(?<![\\p{L}])(?:in|from|to|at|near) ${quoted}(?! (?:${KINDS}|${NOUNS})(?![\\p{L}]))(?![\\p{L}])`, 'u').test(text)
  if (after) return alone() ? `${prefix} ${after[1]}` : prefix
  return new RegExp(`(?:${KINDS}) ${quoted}(?![\\p{L}])`, 'u').test(text) && !alone() ? prefix : null
}
