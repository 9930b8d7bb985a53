// What a speaker phrase is (speakers.ts reads one from the words).

export type Speaker =
  | { type: 'pronoun'; word: string }
  | { type: 'name'; name: string; titles: string[] }
  // `owned`: "their lawyer", "her spokesman": someone's, not the person named last.
  | { type: 'role'; head: string; mods: string[]; group: 'person' | 'org' | 'outlet' | 'document'; owned?: boolean }
  | { type: 'document'; name: string; owner: string | null }
  // `continues`: "Some", "Others": the unnamed group that spoke before, else a group of its own (group-words.ts).
  | { type: 'anonymous'; name: string; definite?: boolean; head?: string; ordinal?: number; continues?: boolean }
  // "his office", "the president's office", "Erdogan's office": named after its holder (see offices.ts).
  | { type: 'office'; owner: string | null; titles: string[] }
