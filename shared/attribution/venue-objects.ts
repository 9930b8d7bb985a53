// "the foreign minister who took part in the meeting on the theme of "..."
// held at the First BRICS Women's Forum said": the words before the verb end
// in a venue, the object of "held at", which a quotation kept the cue
// readers from reading past. A forum where something was held is where the
// speaker spoke, not who spoke: the speaker is the noun the relative clause
// ("who ...") opening the sentence describes.

import type { Resolved } from './attribute.ts'
import { resolveSpeaker } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Token } from './nlp.ts'
import { phraseEndingAt } from './phrases.ts'
import type { Sentence } from './sentences.ts'
import { describe } from './speakers.ts'

// The venue's preposition right before the speaker the cue readers took.
const VENUE_BEFORE = /\b(?:held|hosted|organi[sz]ed|convened|staged|opened|taking place)\s+(?:at|in|by|on)\s+$/
// The subject opening the sentence, then "who".
const SUBJECT = /^(?:(?:Meanwhile|However|Also|Earlier|Later),\s+)?(?:[Tt]he|[Aa]n?)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}?(?=\s+who\b)/u
const MAX_LEAD = 400

export function venueObjectSpeaker(text: string, tokens: readonly Token[], s: Sentence, c: Cue, discourse: Discourse): Resolved | null {
  if (c.inQuote || c.trailing || !c.speaker) return null
  const before = text.slice(s.start, c.start)
  if (before.length > MAX_LEAD || !VENUE_BEFORE.test(before)) return null
  const m = SUBJECT.exec(before)
  if (!m) return null
  const end = s.start + m[0].length
  let j = s.from
  while (j + 1 < s.to && tokens[j + 1]!.end <= end) j++
  if (tokens[j]!.end !== end) return null
  const p = phraseEndingAt(tokens, s.from, j)
  return p ? resolveSpeaker(describe(text, tokens, p), discourse, s.para) : null
}
