// A stance held by a group, named by the noun of the stance: "There are
// concerns among market participants that a delisting may be next", "fears
// are growing among investors that ...". The group holds what "that" opens
// (GUIDE 2: stance that carries content); "concerns among investors about
// rates" names only a topic, and a stance with no group named is the
// writer's ("There are concerns that ...").

import type { Cue } from './cue-types.ts'
import { cue, from, inQuote, speakerOf, to, tokens, word } from './cue-sentence.ts'
import { phraseStartingAt } from './phrases.ts'

const STANCES = /^(?:concerns?|fears?|worries|worry|hopes?|expectations?|speculation|doubts?|optimism|pessimism|scepticism|skepticism|unease|confidence|belief|consensus)$/
// How far before the stance noun its clause may open ("There are growing concerns", "fears are mounting").
const OPENING = 4

export function amongCues(cues: Cue[]): void {
  for (let k = from + 1; k + 3 < to; k++) {
    if (word(k) !== 'among' || !STANCES.test(word(k - 1)) || inQuote(k) || k - 1 - from > OPENING) continue
    const group = phraseStartingAt(tokens, k + 1, to)
    if (!group || word(group.b) !== 'that') continue
    const speaker = speakerOf(group)
    if (speaker?.type !== 'anonymous' && speaker?.type !== 'name') continue
    const c = cue('verb', from, group.b, speaker, false, true, false)
    c.verb = k - 1
    cues.push(c)
    return
  }
}
