// Which of a sentence's names a later "he" or "she" most likely means: the
// person the sentence opens with, its subject, over one named later in it
// ("Zhu Chunquan, head of ... at the World Economic Forum, delivered ... He
// pointed to ..."; "Prime Minister Turgut Ozal ... is expected to receive a
// welcome from thousands of Turks ... He was in defiant mood"). The discourse
// takes the name mentioned last as the nearest, so the subject is mentioned
// last. Only a person that opens the sentence (after its titles) moves, and
// not in a headline, which names a story's parties in no order of speaking.

import type { Named } from './name-runs.ts'

// How far into the sentence the opening name may start: titles before it ("Prime Minister").
const OPENING = 40

// (`fullName` is the article's fullest form of a person's name, or null for no person.)
export function subjectLast(names: readonly Named[], sentence: string, fullName: (name: string) => string | null): readonly Named[] {
  if (names.length < 2) return names
  const first = names[0]!
  const at = sentence.indexOf(first.name.split(' ').at(-1)!)
  // (A full name of two words or more: one word the tagger took for a person may be a team or a crowd, "Thorns", "Turks";
  // a surname the article gives in full elsewhere is a person's: "Marmorato, who's the sister of ..., campaigned".)
  if (at < 0 || at > OPENING || !fullName(first.name)?.includes(' ') || /[,;:]/.test(sentence.slice(0, at))) return names
  return [...names.slice(1), first]
}
