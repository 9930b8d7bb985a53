// An outlet's own name, without what the sentence glued before it (GUIDE 4:
// outlet names are normalised): "the Japanese Tokyo Shimbun" is the Tokyo
// Shimbun, "Britain's Financial Times" and "Pearson's Financial Times" the
// Financial Times (the stripping is outlet-countries.ts's).
// A text of an outlet's is the outlet (GUIDE 5: an outlet reporting with no
// inner speaker is itself the source): "the International Business
// editorial", "KCNA Report", "other Tanjug reports", "the Progressive
// article" are the outlet, when the engine knows it or the article calls it
// a newspaper or a magazine ("Progressive magazine"; a place's name keeps
// its noun: "New York magazine", when the text also writes "in New York").
// An outlet goes by its short name: the initials the article gives it
// ("MEES"), a known agency the wire cut ("North Korean Central News" is
// KCNA, outlet-countries.ts). Run after the mention graph, which spells out
// defined initials.

import { isPlace } from './entity-picks.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { knownTail, withoutGlued } from './outlet-countries.ts'
import { outletInitials } from './outlet-initials.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null; via: string | null; venue: string | null }

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

const AGENCY = /\b(?:News|Press) Agency$/

function mastheadOf(name: string, text: string): string {
  if (knownOutlet(name)) return name
  // ("Omer, quoted by SUNA" after "the official Sudan News Agency (SUNA)": initials that do not spell the name
  // are the agency's abbreviation, and the agency goes by the name the article spelled out.)
  // (A national news agency the list does not know goes by its spelled-out name either way, "Ghana News Agency
  // (GNA)": its initials are an abbreviation, where a newsletter's, "MEES", are its masthead.)
  const full = outletInitials(text).get(name)
  if (full && !knownOutlet(full) && (AGENCY.test(full) || initialsIn(full, text) === null)) return full
  const tail = knownTail(name, knownOutlet)
  if (tail) return tail
  if (AGENCY.test(name)) return withoutGlued(name, text, knownOutlet, looksLikeOutlet)
  const short = knownTail(name, knownOutlet) ?? initialsIn(name, text)
  if (short) return short
  return withoutGlued(name, text, knownOutlet, looksLikeOutlet)
}

// "Middle East Economic Survey (MEES)", "... - MEES" in its headline: an outlet the article
// also names by its initials goes by them (GUIDE 4 normalises outlets to their short names: Russia Today -> RT).
function initialsIn(name: string, text: string): string | null {
  const words = name.split(' ').filter((w) => /^\p{Lu}/u.test(w))
  if (words.length < 3 || words.length !== name.split(' ').filter((w) => !/^(?:of|the|and|&|for)$/.test(w)).length) return null
  const initials = words.map((w) => w[0]).join('')
  return new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'u').test(text) ? knownOutlet(initials) ?? initials : null
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
  return kindBefore(text, prefix) && !alone() ? prefix : null
}

// Whether the text writes one of KINDS right before the name ("the magazine Foo"): what
// /(?:KINDS) NAME(?![\p{L}])/u finds, read only where the name is (that pattern, tried at
// every offset of a long text, cost more than the rest of this module).
const KIND_WORDS = KINDS.split('|')
const NO_LETTER = /(?!\p{L})/uy
function kindBefore(text: string, name: string): boolean {
  const needle = ` ${name}`
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    NO_LETTER.lastIndex = at + needle.length
    if (!NO_LETTER.test(text)) continue
    if (KIND_WORDS.some((kind) => text.endsWith(kind, at))) return true
  }
  return false
}
