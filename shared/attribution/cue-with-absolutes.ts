// "Shares fell, with analysts warning that the cuts were too deep", "...,
// with Trump condemning the proposal on numerous occasions": a clause opened
// by "with" whose subject does the saying. The noun after "with" speaks what
// follows its participle (GUIDE 2); "with prices rising" names no speaker,
// and "with him saying nothing" says nothing.

import type { Cue } from './cue-types.ts'
import { cue, from, inQuote, speakerOf, to, tokens, word } from './cue-sentence.ts'
import { phraseStartingAt } from './phrases.ts'

// Participles of saying and of a stance said aloud.
const SAYING = /^(?:saying|warning|noting|arguing|insisting|claiming|predicting|condemning|accusing|calling|urging|stressing|suggesting|denying|describing|criticising|criticizing|asserting|telling|estimating|forecasting|expecting)$/
const NOTHING = /^(?:nothing|little|no)$/

export function withAbsolutes(cues: Cue[]): void {
  for (let k = from; k + 3 < to; k++) {
    if (word(k) !== 'with' || inQuote(k)) continue
    const phrase = phraseStartingAt(tokens, k + 1, to)
    if (!phrase || phrase.b - phrase.a > 8) continue
    // ("with analysts warning that": the tagger may read the participle into the noun phrase.)
    let b = phrase.a + 1
    while (b < phrase.b && !SAYING.test(word(b))) b++
    const subject = { ...phrase, b }
    if (!SAYING.test(word(subject.b)) || NOTHING.test(word(subject.b + 1)) || subject.b + 2 >= to) continue
    const speaker = speakerOf(subject)
    if (!speaker || (speaker.type !== 'name' && speaker.type !== 'anonymous' && speaker.type !== 'office')) continue
    const c = cue('verb', subject.a, subject.b + 1, speaker, false, false, false)
    c.verb = subject.b
    cues.push(c)
  }
}
