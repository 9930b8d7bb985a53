// Speakers named without a determiner, which speakers.ts leaves
// undescribed: "Police said ..." opening a sentence, "West Mercia police
// said ...". A force needs no antecedent (attribute.ts), so the bare word is
// the police; a place before it names the force. A text opening the
// sentence ("Data released on Tuesday showed") is read as "the data".

import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { ANONYMOUS_HEADS, DOCUMENT_NOUNS } from './lexicon.ts'
import { wordList } from './word-lists.ts'

const FORCES = /^(?:police|military|army|navy|coastguard)$/

export function bareSpeaker(text: string, tokens: readonly Token[], p: Phrase): Speaker | null {
  const head = tokens[p.b - 1]!
  // "a group of employees": the people, unnamed, as a group.
  if (p.b - p.a >= 3 && tokens[p.b - 2]!.lower === 'of' && ANONYMOUS_HEADS.has(head.lower) && /^(?:group|coalition|number|team|handful|dozens|hundreds|thousands)$/.test(tokens[p.b - 3]!.lower)) {
    const name = text.slice(tokens[p.b - 3]!.start, head.end)
    return { type: 'anonymous', name: `${name} (anonymous)`, head: head.lower.replace(/s$/, '') }
  }
  // "Company management said": the company named before speaks through its management.
  if (head.lower === 'management' && !head.cap || head.lower === 'management' && p.b - p.a <= 2) return { type: 'role', head: 'company', mods: [], group: 'org' }
  // "Data released on Tuesday showed", "Report on the shutdown shows": a text opening the sentence (or a headline).
  if (p.b - p.a === 1 && head.cap && DOCUMENT_NOUNS.has(head.lower.replace(/s$/, '')) && (p.a === 0 || tokens[p.a - 1]!.sentence !== head.sentence)) {
    return { type: 'role', head: head.lower, mods: [], group: 'document' }
  }
  if (!FORCES.test(head.lower) || head.pos === 'VERB' && head.lower !== 'police') return null
  let a = p.a
  if (tokens[a]!.pos === 'DET') a++
  if (a === p.b - 1) return { type: 'role', head: head.lower, mods: [], group: 'org' }
  // ("West Mercia police": every word before the force is capitalised.)
  for (let k = a; k < p.b - 1; k++) if (!tokens[k]!.cap || tokens[k]!.pos !== 'PROPN') return null
  return { type: 'name', name: text.slice(tokens[a]!.start, head.end), titles: ['police'] }
}

const COUNTS = wordList('a|an|the|two|three|four|five|several|some|many|one')

// "people with knowledge of the matter", "a person with direct knowledge of the talks": unnamed, named by what they know
// (read before speakers.ts, which would take "the plans" at the end for a text).
export function withKnowledge(text: string, tokens: readonly Token[], p: Phrase): Speaker | null {
  let a = p.a
  while (a < p.b && COUNTS.test(tokens[a]!.lower)) a++
  const head = tokens[a]
  if (!head || !ANONYMOUS_HEADS.has(head.lower) || tokens[a + 1]?.lower !== 'with') return null
  let k = a + 2
  if (k < p.b && tokens[k]!.lower !== 'knowledge') k++
  if (tokens[k]?.lower !== 'knowledge' || k >= p.b) return null
  const name = text.slice(head.start, tokens[p.b - 1]!.end)
  return { type: 'anonymous', name: `${name[0]!.toLowerCase()}${name.slice(1)} (anonymous)`, head: head.lower.replace(/s$/, '') }
}
