// The job a sentence writes in lower case right before a person's name
// ("White House spokesman Marlin Fitzwater", "defence lawyer Maria Lodge"):
// a role of that person, so "the presidential spokesman" or "the lawyer"
// later in the story finds them rather than an unnamed spokesman met
// before (discourse.ts's role nouns). A bounded look back from the name.

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { indexIn } from './sentence-subjects.ts'

// How many lower-case words before the name are read ("chief executive").
const MAX_WORDS = 2
const STATE_TITLES = new Set(['president', 'premier', 'prime', 'chancellor'])

export function jobBefore(text: string, tokens: readonly Token[], s: Sentence, name: string): string[] {
  const at = indexIn(text, name, s.start, s.end)
  if (at < 0) return []
  let k = s.from
  while (k < s.to && tokens[k]!.start < at) k++
  // "The suspect, Michael Webb, was convicted": a role noun the name stands in apposition to is the person's role
  // ("The suspect said" later is Webb).
  const [det, noun, comma] = [tokens[k - 3], tokens[k - 2], tokens[k - 1]]
  if (k - 3 >= s.from && comma?.lower === ',' && noun?.pos === 'NOUN' && !noun.cap && det?.lower === 'the' && tokens[k + name.split(' ').length]?.lower === ',') return [noun.lower]
  const words: string[] = []
  for (let m = k - 1; m >= s.from && words.length < MAX_WORDS; m--) {
    const t = tokens[m]!
    if (t.cap || t.pos !== 'NOUN' && !(t.pos === 'ADJ' && words.length > 0)) break
    words.push(t.lower)
  }
  // (The word next to the name is the job's head noun: "spokesman", not "chief" alone. A lower-case
  // "central bank president" heads a body, not a state: no title the office of a head of state reads, offices.ts.)
  return words.length && tokens[k - 1]!.pos === 'NOUN' && !STATE_TITLES.has(words[0]!) ? words : []
}
