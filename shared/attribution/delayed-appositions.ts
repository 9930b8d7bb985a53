// A lede's role named further down than the next paragraph ("..., the
// region's governor said." over, three paragraphs on, "according to Leonid
// Pasechnik, the Russian-appointed governor of Luhansk region"): when the
// next paragraph's first speaker is someone else, the role resolves to the
// first person named later whose apposition or title carries that very role
// (GUIDE 4: role nouns become the named entity). The apposition must stand
// at the name ("X, the ... governor", "Governor X"), not anywhere in the
// sentence, and the person must be new there (named first in that sentence).

import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'
import { countries, firstNamedIn, fits } from './delayed-names.ts'

// How many sentences after the role's are read; how long an apposition is.
const AHEAD = 12
const APPOSITION = 80

export function namedInApposition(text: string, sentences: readonly Sentence[], placed: readonly (Placed | null)[], s: Sentence, role: string,
  own: ReadonlySet<string>): { name: string; described: string } | null {
  for (let j = s.index + 1; j < Math.min(sentences.length, s.index + 1 + AHEAD); j++) {
    const b = placed[j]?.attribution
    const sentence = sentences[j]!
    // (In the role's own paragraph a person named next is someone else: "A spokesman for the agency said ... spokesman Ian Moss said.")
    if (!b || b.kind !== 'person' || !/\s/.test(b.source) || sentence.para === s.para) continue
    const described = text.slice(sentence.start, sentence.end)
    const at = described.indexOf(b.source)
    if (at < 0 || !firstNamedIn(text, b.source, sentence.start)) continue
    const after = /^,\s+((?:the|a|an)\s[^,;.()]*)/.exec(described.slice(at + b.source.length, at + b.source.length + APPOSITION))?.[1]
    // ("Luhansk governor Leonid Pasechnik": a title is the few words right before the name.)
    const title = /(?:^|\s)((?:[\p{L}.'’-]+\s+){1,4})$/u.exec(described.slice(Math.max(0, at - APPOSITION), at))?.[1]
    const role_ = after !== undefined && fits(role, after) ? after : title !== undefined && fits(role, title) ? title : null
    if (role_ === null) continue
    // ("Austria's interior minister" is not "German Interior Minister Nils Faber": another country in the role's words.)
    if (own.size && [...countries(role_)].some((c) => !own.has(c))) continue
    return { name: b.source, described: role_ }
  }
  return null
}
