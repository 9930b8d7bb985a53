// What the discourse (discourse.ts) keeps of one named party of the article:
// its name and kind, the roles it was given, and when it was last mentioned,
// spoke or was the subject, which is what pronouns and role nouns resolve by.

import type { SourceKind } from './kinds.ts'

export interface Entity {
  name: string
  kind: SourceKind
  // The relay it came through, for texts known only through it ("the document").
  via: string | null
  roles: Set<string>
  para: number
  spokeAt: number
  // When it was last the subject of a sentence with no attribution (sentence-subjects.ts), on the speech clock,
  // in which paragraph, whether it took the floor there (then it carries on past the paragraph), and whether
  // the sentence merely placed it ("was in court": then not even when nothing was said since, entity-picks.ts).
  salientAt: number
  salientPara?: number
  salientSpeech?: boolean
  salientPlaced?: boolean
  // How often it was mentioned: the story's main actor (role-antecedents.ts).
  mentions?: number
  // When an outlet last passed on another's words (on the speech clock): it reported too, for "the paper said".
  relayedAt?: number
}
