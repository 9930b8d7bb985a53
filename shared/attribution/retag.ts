// Corrections to the tagger's parts of speech that the rules depend on,
// each read off the last tokens as they are pushed (constant work per token).

import type { Token } from './nlp.ts'

// "according to people familiar with ...", "according to sources": the
// tagger reads the noun after "to" as an infinitive verb; after "according
// to" a noun phrase always follows. Looks at the last three tokens.
export function accordingToNoun(out: Token[]): void {
  const t = out[out.length - 1]!
  if (t.pos !== 'VERB' || out[out.length - 2]!.lower !== 'to' || out[out.length - 3]!.lower !== 'according') return
  t.pos = t.cap ? 'PROPN' : 'NOUN'
}
