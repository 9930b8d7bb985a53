// "current and former U.S. diplomats", "past and present members": two
// adjectives joined by "and" describe one group, so the group is named with
// both, before a verb ("Current and former diplomats said") or after "by"
// ("criticized by current and former diplomats"). The tagger's phrase stops
// at the "and". Reads the sentence in cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import { phraseStartingAt } from './phrases.ts'
import { from, to, tokens, word } from './cue-sentence.ts'

// (Opening the sentence, the tagger may read the capitalised adjective as a name: "Current and former ...".)
const adjective = (k: number) => k >= from && k < to && (tokens[k]!.pos === 'ADJ' && (!tokens[k]!.cap || k === from) ||
  k === from && tokens[k]!.pos === 'PROPN' && PAIRED.test(tokens[k]!.lower) && word(k + 1) === 'and')
// Words that open such a pair ("Current and former"); a name opening the sentence ("Smith and former officials") does not.
const PAIRED = /^(?:current|former|past|present|serving|retired|senior|junior|active|new|old|local|state|federal|foreign|domestic|western|arab)$/
// Where a subject may open: the sentence's start, a punctuation mark, "by", a determiner.
const opens = (k: number) => k < from || tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'DET' || /^(?:by|and|but|that)$/.test(word(k))

// The phrase ending where p ends, taken back over "current and" before it.
export function pairedBefore(p: Phrase | null): Phrase | null {
  if (!p || word(p.a - 1) !== 'and' || !adjective(p.a) || !adjective(p.a - 2) || !opens(p.a - 3)) return p
  return { ...p, a: p.a - 2 }
}

// The phrase starting where p starts, taken on over "and former U.S. diplomats" after it.
export function pairedAfter(p: Phrase | null): Phrase | null {
  if (!p || p.b - p.a !== 1 || !adjective(p.a) || word(p.b) !== 'and' || !adjective(p.b + 1)) return p
  const rest = phraseStartingAt(tokens, p.b + 1, to)
  return rest && rest.b - rest.a > 1 ? { a: p.a, b: rest.b, descriptor: [] } : p
}
