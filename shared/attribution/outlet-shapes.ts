// The outlet a venue names when its words say more than the masthead: a
// press role after it ("told the BBC interviewer" is the BBC), a beat and a
// role ("told VOA Pentagon correspondent Carla Babb" is VOA). Before a
// role, the known masthead the words start with is the outlet; without a
// role the words stay as written ("NBC 4 New York" is a station of its own).

import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import type { Speaker } from './speaker-type.ts'
import type { Token } from './nlp.ts'
import { fold } from './fold.ts'
import { isGivenName } from './person-gender.ts'
import { COUNTRY_OF_CAPITAL, DEMONYMS, PERSON_ROLES, PLACES, TITLES } from './lexicon.ts'

const PRESS_ROLE = /\s+(?:interviewer|reporter|reporters|correspondent|columnist|journalist|journalists|anchor|host|presenter|producer|editor|writer)$/i
// The longest start of a venue looked up: "Voice of America Pentagon" (four words, then a beat).
const MAX_WORDS = 4

export function venueOutlet(venue: string): string {
  const known = knownOutlet(venue)
  if (known) return known
  const bare = venue.replace(PRESS_ROLE, '')
  return bare === venue ? venue : mastheadBefore(bare)
}

// The known masthead a reporter's description starts with ("VOA Pentagon" before
// "correspondent" is VOA), else the words as written.
export function mastheadBefore(words: string): string {
  const split = words.split(/\s+/)
  for (let n = Math.min(MAX_WORDS, split.length); n >= 1; n--) {
    const start = knownOutlet(split.slice(0, n).join(' '))
    if (start) return start
  }
  return words
}

// "told New Scientist", "told Chortle", "told MetroTV", "told the Argus
// Leader": a capitalised name told things that is no person, body or place
// is an outlet the list does not know (GUIDE 6). A person's name starts with
// a given name or a title, or is the short form of a longer name the
// article writes nearby ("told Xi" after "Xi Jinping"); a body has a body's
// word ("Congress", "the Security Council"); an all-capital short name is
// more often a body's initials ("NATO") than a masthead.
const BODY_WORD = /^(?:congress|parliament|senate|house|assembly|council|committee|commission|court|cabinet|government|ministry|department|office|bureau|agency|authority|board|kremlin|pentagon|duma|knesset|bundestag|lords|commons|nations|union|party|police|army|navy|force|forces|command|guard|university|school|hospital|church|inquiry|tribunal|panel|jury|summit|conference|forum|group|team|club|league|federation|association|foundation|institute|center|centre|bank|fund|company|corporation|inc|ltd|administration|presidency|treasury|state|states|family|investors|lawmakers)$/
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|lady|lord|prince|princess|king|queen|pope|sheikh|emir|president|premier|senator|sen|rep|gov|governor|mayor|judge|justice|gen|general|col|capt|saint|st|rev|father|uncle|aunt)\.?$/
const NEARBY = 10_000

// 'bare' for a name told things without "the" ("told Chortle"): in the read
// sets such an unknown outlet was another's, never the writer's, so it is
// read as a relay unless the writer is known to be it; 'the' ("told the
// Argus Leader") is left to the writer's evidence like a known masthead.
export function shapedOutlet(text: string, tokens: readonly Token[], a: number, b: number): 'bare' | 'the' | null {
  const the = tokens[a]!.lower === 'the'
  const from = the ? a + 1 : a
  if (b - from < 1 || b - from > 4) return null
  // ("told the Post": a one-word masthead is the fuller name written before it, reporter-venues.ts.)
  if (the && b - from === 1) return null
  for (let k = from; k < b; k++) {
    const t = tokens[k]!
    if (!t.cap && t.lower !== '-' || BODY_WORD.test(t.lower) || PLACES.has(t.lower) || DEMONYMS.has(t.lower) || COUNTRY_OF_CAPITAL.has(t.lower)) return null
  }
  const first = tokens[from]!
  if (isGivenName(fold(first.text)) || HONORIFIC.test(first.lower) || TITLES.has(first.lower) || PERSON_ROLES.has(first.lower)) return null
  const name = text.slice(first.start, tokens[b - 1]!.end)
  if (b - from === 1 && /^\p{Lu}{2,5}$/u.test(name)) return null
  // ("the Argus Leader": "the" before a capitalised name is no person's.)
  if (the) return 'the'
  return partOfLongerName(text, name, first.start) || b - from > 1 && surnameAlone(text, name, tokens[b - 1]!.text, first.start) ? null : 'bare'
}

