// What a speaker phrase is (speakers.ts reads one from the words).

export type Speaker =
  | { type: 'pronoun'; word: string }
  | { type: 'name'; name: string; titles: string[] }
  // `owned`: "their lawyer", "her spokesman": someone's, not the person named last.
  // `body`: "the Bat spokeswoman": the body the capitalised words before a spokesperson's noun name.
  | { type: 'role'; head: string; mods: string[]; group: 'person' | 'org' | 'outlet' | 'document'; owned?: boolean; body?: string }
  | { type: 'document'; name: string; owner: string | null }
  | { type: 'anonymous'; name: string; definite?: boolean; head?: string; ordinal?: number }
  // "his office", "the president's office", "Erdogan's office": named after its holder (see offices.ts).
  | { type: 'office'; owner: string | null; titles: string[] }
