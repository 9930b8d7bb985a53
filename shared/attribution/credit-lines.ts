// A photo or image credit line ("Credit: SpaceX", "Main image credit:
// Getty", "Photograph: Jane Doe/Reuters", "Photographer: ...") names who
// made a picture, not who said anything (GUIDE 2: bylines and credits are
// not attributed), whatever cue or reach reached it. So does a wire's
// sign-off, the agency's name alone on the story's last line ("REUTER"),
// and a staff line saying where the reporters worked ("Journalist Victoria
// Butenko reported from Kiev, and Laura Smith-Spark wrote in London"): a
// verb of reporting whose only complement is a place carries no words.

import { knownOutlet } from './outlets.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const CREDIT_LINE = /^(?:(?:(?:main|lead|top|header|featured)\s+)?(?:image|photo|picture|video)s?\s+)?(?:credits?|courtesy)\s*:|^(?:photograph|photo|picture|image|photographer|illustration)s?\s*:/i

// ("REUTER" is the old wire's own spelling of its sign-off.)
const SIGN_OFF = /^(\p{Lu}[\p{L}-]{1,20})\.?$/u

// "<name> reported|wrote [and reported] from|in <Place>", one to three of them joined by "and"; nothing else.
const WORKED = String.raw`(?:[\p{L}'’.-]+\s+){1,5}(?:reported|wrote)(?:\s+and\s+(?:reported|wrote))?\s+(?:from|in)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}`
const STAFF_LINE = new RegExp(String.raw`^${WORKED}(?:(?:,\s+|\s+)and\s+${WORKED}){0,2}\.?$`, 'u')
// (Only a short line is tried: a staff line is one.)
const STAFF_LINE_MAX = 200

export function creditLines(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  for (const s of sentences) {
    if (!placed[s.index]) continue
    const line = text.slice(s.start, Math.min(s.end, s.start + 40))
    const whole = s.end - s.start <= STAFF_LINE_MAX ? text.slice(s.start, s.end).trim() : ''
    if (CREDIT_LINE.test(line) || signOff(line, s, sentences) || STAFF_LINE.test(whole)) placed[s.index] = null
  }
}

// The outlet's name closing the text, or alone in a paragraph of its own.
function signOff(line: string, s: Sentence, sentences: readonly Sentence[]): boolean {
  const m = SIGN_OFF.exec(line)
  if (!m || !(knownOutlet(m[1]!) || /^reuter$/i.test(m[1]!))) return false
  const alone = (k: number) => k < 0 || k >= sentences.length || sentences[k]!.para !== s.para
  return s.index === sentences.length - 1 || alone(s.index - 1) && alone(s.index + 1)
}
