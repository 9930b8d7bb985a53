// An outlet named with its country glued on ("the Daily Mail of Britain",
// "Britain's Daily Telegraph", "Taiwan's China Times", "the Japanese Tokyo
// Shimbun", as state media and wire copy write a foreign paper) is the
// outlet alone (GUIDE 4: one canonical name; the labels write "Daily Mail",
// "China Times"). The country is read off only where what is left is a
// masthead by itself: a known outlet, or two or more words ending like one
// whose first is no generic word ("the Iraqi News Agency" and "Saudi
// Gazette" keep theirs); a name known whole ("The Times of India", "Voice
// of America") is never cut.

import { DEMONYMS, PLACES } from './lexicon.ts'

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

// Whether a masthead after a demonym holds the demonym in its name ("Turkish Daily News").
export const keepsDemonym = (rest: string) => OWN_WORDS.test(rest.split(/\s+/)[0]!)

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
  const owner = OWNER.exec(trimmed)
  if (owner && isPlace(owner[1]!) && masthead(owner[2]!, known)) return owner[2]!.replace(/^the\s+/i, '')
  const of = OF_PLACE.exec(trimmed)
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
