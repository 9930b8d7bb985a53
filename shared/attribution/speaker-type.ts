// What a speaker phrase is (speakers.ts reads one from the words).

import type { OwnerRole } from './owned-roles.ts'

export type Speaker =
  // `text`: "It also showed that ...": only a text that just spoke can be its antecedent (text-pronouns.ts).
  // `unlike`: people named after "he" or "she" in its own sentence, whom it cannot stand for (pronoun-binding.ts).
  | { type: 'pronoun'; word: string; text?: boolean; unlike?: readonly string[] }
  | { type: 'name'; name: string; titles: string[] }
  // `owned`: "their lawyer", "her spokesman": someone's, not the person named last.
  // `body`: "the Bat spokeswoman": the body the capitalised words before a spokesperson's noun name.
  // `named`: the name the sentence itself gives a text, for when no earlier text is its antecedent ("The study, published in Nature,").
  // `owner`: "the minister's press secretary": the staff of the role noun before the possessive (owned-roles.ts).
  | { type: 'role'; head: string; mods: string[]; group: 'person' | 'org' | 'outlet' | 'document'; owned?: boolean; body?: string; named?: string; owner?: OwnerRole }
  | { type: 'document'; name: string; owner: string | null }
  // `continues`: "Some", "Others": the unnamed group that spoke before, else a group of its own (group-words.ts).
  | { type: 'anonymous'; name: string; definite?: boolean; head?: string; ordinal?: number; continues?: boolean }
  // "his office", "the president's office", "Erdogan's office": named after its holder (see offices.ts).
  | { type: 'office'; owner: string | null; titles: string[] }
