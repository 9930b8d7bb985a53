// A photo or image credit line ("Credit: SpaceX", "Main image credit:
// Getty", "Photograph: Jane Doe/Reuters", "Photographer: ...") names who
// made a picture, not who said anything (GUIDE 2: bylines and credits are
// not attributed), whatever cue or reach reached it. So does a wire's
// sign-off, the agency's name alone on the story's last line ("REUTER").

import { knownOutlet } from './outlets.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const CREDIT_LINE = /^(?:(?:(?:main|lead|top|header|featured)\s+)?(?:image|photo|picture|video)s?\s+)?(?:credits?|courtesy)\s*:|^(?:photograph|photo|picture|image|photographer|illustration)s?\s*:/i

// ("REUTER" is the old wire's own spelling of its sign-off.)
const SIGN_OFF = /^(\p{Lu}[\p{L}-]{1,20})\.?$/u

export function creditLines(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  for (const s of sentences) {
    if (!placed[s.index]) continue
    const line = text.slice(s.start, Math.min(s.end, s.start + 40))
    if (CREDIT_LINE.test(line) || signOff(line, s, sentences)) placed[s.index] = null
  }
}

// The outlet's name closing the text, or alone in a paragraph of its own.
function signOff(line: string, s: Sentence, sentences: readonly Sentence[]): boolean {
  const m = SIGN_OFF.exec(line)
  if (!m || !(knownOutlet(m[1]!) || /^reuter$/i.test(m[1]!))) return false
  const alone = (k: number) => k < 0 || k >= sentences.length || sentences[k]!.para !== s.para
  return s.index === sentences.length - 1 || alone(s.index - 1) && alone(s.index + 1)
}
