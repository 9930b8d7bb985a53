// An outlet named with its country glued on ("the Daily Mail of Britain",
// "Britain's Daily Telegraph", "Taiwan's China Times", "the Japanese Tokyo
// Shimbun", as state media and wire copy write a foreign paper) is the
// outlet alone (GUIDE 4: one canonical name; the labels write "Daily Mail",
// "China Times"). The country is read off only where what is left is a
// masthead by itself: a known outlet, or two or more words ending like one
// whose first is no generic word ("the Iraqi News Agency" and "Saudi
// Gazette" keep theirs); a name known whole ("The Times of India", "Voice
// of America") is never cut.
// Before the suggestions are named, after the mention graph (outlet-forms.ts),
// the same stripping reads the article too: a country's adjective or an
// owner's possessive goes when what is left is a masthead the engine knows,
// one that opens with a place ("Tokyo Shimbun", "Moscow Times"), or one the
// article also writes without it; a masthead whose name holds the adjective
// stays whole ("The Irish Times", "Australian Financial Review"), as does a
// lone word after it ("the Irish Independent" is no "Independent") and a
// possessive that is no place's before a masthead the engine does not know
// ("Investor's Business Daily"). The outlet list is passed in, since
// outlets.ts reads this module for its own names.

import { COUNTRY_OF_CAPITAL, DEMONYMS, PLACES } from './lexicon.ts'

// "Britain's", "the U.S.'s", "South Korea's".
const OWNER = /^(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s)?\p{Lu}[\p{L}.]*)['’]s\s+(.+)$/u
// "of Britain", "of Japan", "of the United States".
const OF_PLACE = /^(.+?)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.]*\s)?\p{Lu}[\p{L}.]*)$/u
// "the Japanese Tokyo Shimbun", "West German Die Welt".
const DEMONYM = /^(?:the\s+)?((?:West|East|North|South)\s+)?(\p{Lu}\p{Ll}+)\s+(.+)$/u
// A masthead's last word: "Tokyo Shimbun", "Daily Mail", "China Times".
const HEAD = /\b(?:Times|Post|Journal|Herald|Gazette|Tribune|Telegraph|Globe|Chronicle|Observer|Daily|News|Mail|Star|Sun|Express|Mirror|Standard|Shimbun|Ilbo|Zeitung|Gazeta|Bulletin|Inquirer|Welt|Monde|Figaro|Pravda|Izvestia)$/u
// First words that make no masthead alone: "News Agency", "Press Agency", "Broadcasting Corporation".
const GENERIC = /^(?:News|Press|Broadcasting|Central|National|State|Official|Television|Radio)$/

