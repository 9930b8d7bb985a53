// What an unnamed group knows, read to its end: "people familiar with
// classified intelligence circulating within the U.S. government", "people
// familiar with communications between the administration and news
// organizations". The words after the topic that tell which topic it is
// (a participle or a preposition of place or relation, then its phrase) stay
// part of the group's name (label conventions, session 19: a phrase telling
// what the group knows stays); a time ("on Monday") or anything else ends it.

import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'

// Prepositions that narrow a topic; "between" may join two phrases with "and".
const NARROWS = /^(?:between|within|inside|among|about|regarding|concerning|involving|surrounding|over)$/
// A participle before such a preposition narrows it too: "circulating within".
const PARTICIPLE = /^\p{Ll}+ing$/u
const TIME = /^(?:on|last|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|earlier|later)$/
// At most this many narrowing phrases are read, so the name stays a phrase.
const HOPS = 2

export function topicEnd(tokens: readonly Token[], b: number, ceil: number, phraseAt: (i: number) => Phrase | null): number {
  let end = b
  for (let hop = 0; hop < HOPS && end < ceil; hop++) {
    let k = end
    if (tokens[k]!.pos === 'VERB' && PARTICIPLE.test(tokens[k]!.text) && k + 1 < ceil && NARROWS.test(tokens[k + 1]!.lower)) k++
    const prep = tokens[k]!.lower
    if (!NARROWS.test(prep) || k + 1 >= ceil || TIME.test(tokens[k + 1]!.lower)) break
    const phrase = phraseAt(k + 1)
    if (!phrase) break
    end = phrase.b
    // ("between the administration and news organizations": the second party belongs to "between".)
    if (prep === 'between' && end + 1 < ceil && tokens[end]!.lower === 'and') {
      const second = phraseAt(end + 1)
      if (second) end = second.b
    }
  }
  return end
}
