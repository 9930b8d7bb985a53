// An outlet's name may hold a lower-case joining word of its own language
// between capitalised words: "Argumenty i Fakty", "Mundo y Sociedad",
// "Paris et Nord". The phrase reader stops at the lower-case word, which
// left the venue as the name's first part ("Argumenty"). A venue phrase of
// capitals followed by such a word and capitals again names the whole
// outlet. Reads the phrase and the few tokens after it only.

import type { Phrase } from './noun-phrases.ts'
import type { Token } from './nlp.ts'

// Joining words of other languages ("and" in them); not English ones, which join two names ("Reuters and AFP").
const JOINERS = new Set(['i', 'y', 'e', 'et', 'und', 'og', 'och', 'ja'])
const MAX_AFTER = 3

// The whole name when the phrase (after "the") is capitals and the words after it are "joiner Cap..", else null.
export function joinedName(text: string, tokens: readonly Token[], p: Phrase, to: number): string | null {
  const a = tokens[p.a]?.lower === 'the' ? p.a + 1 : p.a
  if (a >= p.b || p.b + 1 >= to) return null
  for (let k = a; k < p.b; k++) if (!tokens[k]!.cap || tokens[k]!.pos === 'PUNCT') return null
  const joiner = tokens[p.b]!
  // (Between capitals with single spaces, "Argumenty i Fakty": not a clause break.)
  if (!JOINERS.has(joiner.text) || joiner.start - tokens[p.b - 1]!.end !== 1 || tokens[p.b + 1]!.start - joiner.end !== 1) return null
  let b = p.b + 1
  while (b < to && b - p.b <= MAX_AFTER && tokens[b]!.cap && tokens[b]!.pos !== 'PUNCT') b++
  return b === p.b + 1 ? null : text.slice(tokens[a]!.start, tokens[b - 1]!.end)
}
