// "Though it has dismissed similar demands in the past, Ukraine said it
// would consider ...": a pronoun in a clause put before the main one points
// forward to the main clause's subject, so the sentence is what that subject
// said, not what the pronoun's last antecedent did. A pronoun's cue inside
// such a clause gives way to a named speaker's cue after its comma.

import type { Cue } from './cue-types.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'

// Words that open a clause put before the main one.
const OPENERS = new Set(['though', 'although', 'while', 'whereas', 'despite', 'after', 'before', 'since', 'because', 'once', 'even'])

export function frontedPronouns(tokens: readonly Token[], s: Sentence, cues: Cue[]): void {
  if (cues.length < 2 || !OPENERS.has(tokens[s.from]?.lower ?? '')) return
  let comma = -1
  for (let k = s.from + 1; k < s.to; k++) if (tokens[k]!.text === ',') { comma = tokens[k]!.start; break }
  if (comma < 0) return
  const main = cues.some((c) => c.start > comma && !c.inQuote && c.speaker !== null && c.speaker.type !== 'pronoun')
  if (!main) return
  for (let i = cues.length - 1; i >= 0; i--) {
    const c = cues[i]!
    if (c.end < comma && c.speaker?.type === 'pronoun') cues.splice(i, 1)
  }
}
