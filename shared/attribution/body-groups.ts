// Unnamed sources described by a body's common noun are named with the body
// the article means (GUIDE 4: role nouns resolve to the named entity; the
// read sets write "Bank of Japan officials", "Japanese foreign ministry
// sources", "EC Commission official"):
// - "central bank officials" in a story that names one central bank ("the
//   Bank of Japan") are that bank's officials;
// - "agency sources", "Commission official" in a story that names one body
//   with that head ("the country's Defence Agency", "the EC Commission") are
//   that body's, a state's agency or ministry taking the dateline's country;
// - "foreign ministry sources" with no such ministry named, under a dateline
//   of a country's capital, are that country's ("TOKYO" -> Japanese).
// A story that names two central banks, or two agencies, keeps the words.

import { countryOf } from './dateline.ts'
import { fold } from './fold.ts'
import { DEMONYM_OF, DEMONYMS } from './lexicon.ts'
import type { Named } from './name-form.ts'

// Lower-case words before the noun ("senior"), the noun, then who speaks for it.
const GROUP = /^((?:\p{Ll}[\p{Ll}-]* )*?)(central bank|(?:(?:foreign|finance|trade|defen[cs]e|interior|economy) )?ministry|agency|Agency|Commission|commission)( (?:officials?|sources?|spokes(?:man|woman|person)|executives?) \((?:anonymous|unnamed)\).*)$/u
const CENTRAL_BANKS = /\b(?:Bank of (?:Japan|England|Canada|Korea|Russia|France|Italy|Spain|Israel|Thailand|Mexico|Greece|Portugal)|People['’]s Bank of China|Federal Reserve|Bundesbank|European Central Bank|Swiss National Bank|Reserve Bank of (?:India|Australia|New Zealand)|Banque de France|Bank Indonesia|Bank Negara)\b/g
// How many mentions are read for the bodies a story names (a bound on hostile text).
const MAX_MENTIONS = 64

export function bodyGroups(out: Named[], text: string, match: (name: string) => string | null): void {
  const bodies = new Map<string, string | null>()
  let home: string | null | undefined
  for (const s of out) {
    if (s.sourceKind !== 'anonymous') continue
    const m = GROUP.exec(s.source)
    if (!m) continue
    const noun = m[2]!
    if (!bodies.has(noun)) {
      if (home === undefined) home = countryOf(text)
      bodies.set(noun, bodyFor(text, noun, home))
    }
    const body = bodies.get(noun)
    if (!body) continue
    s.source = `${m[1]}${body}${m[3]}`
    s.sourceId = match(s.source)
  }
}

function bodyFor(text: string, noun: string, home: string | null): string | null {
  if (noun === 'central bank') return onlyOne(text.matchAll(CENTRAL_BANKS), (m) => m[0])
  const words = noun.toLowerCase().split(' ')
  const head = words.at(-1)!
  const Head = head[0]!.toUpperCase() + head.slice(1)
  // "the country's Defence Agency", "the EC Commission", "the Soviet Foreign Ministry": capitalised words before the head.
  const named = new RegExp(String.raw`((?:\p{Lu}[\p{L}.'’-]* ){1,3})${Head}\b`, 'gu')
  const body = onlyOne(text.matchAll(named), (m) => {
    // ("Japan's Defence Agency" is the Japanese one.)
    const owned = m[1]!.trim().replace(/^(?:The|A|An)\b\s*/, '').replace(/^(\S+)['’]s\b/, (w, owner: string) => DEMONYM_OF.get(fold(owner)) ?? w)
    const name = `${owned} ${Head}`.trim()
    // ("foreign ministry" is only a Foreign Ministry.)
    return name.includes(' ') && words.slice(0, -1).every((w) => name.toLowerCase().includes(w)) ? name : null
  })
  const state = head === 'ministry' || head === 'agency'
  if (body) return state && home && !DEMONYMS.has(body.split(' ')[0]!.toLowerCase()) ? `${home} ${body}` : body
  // (No such ministry named: the dateline's country's.)
  return head === 'ministry' && words.length > 1 && home ? `${home} ${noun}` : null
}

// The one name the matches give (null when none or two).
function onlyOne(matches: IterableIterator<RegExpMatchArray>, name: (m: RegExpMatchArray) => string | null): string | null {
  let found: string | null = null
  let n = 0
  for (const m of matches) {
    if (++n > MAX_MENTIONS) break
    const x = name(m)
    if (!x) continue
    if (found && found !== x) return null
    found = x
  }
  return found
}
