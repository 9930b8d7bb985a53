// Verbs that give a party's stance without a verb of saying (GUIDE 2: stance
// that carries content): "The ONS echoed an earlier caution from ...",
// "She identified climate change ... as three major challenges", "He pointed
// to the import of soybeans as an example of ...", "It singled out failings
// in ...", "She advocated for a two-pronged approach", "Council powers
// distanced themselves from the US position". Each needs what makes it a
// stance: an echo of words ("echoed Zhu's call", not "shouts echoed through
// the hall"), a reading given with "as" ("identified the body" is an act),
// a position kept away from. The speaker is a person, a body, an unnamed
// source or a pronoun before the verb (stance-speaker.ts), never a thing.

import type { Cue } from './cue-types.ts'
import { from, inQuote, to, tokens, word } from './cue-sentence.ts'
import { BE } from './lexicon.ts'
import { stanceCue } from './stance-speaker.ts'
import { wordList } from './word-lists.ts'
import { hasVerbAt } from './verb-at.ts'

const ECHO = wordList('echoed|echoes|echo|echoing')
// What an echo repeats: somebody's words or stance.
const WORDS = /^(?:call|calls|caution|warning|warnings|criticism|criticisms|concern|concerns|view|views|remarks|comments|sentiment|sentiments|position|stance|message|demand|demands|appeal|appeals|assessment|words|claims|complaints|fears|argument|arguments|point|points|plea|praise|optimism|pessimism)$/
const AS_READING = wordList('identified|identifies|identify|pointed|points|point')
const SINGLED = wordList('singled|singles')
const ADVOCATE = wordList('advocated|advocates|advocate')
const DISTANCE = wordList('distanced|distances')
const SELF = /^(?:themselves|itself|himself|herself|ourselves)$/

// A word within n tokens after k (before the sentence's end or a closing stop).
function within(k: number, n: number, pattern: RegExp): number {
  for (let m = k; m < Math.min(to, k + n); m++) {
    if (pattern.test(word(m))) return m
    if (/^[.;:!?]$/.test(word(m))) return -1
  }
  return -1
}

// Where the stance's words begin after verb k, or -1 when the verb is no stance here.
function stanceAt(k: number): number {
  const w = word(k)
  if (ECHO.test(w)) return within(k + 1, 6, WORDS) > 0 ? k + 1 : -1
  // ("pointed to X as an example", "identified X as the main risk": a reading of a thing.)
  if (AS_READING.test(w)) {
    const start = /^point/.test(w) ? (word(k + 1) === 'to' ? k + 2 : -1) : k + 1
    return start > 0 && within(start + 1, 14, /^as$/) > 0 ? start : -1
  }
  if (SINGLED.test(w)) return word(k + 1) === 'out' ? k + 2 : -1
  if (ADVOCATE.test(w)) return tokens[k]!.pos === 'VERB' && k + 1 < to && /^(?:DET|ADJ|NOUN|ADP|NUM|PRON)$/.test(tokens[k + 1]!.pos) && word(k + 1) !== 'of' ? k + 1 : -1
  if (DISTANCE.test(w)) return SELF.test(word(k + 1)) && word(k + 2) === 'from' ? k + 3 : -1
  return -1
}

export function stanceVerbCues(cues: Cue[]): void {
  for (let k = from + 1; k < to - 2; k++) {
    const w = word(k)
    if (!ECHO.test(w) && !AS_READING.test(w) && !SINGLED.test(w) && !ADVOCATE.test(w) && !DISTANCE.test(w)) continue
    // (Negated, infinitive, passive ("was singled out", "were identified as"), or already a cue.)
    if (inQuote(k) || /^(?:not|n't|never|to)$/.test(word(k - 1)) || BE.has(word(k - 1)) || hasVerbAt(cues, k)) continue
    const content = stanceAt(k)
    if (content < 0) continue
    const c = stanceCue(k, content, 1)
    if (c) cues.push(c)
  }
}
