// The body a sentence with no attribution is about: the organisation it
// opens with as its subject ("The Appellate Court didn't agree with
// Amazon's stance.", "As of October, Emirates had a fleet of 270
// aircraft."). A later "it" most likely carries that body on, as "he"
// carries on the person a sentence was about (sentence-subjects.ts), over a
// body heard speaking further back ("It noted ...", "it announced ...";
// GUIDE 4 resolves pronouns to the named party). A place opening the
// sentence ("London is ...") is a setting, not a party.

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import type { Named } from './name-runs.ts'
import type { SourceKind } from './kinds.ts'
import { sentenceSubject } from './sentence-subjects.ts'
import { isPlace } from './entity-picks.ts'

export function bodySubject(text: string, tokens: readonly Token[], inside: Uint8Array, s: Sentence, names: readonly Named[],
  canonical: (name: string) => { name: string; kind: SourceKind }): string | null {
  const subject = sentenceSubject(text, tokens, inside, s, names, canonical, true)
  return subject && !isPlace(subject.name) ? subject.name : null
}
