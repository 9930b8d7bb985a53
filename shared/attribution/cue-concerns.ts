// A worry put into words, with what it is about: "analysts still expressed
// concern about the strength of the economy", "Schroeder and Berlusconi
// voiced concerns about the strength of the euro". It is the stance
// stance-cues.ts reads in "analysts are concerned about ...", said aloud
// (GUIDE 2: stance that carries content). "raised concerns about the port"
// stays a topic brought up (speech-acts.ts), and "expressed no concern" is
// negated.

import type { Cue } from './cue-types.ts'
import { from, inQuote, to, word } from './cue-sentence.ts'
import { stanceCue } from './stance-speaker.ts'

const VOICES = /^(?:expressed|expresses|express|voiced|voices|voice)$/
const WORRIES = /^(?:concern|concerns|fears|doubts|worries|alarm|unease|misgivings|reservations)$/
// Between the verb and the worry: how strong it was ("deep", "growing", "some").
const DEGREE = /^(?:deep|serious|grave|growing|strong|some|renewed|particular|great|mounting)$/
const ABOUT = /^(?:about|over|at)$/

export function concernCues(cues: Cue[]): void {
  for (let k = from + 1; k < to - 3; k++) {
    if (!VOICES.test(word(k)) || inQuote(k) || /^(?:not|n't|never|to)$/.test(word(k - 1)) || cues.some((c) => c.verb === k)) continue
    let n = k + 1
    if (DEGREE.test(word(n))) n++
    if (!WORRIES.test(word(n)) || !ABOUT.test(word(n + 1)) || n + 2 >= to) continue
    const c = stanceCue(k, n + 1, 1)
    if (c) cues.push(c)
  }
}
