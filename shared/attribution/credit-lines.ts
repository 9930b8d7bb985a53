// A photo or image credit line ("Credit: SpaceX", "Main image credit:
// Getty", "Photograph: Jane Doe/Reuters", "Photographer: ...") names who
// made a picture, not who said anything (GUIDE 2: bylines and credits are
// not attributed), whatever cue or reach reached it.

import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

const CREDIT_LINE = /^(?:(?:(?:main|lead|top|header|featured)\s+)?(?:image|photo|picture|video)s?\s+)?(?:credits?|courtesy)\s*:|^(?:photograph|photo|picture|image|photographer|illustration)s?\s*:/i

export function creditLines(text: string, sentences: readonly Sentence[], placed: (Placed | null)[]): void {
  for (const s of sentences) if (placed[s.index] && CREDIT_LINE.test(text.slice(s.start, Math.min(s.end, s.start + 40)))) placed[s.index] = null
}
