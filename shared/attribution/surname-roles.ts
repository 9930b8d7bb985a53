// "Psilocybin transformed the brain's organization, Expert said", "Indeed,
// Doctor asserts": a capitalised role noun with no article before a verb is
// no unnamed expert or doctor (English needs "an expert", "the doctor") but
// the surname of a person the article names in full ("Paul Expert", "Ken
// Doctor"); that person is the source (GUIDE 4: the fullest form).

import type { Cue } from './cue-types.ts'
import type { Discourse } from './discourse.ts'
import type { Resolved } from './attribute.ts'

export function surnameSpeaker(text: string, cue: Cue, discourse: Discourse): Resolved | null {
  const speaker = cue.speaker
  if (cue.inQuote || !speaker || speaker.type !== 'anonymous' && speaker.type !== 'role') return null
  const head = speaker.head
  if (!head || /\s/.test(head)) return null
  // The cue opens with the word as written, capitalised, with nothing before it.
  const word = /^\p{Lu}\p{Ll}+/u.exec(text.slice(cue.start, cue.end))?.[0]
  if (!word || word.toLowerCase() !== head) return null
  const { name, kind } = discourse.canonical(word)
  return kind === 'person' && name.includes(' ') && name.endsWith(` ${word}`) ? { name, kind: 'person', via: null, named: true } : null
}
