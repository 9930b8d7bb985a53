// "Garth Brooks ... the country star replied", "Jose Mourinho ... The
// 56-year-old said", "Eyamba Sowers ... The real estate agent said": a
// definite description of one person that no unnamed source of the article
// fits stands for a person named before (GUIDE 4: role nouns resolve to the
// named entity): the one the sentence before opens with, else the one who
// spoke last. Left alone: words that usually describe unnamed sources ("the
// official", "the witness"), someone's ("his lawyer"), and a description the
// article introduced as one ("her boyfriend ... The boyfriend told").

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import { latestSpeaker } from './entity-picks.ts'
import { ANONYMOUS_HEADS } from './lexicon.ts'
import { PARTISANS, SPOKES, THING_NOUNS } from './speaker-words.ts'

const UNNAMED = / \((?:anonymous|unnamed)\)$/
// Words for unnamed sources whatever their article: "the witness", "the resident" are rarely named.
const USUALLY_UNNAMED = /^(?:source|person|witness|resident|employee|staffer|member|officer|insider|neighbou?r|caller|reader|user|viewer|voter|respondent|participant|official|victim|suspect|passenger|driver|customer|patient|student)$/
// Nouns for a person: agent nouns ("manager", "actor", "activist", "agent") and a few others.
const PERSON_NOUN = /^(?:\p{Ll}+(?:er|or|ist|ian|ant|ent|ess|man|woman)|star|boss|chief|coach|mother|father|wife|husband|son|daughter|veteran|native|\d+-year-old)$/u
// How far back the article is read for the description's introduction.
const LOOK_BACK = 4000
// A sentence's or a line's start before a name.
const OPENS = /(?:^|[.!?]["”’]?\s+|\n\s*)$/

export function definitePerson(cue: Cue, text: string, discourse: Discourse, para: number): Resolved | null {
  const s = cue.speaker
  if (s?.type === 'name') return partisan(cue, s.name, text, discourse, para)
  if ((s?.type === 'anonymous' || s?.type === 'role') && topPost(cue, text)) { const person = lastSpoke(discourse, para); return person ? { name: person, kind: 'person', via: null, named: false } : null }
  if (s?.type !== 'anonymous' || !s.definite || s.ordinal !== undefined || !s.head) return null
  const words = s.name.replace(UNNAMED, '').split(' ')
  const last = words.at(-1)!
  if (words.length > 4 || !PERSON_NOUN.test(last) || THING_NOUNS.test(last) || ANONYMOUS_HEADS.has(last) || SPOKES.has(last) || USUALLY_UNNAMED.test(last)) return null
  // Written with "the" or "this", not "his" or "their" (someone's, not the person named last).
  const run = words.map(escape).join('\\s+')
  if (!new RegExp(`(?:^|\\s)(?:the|this)\\s+${run}\\b`, 'iu').test(text.slice(cue.start, cue.end))) return null
  // ("her 24-year-old boyfriend", "a real estate agent": the article met this person as a description.)
  const before = text.slice(Math.max(0, cue.start - LOOK_BACK), cue.start)
  if (new RegExp(`\\b(?:a|an|his|her|their|its|[\\p{L}]+['’]s)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}${escape(last)}\\b`, 'iu').test(before)) return null
  if (discourse.resolveAnonymous(s.head)) return null
  const person = subjectBefore(discourse, before) ?? lastSpoke(discourse, para)
  return person ? { name: person, kind: 'person', via: null, named: false } : null
}

// "Rep. Darrell Issa ... the California Republican said": a party's member described by place and
// party, with "the", is the member named before (GUIDE 4), not a name.
function partisan(cue: Cue, name: string, text: string, discourse: Discourse, para: number): Resolved | null {
  const words = name.split(' ')
  // (A place before the party: "the Independent" alone is a newspaper.)
  if (words.length < 2 || words.length > 3 || !PARTISANS.test(words.at(-1)!)) return null
  if (!new RegExp(`(?:^|\\s)(?:the|this)\\s+${words.map(escape).join('\\s+')}\\b`, 'iu').test(text.slice(cue.start, cue.end))) return null
  const person = subjectBefore(discourse, text.slice(Math.max(0, cue.start - LOOK_BACK), cue.start)) ?? lastSpoke(discourse, para)
  return person ? { name: person, kind: 'person', via: null, named: false } : null
}

// The person the sentence before opens with, its subject ("Eyamba Sowers didn't know ...").
function subjectBefore(discourse: Discourse, before: string): string | null {
  for (const n of discourse.before) {
    const { name, kind } = discourse.canonical(n.name)
    if (kind !== 'person') continue
    const at = before.lastIndexOf(n.name)
    if (at >= 0 && OPENS.test(before.slice(Math.max(0, at - 4), at))) return name
  }
  return null
}

// The person who spoke last in reach; none when an unnamed source spoke after them ("A resident said ... the woman said").
function lastSpoke(discourse: Discourse, para: number): string | null {
  const near = discourse.inReach(para).filter((e) => e.kind === 'person' || e.kind === 'anonymous')
  const spoke = latestSpeaker(near)
  return spoke?.kind === 'person' ? spoke.name : null
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// "Russia's top diplomat", "the country's chief negotiator": the one holder of a post, named before.
// ("the Russian top diplomat noted": a country's adjective before the post too.)
const TOP_POST = /(?:\b(?:the|its|their)(?:\s+\p{Lu}\p{Ll}+)?|\p{Lu}[\p{L}.]*['’]s)\s+(?:top|chief)\s+(?:diplomat|general|prosecutor|negotiator|envoy|commander)\b/u
const topPost = (cue: Cue, text: string) => TOP_POST.test(text.slice(cue.start, cue.end))
