// "Austria's interior minister said ... Interior Minister Wolfgang
// Peschorn", "says Russian top diplomat ... Russian Foreign Minister Sergey
// Lavrov": a country's office described without a name is its holder when
// the article names him with that title, before or after (GUIDE 4: the
// person in the fullest form the article gives). Only an office tied to a
// country, and only when one person in the article holds it; a described
// official of no country ("a senior minister") stays unnamed.

import { fold } from './fold.ts'
import { DEMONYM_OF, DEMONYMS } from './lexicon.ts'
import { hasRole } from './role-synonyms.ts'

export interface Titled { name: string; titles: readonly string[] }

// Offices one person holds for a country; "top diplomat" is the foreign minister.
const OFFICES = /^(?:minister|diplomat|president|premier|chancellor|leader|secretary|ambassador|envoy|prosecutor|governor|mayor)$/
const RANKS = /^(?:top|chief|senior)$/
const DESCRIBED = /^(.+?) \((?:anonymous|unnamed)\)$/

export function officeHolders(people: readonly Titled[]): (name: string) => string | null {
  // Each distinct person once, with every title the article gives him.
  const titles = new Map<string, Set<string>>()
  for (const p of people) {
    if (titles.size >= 256 && !titles.has(p.name)) continue
    const held = titles.get(p.name) ?? new Set<string>()
    for (const t of p.titles) held.add(t.replace(/\.$/, ''))
    titles.set(p.name, held)
  }
  return (name: string): string | null => {
    const words = DESCRIBED.exec(name)?.[1]!.split(/\s+/)
    if (!words || words.length < 2 || words.length > 5) return null
    // The country: a possessive ("Austria's") or a demonym ("Russian").
    const owner = /^(.+)['’]s$/.exec(words[0]!)
    const demonym = owner ? DEMONYM_OF.get(fold(owner[1]!))?.toLowerCase() : DEMONYMS.has(words[0]!.toLowerCase()) ? words[0]!.toLowerCase() : undefined
    if (!demonym) return null
    const office = words.slice(1).map((w) => w.toLowerCase()).filter((w) => !RANKS.test(w))
    const head = office.at(-1)
    if (!head || !OFFICES.test(head)) return null
    // ("top diplomat": the foreign minister or secretary.)
    const needed = head === 'diplomat' && words.some((w) => RANKS.test(w.toLowerCase())) ? ['foreign'] : office.slice(0, -1)
    const holders: string[] = []
    for (const [person, held] of titles) {
      const fits = head === 'diplomat' && needed[0] === 'foreign' ? held.has('foreign') && (held.has('minister') || held.has('secretary')) : hasRole(held, head) && needed.every((w) => held.has(w))
      // A person titled with another country holds another country's office.
      const country = [...held].find((t) => DEMONYMS.has(t))
      if (fits && (!country || country === demonym)) holders.push(person)
      if (holders.length > 1) return null
    }
    return holders[0] ?? null
  }
}

// "At least one Russian leader described ...", "a Russian minister said": an office told with a count or "a" is
// one of its holders, unnamed (GUIDE 4), not the holder the article names; true when the cue words so.
const COUNTED = /^(?:a|an|one|another|some|several)$/
export function countedInCue(cue: string, name: string): boolean {
  const words = DESCRIBED.exec(name)?.[1]!.toLowerCase().split(/\s+/)
  if (!words) return false
  const cueWords = cue.toLowerCase().split(/[^\p{L}\p{N}'’.-]+/u)
  const at = cueWords.indexOf(words.at(-1)!)
  return at >= words.length && COUNTED.test(cueWords[at - words.length]!)
}
