// "Experts reached by the Global Times said", "Analysts contacted by Reuters
// said", "residents interviewed by the BBC said": the people the outlet
// reached speak, and the outlet is where they spoke (GUIDE 6), not the
// speaker the subject's last noun would make it.

import { looksLikeOutlet } from './outlets.ts'
import type { Phrase } from './phrases.ts'
import { phraseEndingAt } from './phrases.ts'
import { from, text, tokens, word } from './cue-sentence.ts'

const REACHED = /^(?:reached|contacted|interviewed|polled|surveyed|questioned|approached|consulted)$/

export function reachedBy(phrase: Phrase | null): { subject: Phrase; outlet: string } | null {
  if (!phrase || word(phrase.a - 1) !== 'by' || !REACHED.test(word(phrase.a - 2))) return null
  const outlet = text.slice(tokens[phrase.a]!.start, tokens[phrase.b - 1]!.end).replace(/^the\s+/i, '')
  if (!looksLikeOutlet(outlet)) return null
  const subject = phraseEndingAt(tokens, from, phrase.a - 3)
  return subject ? { subject, outlet } : null
}
