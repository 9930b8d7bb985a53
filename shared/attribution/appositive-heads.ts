// "Jeff Sanborn, president of Chapter & Verse, an ad agency, said ...",
// "Omar Lamrani, a senior analyst at Stratfor, told VOA ...": the verb's
// subject is the person who opens the sentence; the body after "of" or
// "at" only describes the person's job inside the apposition.

import type { Sentence } from './sentences.ts'
import type { Cue } from './cue-types.ts'
import type { Discourse } from './discourse.ts'
import type { Resolved } from './attribute.ts'

// The apposition up to the body's name: no comma inside, ending in the preposition that introduces the body.
const JOB_OF = /^,\s+[^,]{1,80}?\b(?:of|at|for|with|from)\s+(?:the\s+)?$/
// Titles before the name ("Cmdr. Sean Robertson"): capitalised words only.
const TITLES = /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u

export function appositiveHead(text: string, s: Sentence, cue: Cue, discourse: Discourse): Resolved | null {
  if (cue.inQuote || cue.speaker?.type !== 'name') return null
  const lead = text.slice(s.start, cue.start)
  for (const n of discourse.here) {
    const at = lead.indexOf(n.name)
    if (at < 0 || !TITLES.test(lead.slice(0, at)) || !JOB_OF.test(lead.slice(at + n.name.length))) continue
    const { name, kind } = discourse.canonical(n.name)
    if (kind === 'person' && name.includes(' ')) return { name, kind: 'person', via: null, named: true }
  }
  return null
}