// Whether the last word of a name stands alone nearby more often than the
// whole name does ("told Oprah Winfrey ... Winfrey said"): a person's surname.
function surnameAlone(text: string, name: string, last: string, at: number): boolean {
  const near = text.slice(Math.max(0, at - NEARBY), at + NEARBY)
  const count = (words: string) => near.match(new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))?.length ?? 0
  return count(last) > count(name)
}

// Whether the article writes the name inside a longer capitalised name near
// where it is told things ("Vladimir Putin", "President Trump", "Xi Jinping").
function partOfLongerName(text: string, name: string, at: number): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const longer = new RegExp(`\\p{Lu}[\\p{L}.'’-]*\\s+${escaped}(?![\\p{L}])|(?<![\\p{L}])${escaped}\\s+\\p{Lu}\\p{Ll}`, 'u')
  return longer.test(text.slice(Math.max(0, at - NEARBY), at + NEARBY))
}

// "the Jakarta Post", "the Harbour Post" read as a document (a post is also a
// text): a capitalised name shaped like a masthead where an outlet is meant
// ("according to a report in", "in an interview with") is the outlet.
export function asOutlet(speaker: Speaker | null): Speaker | null {
  if (speaker?.type !== 'document' || speaker.owner !== null || !/^\p{Lu}/u.test(speaker.name) || !looksLikeOutlet(speaker.name)) return speaker
  return { type: 'name', name: speaker.name, titles: ['outlet'] }
}

// The outlet a speaker gave an interview or a comment to, named by shape:
// "in an interview with the Ukrainska Pravda website" (a site described as
// one is another's: a story never calls its own masthead "the X website"),
// "in an interview with Chortle". `relay`: read as another outlet unless it is the writer.
export function spokenToOutlet(text: string, tokens: readonly Token[], a: number, b: number): { name: string; relay: boolean } | null {
  if (/^(?:website|site|portal)$/.test(tokens[b - 1]!.lower)) {
    let k = b - 2
    while (k >= a && k > b - 6 && tokens[k]!.cap && !BODY_WORD.test(tokens[k]!.lower)) k--
    if (k === b - 2 || k >= a && tokens[k]!.lower !== 'the' || k + 1 < b - 1 && PLACES.has(tokens[k + 1]!.lower)) return null
    return { name: text.slice(tokens[k + 1]!.start, tokens[b - 2]!.end), relay: true }
  }
  // (One word only: an interview is more often with a person, "with Oprah Winfrey", than with a masthead.)
  const shaped = shapedOutlet(text, tokens, a, b)
  const from = shaped === 'the' ? a + 1 : a
  return shaped && b - from === 1 ? { name: tokens[from]!.text, relay: shaped === 'bare' } : null
}

// "the state-run Global New Light of Myanmar newspaper", "the Mada Masr
// website": a capitalised name described by an outlet noun after it, read
// from the words as written (the phrase reader stops at "of" inside a
// name). Returns the name and where the description ends, or null.
const DESCRIBED = /^(?:the |a |an )?(?:(?:state-run|state-owned|state|official|semi-official|government-run|online|local|daily|weekly|independent|opposition|pro-[\p{L}-]+|[\p{Lu}][\p{L}-]*(?:'s|’s))\s+)*(\p{Lu}[\p{L}\p{N}.'’&-]*(?: (?:of|and|&|de|la|el|al|for|the) \p{Lu}[\p{L}\p{N}.'’&-]*| \p{Lu}[\p{L}\p{N}.'’&-]*){0,6}) (?:newspaper|daily|weekly|magazine|website|news site|news website|news portal|news agency|broadcaster|tabloid)\b/u
const LONGEST = 160

export function describedOutlet(text: string, at: number): { name: string; end: number } | null {
  const m = DESCRIBED.exec(text.slice(at, at + LONGEST))
  if (!m) return null
  const name = m[1]!
  const first = name.split(' ')[0]!.toLowerCase()
  if (BODY_WORD.test(first) || name.split(' ').some((w) => BODY_WORD.test(w.toLowerCase()) && w !== 'State')) return null
  return { name: knownOutlet(name) ?? name, end: at + m[0].length }
}