// Words a masthead opening on a demonym goes on with: "Turkish Daily News", "British Medical Journal" are names whole.
const OWN_WORDS = /^(?:Daily|Sunday|Evening|Morning|Weekly|Medical|Financial|Business|Economic|Times|Post|Herald|Independent|Star|Banker)$/
const LONGEST = 80
// "Japanese Tokyo Shimbun", "Britain's Financial Times": the glued word, then the masthead.
const GLUED = /^(?:(\p{Lu}[\p{L}.-]*)['’]s|(\p{Lu}[\p{L}.]*)) (\p{Lu}.*)$/u

// Whether a masthead after a demonym holds the demonym in its name ("Turkish Daily News").
const keepsDemonym = (rest: string) => OWN_WORDS.test(rest.split(/\s+/)[0]!)

const isPlace = (w: string) => PLACES.has(w.toLowerCase()) || PLACES.has(w.toLowerCase().split(/\s+/).at(-1)!) && /\s/.test(w)
const masthead = (rest: string, known: (name: string) => boolean) => {
  const words = rest.replace(/^the\s+/i, '').split(/\s+/)
  // (Capitalised, a name: "Swiss economist" is no Economist.)
  if (!/^\p{Lu}/u.test(words[0]!)) return false
  return known(rest) || words.length >= 2 && HEAD.test(rest) && !GENERIC.test(words[0]!)
}

// The outlet's name without its country, or null when there is none to read off.
export function withoutCountry(name: string, known: (name: string) => boolean): string | null {
  const trimmed = name.trim()
  // (A masthead with its country is a few words; a longer run is no outlet's name.)
  if (trimmed.length > LONGEST || known(trimmed)) return null
  // (Plain tests first: few names hold a possessive or "of", and the lazy patterns try every split.)
  const owner = trimmed.includes("'s") || trimmed.includes('’s') ? OWNER.exec(trimmed) : null
  if (owner && isPlace(owner[1]!) && masthead(owner[2]!, known)) return owner[2]!.replace(/^the\s+/i, '')
  const of = trimmed.includes('of') ? OF_PLACE.exec(trimmed) : null
  if (of && isPlace(of[2]!) && masthead(of[1]!, known)) return of[1]!.replace(/^the\s+/i, '')
  const demonym = DEMONYM.exec(trimmed)
  if (demonym && DEMONYMS.has(demonym[2]!.toLowerCase()) && !keepsDemonym(demonym[3]!) && masthead(demonym[3]!, known)) return demonym[3]!.replace(/^the\s+/i, '')
  return null
}

interface Named { source: string; sourceKind: string; sourceId: string | null; via: string | null; viaId: string | null; venue: string | null }

// Every outlet a suggestion names (its relay, its venue, an outlet speaking) without its country.
export function bareOutlets(out: Named[], known: (name: string) => boolean, match: (name: string) => string | null): void {
  const bare = (n: string) => withoutCountry(n, known)
  for (const s of out) {
    const via = s.via && bare(s.via)
    if (via) { s.via = via; s.viaId = match(via) }
    const venue = s.venue && bare(s.venue)
    if (venue) s.venue = venue
    const source = s.sourceKind === 'outlet' ? bare(s.source) : null
    if (source) { s.source = source; s.sourceId = match(source) }
  }
}

type KnownOutlet = (name: string) => string | undefined

// The masthead without the word glued before it ("Japanese Tokyo Shimbun" -> "Tokyo Shimbun"), or
// the name itself; `known` gives a known outlet's canonical name, `shaped` whether a name looks like one.
export function withoutGlued(name: string, text: string, known: KnownOutlet, shaped: (name: string) => boolean): string {
  const m = GLUED.exec(name)
  if (!m) return name
  const owner = m[1]
  const adjective = m[2]
  const rest = m[3]!
  if (adjective && !DEMONYMS.has(adjective.toLowerCase())) return name
  // ("Turkish Daily News" is a name whole, no "Daily News" of New York's.)
  if (adjective && keepsDemonym(rest)) return name
  const outlet = known(rest)
  if (outlet) return outlet
  const words = rest.split(' ')
  // ("the Iraqi News Agency": "News Agency" is no masthead alone, whatever other agency the text names.)
  if (words.length < 2 || !shaped(rest) || GENERIC.test(words[0]!)) return name
  const first = words[0]!.toLowerCase()
  // (An owner's possessive before a masthead the engine does not know stays, unless a place's: "Investor's Business Daily".)
  if (owner && !PLACES.has(owner.toLowerCase())) return name
  return PLACES.has(first) || COUNTRY_OF_CAPITAL.has(first) || writtenWithout(text, rest, owner ?? adjective!) ? rest : name
}

// "North Korean Central News" (the wire's cut of "North Korean Central News
// Agency"): a known agency once the place's words before it go and its last
// word is put back.
export function knownTail(name: string, known: KnownOutlet): string | null {
  const words = name.split(' ')
  for (let k = 0; k < words.length - 1 && k < 3; k++) {
    if (k > 0 && !DEMONYMS.has(words[k - 1]!.toLowerCase()) && !/^(?:North|South|East|West|Official|State)$/.test(words[k - 1]!)) return null
    const tail = words.slice(k).join(' ')
    // ("Turkish Daily News" is no cut of the New York "Daily News".)
    if (k > 0 && keepsDemonym(tail)) return null
    if (k === 0 && !/ News$/.test(tail)) continue
    const outlet = (k > 0 ? known(tail) : undefined) ?? (/ News$/.test(tail) ? known(`${tail} Agency`) : undefined)
    if (outlet) return outlet
  }
  return null
}

// Whether the text writes `rest` without the glued word right before it.
function writtenWithout(text: string, rest: string, glued: string): boolean {
  let n = 0
  for (let k = text.indexOf(rest); k >= 0 && n < 200; k = text.indexOf(rest, k + 1), n++) {
    if (!text.slice(Math.max(0, k - glued.length - 3), k).includes(glued)) return true
  }
  return false
}
