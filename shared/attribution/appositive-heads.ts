// "Jeff Sanborn, president of Chapter & Verse, an ad agency, said ...",
// "Omar Lamrani, a senior analyst at Stratfor, told VOA ...": the verb's
// subject is the person who opens the sentence; the body after "of" or
// "at" only describes the person's job inside the apposition.

import type { Sentence } from './sentences.ts'
import type { Cue } from './cue-types.ts'
import type { Discourse } from './discourse.ts'
import type { Resolved } from './attribute.ts'
import { PERSON_ROLES, TITLES as TITLE_WORDS } from './lexicon.ts'

const ROLE_WORDS = new Set([...PERSON_ROLES, ...TITLE_WORDS])

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

// "Senator James Lankford, an Oklahoma Republican who warned ..., played
// down", "Chi Onwurah, the Labour MP for Newcastle Central, said", "Erik van
// Sebille, a physical oceanographer at the University of New South Wales in
// Sydney told": a cue whose speaker sits inside the apposition to the person
// who opens the sentence is that person's. The apposition opens with an
// article, a lower-case word or a capitalised title ("Director of Public
// Affairs at ..."), so "Smith, Jones and Brown said" stays a list.
const OPENER = /^(?:a|an|the|another|one|his|her|\p{Ll}[\p{L}-]*)\s/u
// The cue's speaker is the apposition itself, or the body named after one of its prepositions
// ("at the University of California, Berkeley"); a subject deeper in it ("who led ... most
// pollsters believed") or after it ("..., is accused by critics") is someone else.
const INSIDE = /(?:^, |\b(?:of|at|for|with|from|in)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’&-]*\s+)*\p{Lu}[\p{L}.'’&-]*,\s+)?)$/u
// The speaker's own name when the cue starts at its verb ("at New York State Division of ... Affairs told").
const NAME_BEFORE_CUE = /(?<=\s)(?:\p{Lu}[\p{L}.'’&-]*\s+)(?:(?:\p{Lu}[\p{L}.'’&-]*|of|and|for|&)\s+)*$/u
const BREAKS = /["“”;:()]/
// What may come before the person in the sentence: an opening phrase ("Despite the concern from New
// Yorkers,"), a quotation the person closes, and titles ("Cmdr.", "Senator").
const CLAUSE_START = /^(?:(?:Despite|After|Before|During|In|On|At|While|When|Asked|Speaking|However|But|And|Meanwhile)\b[^,"“”]{0,80},\s+|[“"][^“”"]*[,!?]["”]\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u
const MAX_APPOSITION = 160

export function appositiveSpeaker(text: string, s: Sentence, cue: Cue, discourse: Discourse): Resolved | null {
  if (cue.inQuote || cue.kind !== 'verb' || !cue.speaker || cue.speaker.type === 'pronoun') return null
  const lead = text.slice(s.start, cue.start)
  // The name that opens the sentence: the first, and the longest there ("James Roosevelt Jr.", not "Roosevelt Jr.").
  let found: { name: string; at: number; end: number } | null = null
  for (const n of discourse.here) {
    const at = lead.indexOf(n.name)
    if (at < 0 || !CLAUSE_START.test(lead.slice(0, at)) || found && (at > found.at || at === found.at && n.name.length <= found.end - at)) continue
    const { name, kind } = discourse.canonical(n.name)
    if (kind === 'person' && name.includes(' ')) found = { name, at, end: at + n.name.length }
  }
  if (!found) return null
  const after = lead.slice(found.end)
  if (!after.startsWith(', ') || after.length > MAX_APPOSITION || BREAKS.test(after) || !INSIDE.test(after.replace(NAME_BEFORE_CUE, ''))) return null
  // The apposition's first words: in the lead, or the cue's own when it starts right after the comma.
  const opening = after.length > 2 ? after.slice(2) : text.slice(cue.start, cue.end)
  const word = /^[\p{L}.-]+/u.exec(opening)?.[0] ?? ''
  if (!OPENER.test(`${opening} `) && !ROLE_WORDS.has(word.toLowerCase().replace(/\.$/, '')) && !ownerRole(opening)) return null
  return { name: found.name, kind: 'person', via: null, named: true }
}

// ("..., Anna Berg, WMC director said": a role after its body's capitalised name, with no article.)
const OWNER_ROLE = /^(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(\p{Ll}+)\b/u
function ownerRole(opening: string): boolean {
  const m = OWNER_ROLE.exec(opening)
  return m !== null && ROLE_WORDS.has(m[1]!)
}
