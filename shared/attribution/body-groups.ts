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
// A company's legal form inside a group's name stays as written ("a Hyundai
// Motor Co official"): the label conventions keep every word of the cue's
// noun phrase but counts, articles and quantifiers (session 20; it went before).

import { countryOf } from './dateline.ts'
import { fold } from './fold.ts'
import { DEMONYM_OF, DEMONYMS } from './lexicon.ts'
import type { Named } from './name-form.ts'

// Lower-case words before the noun ("senior"), the noun, then who speaks for it.
const GROUP = /^((?:\p{Ll}[\p{Ll}-]* )*?)(central bank|(?:(?:foreign|finance|trade|defen[cs]e|interior|economy) )?ministry|agency|Agency|Commission|commission)( (?:officials?|sources?|spokes(?:man|woman|person)|executives?) \((?:anonymous|unnamed)\).*)$/u
const CENTRAL_BANKS = /\b(?:Bank of (?:Japan|England|Canada|Korea|Russia|France|Italy|Spain|Israel|Thailand|Mexico|Greece|Portugal)|People['’]s Bank of China|Federal Reserve|Bundesbank|European Central Bank|Swiss National Bank|Reserve Bank of (?:India|Australia|New Zealand)|Banque de France|Bank Indonesia|Bank Negara)\b/g
// "official of the ministry (anonymous)", "sources at the agency (anonymous)".
const OF_BODY = /^((?:\p{Ll}[\p{Ll}-]* )*?)(officials?|sources?|spokes(?:man|woman|person)) (?:of|from|at|in) the (central bank|(?:(?:foreign|finance|trade|defen[cs]e|interior|economy) )?ministry|agency|commission)( \((?:anonymous|unnamed)\).*)$/u
// How many mentions are read for the bodies a story names, and how far around each (a bound on hostile text).
const MAX_MENTIONS = 64
const WINDOW = 80
const TITLED = /^\p{Lu}\p{Ll}+ of (?:the )?\p{Lu}\p{L}{0,30}(?: (?:(?:and|of|for|the) )?\p{Lu}\p{L}{0,30}){0,5}/u
const NAMED_BEFORE = /((?:\p{Lu}[\p{L}.'’-]{0,30} ){1,3})$/u

export function bodyGroups(out: Named[], text: string, match: (name: string) => string | null): void {
  const bodies = new Map<string, string | null>()
  let home: string | null | undefined
  for (const s of out) {
    if (s.sourceKind !== 'anonymous') continue
    // ("an official of the ministry": the same words, the body first.)
    // ("Central bank sources said": the capital only opens the sentence.)
    const words = s.source.replace(/^\p{Lu}(?=\p{Ll}+ \p{Ll})/u, (c) => c.toLowerCase())
    const of = OF_BODY.exec(words)
    const m = of ? [words, of[1]!, of[3]!, ` ${of[2]!}${of[4]!}`] : GROUP.exec(words)
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
  if (noun === 'central bank') return onlyOne(centralBanks(text))
  const words = noun.toLowerCase().split(' ')
  const head = words.at(-1)!
  const Head = head[0]!.toUpperCase() + head.slice(1)
  // "the country's Defence Agency", "the EC Commission", "the Soviet Foreign Ministry": capitalised words before the head,
  // or "the Ministry of Human Resources and Social Security": the head before its portfolio (read around each mention).
  const names = function* (): IterableIterator<string | null> {
    let n = 0
    for (let at = text.indexOf(Head); at >= 0 && n < MAX_MENTIONS; at = text.indexOf(Head, at + Head.length), n++) {
      const titled = TITLED.exec(text.slice(at, at + WINDOW))
      if (titled && titled[0].startsWith(`${Head} of`)) { yield words.length === 1 || words.slice(0, -1).every((w) => titled[0].toLowerCase().includes(w)) ? titled[0] : null; continue }
      const lead = NAMED_BEFORE.exec(text.slice(Math.max(0, at - WINDOW), at))
      if (!lead || /\p{L}/u.test(text.charAt(at + Head.length))) continue
      // ("Japan's Defence Agency" is the Japanese one.)
      const owned = lead[1]!.trim().replace(/^(?:The|A|An)\b\s*/, '').replace(/^(\S+)['’]s\b/, (w, owner: string) => DEMONYM_OF.get(fold(owner)) ?? w)
      const name = `${owned} ${Head}`.trim()
      // ("foreign ministry" is only a Foreign Ministry.)
      yield name.includes(' ') && words.slice(0, -1).every((w) => name.toLowerCase().includes(w)) ? name : null
    }
  }
  const body = onlyOne(names())
  const state = head === 'ministry' || head === 'agency'
  // (A country's adjective before "Defence Agency"; "Ministry of Education" is written, and labelled, without one.)
  if (body) return state && home && !body.startsWith(`${Head} of`) && !DEMONYMS.has(body.split(' ')[0]!.toLowerCase()) ? `${home} ${body}` : body
  // (No such ministry named: the dateline's country's.)
  return head === 'ministry' && words.length > 1 && home ? `${home} ${noun}` : null
}

function* centralBanks(text: string): IterableIterator<string> {
  let n = 0
  for (const m of text.matchAll(CENTRAL_BANKS)) if (++n <= MAX_MENTIONS) yield m[0]; else return
}

// The one name given (null when none or two).
function onlyOne(names: IterableIterator<string | null>): string | null {
  let found: string | null = null
  for (const x of names) {
    if (!x) continue
    if (found && found !== x) return null
    found = x
  }
  return found
}
