// An outlet named after the words a wire describes it by: "the official
// Sudan News Agency", "the state-run Iraqi News Agency", "the semi-official
// Al-Ahram daily". Read whole, the lower-case description ("official") is
// a role noun and the name behind it a body's words, and the masthead came
// out cut ("Sudan News"); the description is no part of the name
// (GUIDE 4: one name for the outlet however the story introduces it).

import type { Token } from './nlp.ts'
import type { Speaker } from './speaker-type.ts'
import { looksLikeOutlet, knownOutlet } from './outlets.ts'

// Words that describe who runs an outlet, written before its name.
const DESCRIBING = /^(?:official|semi-official|semiofficial|state|state-run|state-owned|state-controlled|government|government-run|government-owned|government-controlled|pro-government|independent|opposition|private|privately-owned|party)$/

// The masthead the phrase [a, b) names after its describing words, or null.
export function officialMasthead(text: string, tokens: readonly Token[], a: number, b: number): Speaker | null {
  let k = a
  while (k < b && !tokens[k]!.cap && DESCRIBING.test(tokens[k]!.lower)) k++
  // (Two capitalised words at least: "the official Xinhua" is already a known name.)
  if (k === a || b - k < 2 || !tokens.slice(k, b).every((t) => t.cap)) return null
  const name = text.slice(tokens[k]!.start, tokens[b - 1]!.end)
  if (!looksLikeOutlet(name)) return null
  return { type: 'name', name: knownOutlet(name) ?? name, titles: ['outlet'] }
}
