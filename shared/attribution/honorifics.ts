// Honorifics state media set before a person's name ("Comrade Kim Jong Un",
// "respected Comrade Kim Jong Un", "Dear Respected Comrade ...") are no part
// of the name (GUIDE 4: the person in his fullest form, as "Mr." is dropped).
// Read over the finished suggestions; a name that is only an honorific stays
// ("Comrade General Secretary" is no name: two capitalised words must follow).

import type { SourceKind } from './kinds.ts'

interface Named { source: string; sourceKind: SourceKind; sourceId: string | null; otherSources: string[] }

const HONORIFIC = /^(?:(?:dear|beloved|esteemed|respected|great)\s+)*comrades?\s+(?=\p{Lu}\p{L}*\s+\p{Lu})/iu

const PERSONAL = /^(?:(?:dear|beloved|esteemed|respected|great)\s+)*comrade\s/i

// Conferred Malay titles ("Datuk Seri", "Tan Sri", "Dato' Sri", "Tun", "Puan Sri"),
// with a doctor's "Dr" they often carry ("Tun Dr"), stand before the name and are
// no part of it (GUIDE 4, as "Mr." is dropped); a capitalised word must remain.
const CONFERRED = /^(?:(?:Tun|Toh\s+Puan|(?:Tan|Puan)\s+Sri|Dat(?:uk|o['’]?|in)(?:\s+(?:Seri|Sri|Wira|Paduka|Setia|Amar|Patinggi|Indera))?)\s+)+(?:Dr\.?\s+)?(?=\p{Lu}\p{Ll})/u
const withoutConferred = (name: string) => CONFERRED.test(name) ? name.replace(CONFERRED, '') : name

export function withoutHonorifics(out: Named[], match: (name: string) => string | null): void {
  for (const s of out) {
    // ("Comrade" is said only of a person: a name it opens is one, whatever words of a body the name was read with.)
    if ((s.sourceKind === 'person' || s.sourceKind === 'organisation' && PERSONAL.test(s.source)) && HONORIFIC.test(s.source)) {
      s.source = s.source.replace(HONORIFIC, '')
      s.sourceKind = 'person'
      s.sourceId = match(s.source)
    } else if (s.sourceKind === 'person' && CONFERRED.test(s.source)) {
      s.source = withoutConferred(s.source)
      s.sourceId = match(s.source)
    }
    s.otherSources = s.otherSources.map((n) => withoutConferred(n.replace(HONORIFIC, '')))
  }
}
