// Firms named after a founder keep his possessive ("Moody's", "McDonald's",
// "Sotheby's"), and the fullest name goes on after it ("Moody's Investors
// Service", "Moody's Ratings"). The tagger cuts such a name at the "'s", so
// a cue catches only a piece of it ("Investors Service said") or the short
// form ("Moody's said"). Read over the finished suggestions with the text as
// evidence (GUIDE 4: the fullest form the article gives):
// - a source the text writes only after "Moody's " is the whole name;
// - "Moody's", or a description opening with it ("Moody's analyst
//   (anonymous)"), takes the one fuller name the article gives it;
// - a legal form alone after the possessive ("McDonald's Corp") adds
//   nothing, and two fuller names that differ ("Moody's Analytics",
//   "Moody's Investors Service") leave the short form as written.
// Only words the article never writes without their "'s"
// (possessive-names.ts), and never after a given name ("Vladimir Putin's
// United Russia" is a person's possession, not a firm).

import { fold } from './fold.ts'
import { CALENDAR, DEMONYMS, LEGAL_SUFFIX, ORG_WORDS, PLACES, TITLES } from './lexicon.ts'
import { capitalMatchAll } from './capital-index.ts'

interface Sourced { source: string; sourceKind: string; sourceId: string | null }

// A founder's word with its possessive, then up to three capitalised words (read from a word's start only).
const NAMED = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}-]*)['’]s((?: \p{Lu}[\p{L}&.-]*){1,3})/gu
// Capitalised words that may stand before the founder's word without being a given name.
const OPENERS = /^(?:The|A|An|At|In|For|From|By|With|But|And|As|On|To|Of|Said|Says|While|When|After|Before|Rival|Both)$/
// Occurrences read in one text (a hostile text is no longer worth reading).
const MAX_SEEN = 2_000
// Pieces of names looked up in the whole text, each once.
const MAX_PIECES = 64
const MARK = /\s*\((?:anonymous|unnamed)\)(?:\s*#\d+)?$/

export function possessiveFirms(out: Sourced[], text: string, possessives: ReadonlySet<string>, match: (name: string) => string | null): void {
  if (possessives.size === 0 || !out.length) return
  const { fuller, after } = firmNames(text, possessives)
  if (!after.size) return
  // (A piece the text also writes without the founder before it is a name of its own, "Ratings" as a word: read once per source.)
  let lower: string | null = null
  const alone = new Map<string, boolean>()
  const whole = (tail: string) => {
    const full = after.get(tail)
    if (!full) return null
    // (A hostile text names no more firms than this is worth: past it, no piece is lengthened.)
    if (!alone.has(tail)) { if (alone.size >= MAX_PIECES) return null; alone.set(tail, writtenAlone(lower ??= text.toLowerCase(), tail)) }
    return alone.get(tail) ? null : full
  }
  for (const s of out) {
    if (s.sourceKind === 'outlet' || s.sourceKind === 'document') continue
    const name = renamed(s.source, s.sourceKind, fuller, whole)
    if (!name || name === s.source) continue
    s.source = name
    if (s.sourceKind === 'person') s.sourceKind = 'organisation'
    s.sourceId = match(name)
  }
}

function renamed(source: string, kind: string, fuller: ReadonlyMap<string, string | null>, after: (tail: string) => string | null): string | null {
  if (kind === 'anonymous' || MARK.test(source)) {
    // ("Moody's analyst (anonymous)": the description's lead is the firm.)
    const lead = /^(\p{Lu}[\p{L}-]*)['’]s (?=\p{Ll})/u.exec(source)
    const full = lead ? fuller.get(fold(lead[1]!)) : null
    return full ? `${full}${source.slice(lead![0].length - 1)}` : null
  }
  const short = /^(\p{Lu}[\p{L}-]*)(?:['’]s)?$/u.exec(source)
  if (short && fuller.has(fold(short[1]!))) return fuller.get(fold(short[1]!)) ?? null
  return after(fold(source))
}

// Per founder's word, its one fuller name (null when the article gives two);
// per name written after a founder's possessive, the whole name (null when
// two founders' names end in it).
function firmNames(text: string, possessives: ReadonlySet<string>): { fuller: Map<string, string | null>; after: Map<string, string | null> } {
  const fuller = new Map<string, string | null>()
  const after = new Map<string, string | null>()
  let seen = 0
  // (Tried only at the text's capitals, found once per text by capital-index.ts.)
  for (const m of capitalMatchAll(text, NAMED)) {
    if (++seen > MAX_SEEN) break
    const founder = m[1]!
    const word = founder.toLowerCase()
    if (!possessives.has(founder) || PLACES.has(word) || DEMONYMS.has(word) || ORG_WORDS.has(word) || TITLES.has(word)) continue
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]
    // (After a given name, "Vladimir Putin's", or a number, "the 25th Division's", the possessive owns what follows.)
    if (before && !/^\p{Ll}+,?$|[.!?:;"“”(]$/u.test(before) && !OPENERS.test(before)) continue
    const words: string[] = []
    for (const w of m[2]!.trim().split(' ')) {
      const lower = w.toLowerCase()
      if (TITLES.has(lower) || CALENDAR.has(lower) || PLACES.has(lower) || DEMONYMS.has(lower) || /['’]s$/.test(w) || /[.]$/.test(w) && !/^(?:Co|Corp|Inc|Ltd)\.$/.test(w)) break
      words.push(w)
    }
    const raw = words.join(' ')
    const owner = text.slice(m.index, m.index + founder.length + 2)
    const whole = `${owner} ${raw}`.replace(LEGAL_SUFFIX, '')
    if (!words.length) continue
    // ("Corp said" after "McDonald's Corp": the firm, by its short name.)
    const tail = fold(raw)
    after.set(tail, after.has(tail) && after.get(tail) !== whole ? null : whole)
    if (!whole.includes(' ')) continue
    const key = fold(founder)
    const had = fuller.get(key)
    // (One name and a longer form of it, "Moody's Investors" and "Moody's Investors Service": the longer.)
    fuller.set(key, had === undefined ? whole : had && whole.startsWith(had) ? whole : had && had.startsWith(whole) ? had : null)
  }
  return { fuller, after }
}

// Whether the text writes the words of `tail` (folded) other than right after a founder's possessive.
function writtenAlone(lower: string, tail: string): boolean {
  let n = 0
  for (let k = lower.indexOf(tail); k >= 0 && n < MAX_SEEN; k = lower.indexOf(tail, k + 1), n++) {
    if (/[\p{L}\p{N}]/u.test(lower.charAt(k - 1)) || /[\p{L}\p{N}]/u.test(lower.charAt(k + tail.length))) continue
    if (!/\p{L}['’]s $/u.test(lower.slice(Math.max(0, k - 4), k))) return true
  }
  return false
}
