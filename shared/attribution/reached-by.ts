// "Experts reached by the Global Times said", "Analysts contacted by Reuters
// said", "residents interviewed by the BBC said": the people the outlet
// reached speak, and the outlet is where they spoke (GUIDE 6), not the
// speaker the subject's last noun would make it.

import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import type { Phrase } from './phrases.ts'
import { phraseEndingAt, phraseStartingAt } from './phrases.ts'
import { from, text, to, tokens, word } from './cue-sentence.ts'

const REACHED = /^(?:reached|contacted|interviewed|polled|surveyed|questioned|approached|consulted)$/

export function reachedBy(phrase: Phrase | null): { subject: Phrase; outlet: string } | null {
  if (!phrase || word(phrase.a - 1) !== 'by' || !REACHED.test(word(phrase.a - 2))) return null
  const outlet = text.slice(tokens[phrase.a]!.start, tokens[phrase.b - 1]!.end).replace(/^the\s+/i, '')
  if (!looksLikeOutlet(outlet)) return null
  const subject = phraseEndingAt(tokens, from, phrase.a - 3)
  return subject ? { subject, outlet } : null
}

// "A spokesman quoted by Tass said", "The statement, quoted by IRNA, said": the
// subject speaks and the outlet that quoted it passes the words on (GUIDE 5),
// a relay rather than the speaker the subject's last noun would make it.
export function quotedByOutlet(phrase: Phrase | null): { subject: Phrase; by: Phrase } | null {
  if (!phrase || word(phrase.a - 1) !== 'by' || word(phrase.a - 2) !== 'quoted') return null
  const outlet = text.slice(tokens[phrase.a]!.start, tokens[phrase.b - 1]!.end)
  if (!knownOutlet(outlet) && !looksLikeOutlet(outlet.replace(/^the\s+/i, ''))) return null
  // (", quoted by Tass,": past the comma that opens the aside.)
  const end = word(phrase.a - 3) === ',' ? phrase.a - 4 : phrase.a - 3
  const subject = phraseEndingAt(tokens, from, end)
  return subject ? { subject, by: phrase } : null
}

// The same after an inverted verb: "..., said the statement quoted by IRNA".
export function quotedByAfter(subject: Phrase | null): { subject: Phrase; by: Phrase } | null {
  if (!subject || word(subject.b) !== 'quoted' || word(subject.b + 1) !== 'by') return null
  const by = phraseStartingAt(tokens, subject.b + 2, to)
  if (!by) return null
  const outlet = text.slice(tokens[by.a]!.start, tokens[by.b - 1]!.end)
  return knownOutlet(outlet) || looksLikeOutlet(outlet.replace(/^the\s+/i, '')) ? { subject, by } : null
}
