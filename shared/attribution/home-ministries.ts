// "MOSCOW, Nov 28 (Interfax) - ... the Finance Ministry said": a ministry
// named without its country is the ministry of the story's country, and
// takes its adjective (the label conventions' "Russian Finance Ministry", as
// "Russia's finance ministry" is named by state-bodies.ts). When the article
// names that ministry with a country elsewhere ("the Russian Foreign
// Ministry"), that name; with no dateline, or an American one (the United
// States has departments, so a bare ministry there is another state's), the
// name stays as written.

import { fold } from './fold.ts'
import { DEMONYMS } from './lexicon.ts'

// "Interior Ministry", "Ministry of Foreign Affairs", "Commerce Ministry spokesperson (anonymous)".
const BARE = /^(?:(?:\p{Lu}\p{Ll}+ ){1,2}Ministry|Ministry of (?:\p{Lu}\p{Ll}+)(?: (?:and )?\p{Lu}\p{Ll}+){0,3})(?= |$)/u

export function homeMinistries(text: string, country: string | null, sources: readonly string[]): (name: string) => string {
  // Ministries the article names with a country ("Russian Foreign Ministry"), by their bare name.
  const named = new Map<string, string | null>()
  for (const s of sources) {
    const m = /^(\S+(?: Korean)?) (.+ Ministry|Ministry of .+)$/.exec(s)
    if (!m || !DEMONYMS.has(m[1]!.toLowerCase().split(' ')[0]!)) continue
    const key = fold(m[2]!)
    named.set(key, named.has(key) && named.get(key) !== s ? null : s)
  }
  const home = country && !/^(?:American|U\.S\.|US)$/.test(country) ? country : null
  return (name: string): string => {
    const bare = BARE.exec(name)
    if (!bare || DEMONYMS.has(name.split(' ')[0]!.toLowerCase())) return name
    const known = named.get(fold(bare[0]))
    if (known) return `${known}${name.slice(bare[0].length)}`
    // ("the North's Foreign Ministry": an owner the sentence gave, though no country's name, is not the home state.)
    const owned = text.includes(`'s ${bare[0]}`) || text.includes(`’s ${bare[0]}`)
    return home && !owned && named.get(fold(bare[0])) !== null ? `${home} ${name}` : name
  }
}
