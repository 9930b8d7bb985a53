// A title whose only cue makes a group of things or states its speaker
// ("Daily Varnian: Nordland under strain as Western states recognise
// Ostia", "Leaked cables downplay damage from strike, Paper reports")
// while the title names who speaks: the speaker before its colon
// (headline-speaker.ts) or the outlet the cue passes the words on through.
// A group of people ("officials say", "medics report") stays the source; so
// does a group of things when the title names no one else.

import type { Attribution } from './attribute.ts'
import { ANONYMOUS_HEADS, PERSON_ROLES } from './lexicon.ts'
import { headOf, pluralHead } from './plural-heads.ts'

// Whether the attribution's speaker is an unnamed group that is no people: "nations", "communications".
export function thingGroup(a: Attribution): boolean {
  if (a.kind !== 'anonymous' || a.main.speaker?.type !== 'anonymous' || !pluralHead(a.source)) return false
  // (The head as the name writes it, plural: "communications", "nations"; one of people is no thing.)
  const head = headOf(a.source)
  const one = head.replace(/ies$/, 'y').replace(/s$/, '')
  return !(ANONYMOUS_HEADS.has(head) || ANONYMOUS_HEADS.has(one) || PERSON_ROLES.has(one) || /(?:er|or|ist|ian|ant|ent|man|men|person|ee|ic)s$/.test(head))
}

// The title's own speaker in place of a group of things: `named` the colon's speaker, if any.
export function headlineGroup(a: Attribution, named: Attribution | null): Attribution {
  if (!thingGroup(a)) return a
  if (named) return named
  // (The relay's own cue, ", Paper reports", is the title's cue then.)
  if (a.via) return { ...a, source: a.via, kind: 'outlet', via: null, main: a.cues.find((c) => c !== a.main) ?? a.main }
  return a
}
