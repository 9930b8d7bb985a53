// What follows a reporting verb that needs a complement ("hinted that",
// "worry that"): past a time ("hinted last year that", "charged on Monday
// that"), and a clause with its "that" left out ("They worry China is ...",
// "workers who demanded they stop ...", "Most analysts agreed Lawson had ..."). Reads the sentence in cue-sentence.ts;
// called from verb-gates.ts.

import { CALENDAR } from './lexicon.ts'
import { CALENDAR_DAY, PERIOD } from './noun-phrases.ts'
import { to, tokens, word } from './cue-sentence.ts'

// The index of the first word after the verb at i, past a time phrase.
export function afterTime(i: number): number {
  let k = i + 1
  if (/^(?:last|this|next|earlier|later)$/.test(word(k)) && (PERIOD.test(word(k + 1)) || CALENDAR_DAY.test(word(k + 1)) || CALENDAR.has(word(k + 1)))) k += 2
  else if (word(k) === 'on' && CALENDAR_DAY.test(word(k + 1))) k += 2
  else if (CALENDAR_DAY.test(word(k)) || /^(?:earlier|later|previously|recently|repeatedly|publicly|privately)$/.test(word(k))) k += 1
  return k
}

// Verbs whose "that" may be left out before a clause.
const BARE_CLAUSE = /^(?:worry|worries|worried|agree|agrees|agreed|demand|demands|demanded|suspect|suspects|suspected|figure|figures|figured|guess|guesses|guessed)$/
const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you)$/

// A clause right after the verb at i with no "that": a subject pronoun or a
// short noun phrase, then a finite verb or auxiliary ("worry China is").
export function bareClause(i: number, w: string): boolean {
  if (!BARE_CLAUSE.test(w)) return false
  const k = i + 1
  if (k >= to) return false
  if (SUBJECT_PRONOUN.test(word(k))) return k + 1 < to && /^(?:VERB|AUX)$/.test(tokens[k + 1]!.pos) && !/ing$/.test(word(k + 1))
  if (!/^(?:PROPN|NOUN|DET)$/.test(tokens[k]!.pos)) return false
  for (let n = k + 1; n < Math.min(to, k + 4); n++) {
    const t = tokens[n]!
    if (t.pos === 'AUX' || t.pos === 'VERB' && /(?:s|ed)$/.test(t.lower)) return true
    if (!/^(?:PROPN|NOUN|DET|ADJ)$/.test(t.pos)) return false
  }
  return false
}
