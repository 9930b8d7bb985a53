// "MOSCOW, Nov 28 (Interfax) - ... the Finance Ministry said": a ministry
// named without its country is the ministry of the story's country, and
// takes its adjective (the label conventions' "Russian Finance Ministry", as
// "Russia's finance ministry" is named by state-bodies.ts). When the article
// names that ministry with a country elsewhere ("the Russian Foreign
// Ministry"), that name; with no dateline, or an American one (the United
// States has departments, so a bare ministry there is another state's), or
// written by that country's own outlet from home ("BEIJING (Xinhua) --":
// its readers' ministry, home-outlets.ts), the name stays as written.

import { fold } from './fold.ts'
import { DEMONYMS } from './lexicon.ts'
import { homeOf } from './home-outlets.ts'

// "Interior Ministry", "Ministry of Foreign Affairs", "Commerce Ministry spokesperson (anonymous)".
const BARE = /^(?:(?:\p{Lu}\p{Ll}+ ){1,2}Ministry|Ministry of (?:\p{Lu}\p{Ll}+)(?: (?:and )?\p{Lu}\p{Ll}+){0,3})(?= |$)/u

// Words that rank an unnamed source before its ministry's name ("senior Energy Ministry official").
const LEAD = /^(?:(?:senior|top|junior|high-ranking|high-level|mid-level|former) )?/

// (`publisher`: the article's writer, when known.)
export function homeMinistries(text: string, country: string | null, sources: readonly string[], publisher: string | null = null): (name: string) => string {
  // Ministries the article names with a country ("Russian Foreign Ministry"), by their bare name.
  const named = new Map<string, string | null>()
  for (const s of sources) {
    const m = /^(\S+(?: Korean)?) (.+ Ministry|Ministry of .+)$/.exec(s)
    if (!m || !DEMONYMS.has(m[1]!.toLowerCase().split(' ')[0]!)) continue
    const key = fold(m[2]!)
    named.set(key, named.has(key) && named.get(key) !== s ? null : s)
  }
  const home = country && !/^(?:American|U\.S\.|US)$/.test(country) && homeOf(publisher) !== country ? country : null
  // (Once per ministry: an article says "the Foreign Ministry said" in many sentences.)
  const owners = new Map<string, boolean>()
  return (whole: string): string => {
    // ("senior Energy Ministry official (anonymous)": the country goes after the words that rank the source.)
    const lead = LEAD.exec(whole)![0]
    const name = whole.slice(lead.length)
    const bare = BARE.exec(name)
    if (!bare || DEMONYMS.has(name.split(' ')[0]!.toLowerCase())) return whole
    const known = named.get(fold(bare[0]))
    if (known) return `${lead}${known}${name.slice(bare[0].length)}`
    // ("the North's Foreign Ministry": an owner the sentence gave, though no country's name, is not the home state.)
    // ("Today's Foreign Ministry statement", "Tuesday's": a time's possessive owns nothing.)
    let owned = owners.get(bare[0])
    if (owned === undefined) owners.set(bare[0], owned = ownedIn(text, bare[0]))
    return home && !owned && named.get(fold(bare[0])) !== null ? `${lead}${home} ${name}` : whole
  }
}

const TIME_OWNER = /(?:^|\s)(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|weekend)$/i

// Whether an owner other than a time is written before the ministry ("the North's Foreign Ministry").
function ownedIn(text: string, ministry: string): boolean {
  for (const mark of ["'s ", '’s ']) {
    const needle = `${mark}${ministry}`
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      if (!TIME_OWNER.test(text.slice(Math.max(0, at - 12), at))) return true
    }
  }
  return false
}
