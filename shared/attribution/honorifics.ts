// Honorifics state media set before a person's name ("Comrade Kim Jong Un",
// "respected Comrade Kim Jong Un", "Dear Respected Comrade ...") are no part
// of the name (GUIDE 4: the person in his fullest form, as "Mr." is dropped).
// Read over the finished suggestions; a name that is only an honorific stays
// ("Comrade General Secretary" is no name: two capitalised words must follow).

import type { SourceKind } from './kinds.ts'

interface Named { source: string; sourceKind: SourceKind; sourceId: string | null; otherSources: string[] }

const HONORIFIC = /^(?:(?:dear|beloved|esteemed|respected|great)\s+)*comrades?\s+(?=\p{Lu}\p{L}*\s+\p{Lu})/iu

const PERSONAL = /^(?:(?:dear|beloved|esteemed|respected|great)\s+)*comrade\s/i

export function withoutHonorifics(out: Named[], match: (name: string) => string | null): void {
  for (const s of out) {
    // ("Comrade" is said only of a person: a name it opens is one, whatever words of a body the name was read with.)
    if ((s.sourceKind === 'person' || s.sourceKind === 'organisation' && PERSONAL.test(s.source)) && HONORIFIC.test(s.source)) {
      s.source = s.source.replace(HONORIFIC, '')
      s.sourceKind = 'person'
      s.sourceId = match(s.source)
    }
    s.otherSources = s.otherSources.map((n) => n.replace(HONORIFIC, ''))
  }
}
