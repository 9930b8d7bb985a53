// A worry put into words, with what it is about: "analysts still expressed
// concern about the strength of the economy", "Schroeder and Berlusconi
// voiced concerns about the strength of the euro". It is the stance
// stance-cues.ts reads in "analysts are concerned about ...", said aloud
// (GUIDE 2: stance that carries content). "raised concerns about the port"
// stays a topic brought up (speech-acts.ts), and "expressed no concern" is
// negated.

import type { Cue } from './cue-types.ts'
import { cue, from, inQuote, speakerOf, to, tokens, word } from './cue-sentence.ts'
import { subjectBefore } from './subjects.ts'
import type { Speaker } from './speakers.ts'

const VOICES = /^(?:expressed|expresses|express|voiced|voices|voice)$/
const WORRIES = /^(?:concern|concerns|fears|doubts|worries|alarm|unease|misgivings|reservations)$/
// Between the verb and the worry: how strong it was ("deep", "growing", "some").
const DEGREE = /^(?:deep|serious|grave|growing|strong|some|renewed|particular|great|mounting)$/
const ABOUT = /^(?:about|over|at)$/

const holds = (s: Speaker | null): s is Speaker => s !== null && (s.type === 'name' || s.type === 'anonymous' || s.type === 'office' ||
  s.type === 'role' && s.group !== 'document' || s.type === 'pronoun' && /^(?:he|she|they|we)$/.test(s.word))

export function concernCues(cues: Cue[]): void {
  for (let k = from + 1; k < to - 3; k++) {
    if (!VOICES.test(word(k)) || inQuote(k) || /^(?:not|n't|never|to)$/.test(word(k - 1)) || cues.some((c) => c.verb === k)) continue
    let n = k + 1
    if (DEGREE.test(word(n))) n++
    if (!WORRIES.test(word(n)) || !ABOUT.test(word(n + 1)) || n + 2 >= to) continue
    const subject = subjectBefore(tokens, from, k, inQuote)
    const speaker = speakerOf(subject)
    if (!subject || !holds(speaker)) continue
    const c = cue('verb', subject.a, n + 1, speaker, false, subject.a - from <= 1, false)
    c.verb = k
    cues.push(c)
  }
}
