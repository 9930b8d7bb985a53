// "The High Street retailer said", "The Indonesian Economics Minister
// explained": a definite description whose words are capitalised reads as a
// name ("High Street", "Indonesian Economics Minister"), yet it is a role
// noun with its modifiers, standing for the firm or the person named before
// (GUIDE 4). Read as a role, it resolves the way "the retailer" or "the
// minister" does; when nothing in reach fits, the name reading stands.
// Left alone: a body's own name ("the Federal Reserve Bank", whose last word
// is capitalised and is no person's title), and any phrase with a person's
// name in it ("the Economics Minister Aburizal Bakrie").

import type { Cue } from './cue-types.ts'
import type { Discourse } from './discourse.ts'
import type { Resolved } from './attribute.ts'
import { COMPANY_HEADS } from './org-forms.ts'
import { DEMONYMS } from './lexicon.ts'

// Titles of one office holder, written capitalised or not.
const PERSON_HEADS = /^(?:minister|president|premier|chancellor|secretary|governor|mayor|ambassador|envoy|spokesman|spokeswoman|spokesperson)$/
// At most this many words before the role noun.
const MAX_MODS = 4

export function describedName(cue: Cue, text: string, discourse: Discourse, para: number): Resolved | null {
  const s = cue.speaker
  if (s?.type !== 'name' || cue.inQuote) return null
  const phrase = text.slice(cue.start, cue.end)
  if (!/^the\s/i.test(phrase) || !phrase.slice(4).trimStart().startsWith(s.name)) return null
  const words = s.name.split(/\s+/)
  const after = phrase.slice(4).trimStart().slice(s.name.length).trim().split(/\s+/)
  // "The High Street retailer": the role noun is a title after the name; "the French manufacturer": the name's last word.
  const titled = s.titles.length > 0 && after[0] === s.titles.at(-1)
  const head = titled ? after[0]! : words.at(-1)!
  const mods = titled ? words : words.slice(0, -1)
  // ("the oil company": a trade in lower case is described-groups' and company-nouns' reading, not a name's.)
  if (mods.length === 0 || mods.length > MAX_MODS || !mods.every((m) => /^\p{Lu}/u.test(m))) return null
  // (A firm's role noun is written in lower case: "the Royal Bank" is a name.)
  // ("the French manufacturer": a firm told apart by its country, which the article may not have said of any firm.)
  const org = COMPANY_HEADS.has(head) && !mods.some((m) => DEMONYMS.has(m.toLowerCase()))
  const person = PERSON_HEADS.test(head.toLowerCase())
  if (!org && !person) return null
  const entity = discourse.resolve(org
    ? { type: 'role', head, mods: [], group: 'org' }
    : { type: 'role', head: head.toLowerCase(), mods: [], group: 'person', owned: false }, para)
  // (A person must hold the title: "the minister" is no one else who spoke last.)
  if (!entity || entity.kind !== (org ? 'organisation' : 'person') || person && !entity.roles.has(head.toLowerCase())) return null
  return { name: entity.name, kind: entity.kind, via: null, named: false }
}
