// The genders an article gives its people by the pronouns it uses for
// them: "Montoya-Lewis was born in Spain ... She attended ..." makes
// Montoya-Lewis a woman, so a later "she replied" passes over the governor
// who spoke last (person-gender.ts reads honorifics and given names; many
// names carry neither). A person who is a sentence's subject votes for the
// gender of the pronoun that opens the next sentence of the paragraph and,
// when no one else is named beside them, of the pronouns later in their own
// sentence; a name whose votes disagree tells nothing.

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import type { Named } from './name-runs.ts'
import type { SourceKind } from './kinds.ts'
import type { Gender, PersonGenders } from './person-gender.ts'
import { indexIn, sentenceSubject } from './sentence-subjects.ts'

const MALE = new Set(['he', 'his', 'him', 'himself'])
const FEMALE = new Set(['she', 'her', 'hers', 'herself'])
const genderOf = (t: Token): Gender | null => (MALE.has(t.lower) ? 'm' : FEMALE.has(t.lower) ? 'f' : null)

export function voteGenders(text: string, tokens: readonly Token[], inside: Uint8Array, sentences: readonly Sentence[], named: readonly (readonly Named[])[],
  canonical: (name: string) => { name: string; kind: SourceKind }, genders: PersonGenders): void {
  for (const s of sentences) {
    if (s.heading) continue
    const names = named[s.index]!
    const subject = sentenceSubject(text, tokens, inside, s, names, canonical)
    if (!subject) continue
    const next = sentences[s.index + 1]
    const opener = next && next.para === s.para && !inside[next.from] ? genderOf(tokens[next.from]!) : null
    if (opener) genders.vote(subject.name, opener)
    // (Its own sentence only when it names no other person: "..., where her father was stationed as he served".)
    const others = names.some((n) => { const c = canonical(n.name); return c.kind === 'person' && c.name !== subject.name })
    if (others) continue
    let seen: Gender | null = null
    let mixed = false
    const at = indexIn(text, subject.name.split(' ').at(-1)!, s.start, s.end)
    for (let k = s.from; k < s.to; k++) {
      const t = tokens[k]!
      if (t.start <= at || inside[k]) continue
      const g = genderOf(t)
      if (g) { mixed ||= seen !== null && seen !== g; seen = g }
    }
    if (seen && !mixed) genders.vote(subject.name, seen)
  }
}
