// "Chuck Fields of the American Farm Bureau Federation said", "Shuichi
// Takemoto of the Foreign Ministry's North American Division told Reuters",
// "Wray Grimaldi of the University of Otago in Dunedin, New Zealand, said":
// the cue readers take the body or place nearest the verb for the speaker,
// but the person the chain of "of", "at" and "in" hangs from is the one who
// spoke (GUIDE 4: a person, whom the body only describes).

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Sentence } from './sentences.ts'
import { PERSON_ROLES } from './lexicon.ts'

// Between the person and the speaker phrase: a preposition, then a chain of names (capitalised words,
// "the", "of", "in", "and", possessives, commas, a short bracket), no verb or clause.
const CHAIN = /^,?\s+(?:of|at|from|with)\s+(?:(?:the|of|in|and|for|&|\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s?)?|\([\p{Lu}\p{N}][^()]{0,40}\))[,\s]+)*$/u
// ("Nadia Lovell, senior U.S. equity strategist, UBS Global Wealth Management said": the person's job between
// commas, its last word a role noun, then the employer nearest the verb.)
const JOB_THEN = /^,\s+(?:[\p{L}.&'’-]+\s+){0,5}(\p{Ll}+),\s+(?:the\s+)?$/u
// A person after one of these is the object of another's words ("a lawyer for John Smith of Acme said").
const GOVERNED = /(?:\b(?:for|of|to|by|with|at|from|on|against|and|or|the|a|an|about|than|like)|['’]s?)\s*$/i
// Words a cue may open with before the speaker's name: "the", names and possessives ("the Foreign Ministry's").
const OPENERS = /^(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s?)?\s+)*$/u
// How far before the speaker phrase the person may stand.
const MAX_CHAIN = 160

export function personBeforeChain(text: string, s: Sentence, c: Cue, discourse: Discourse): Resolved | null {
  if (c.inQuote || c.speaker?.type !== 'name') return null
  // (Only a speaker phrase before its verb, opening the cue: "X said", "the Foreign Ministry's X told", not "said X".)
  const phrase = text.indexOf(c.speaker.name, c.start)
  if (phrase < 0 || phrase >= c.end || !OPENERS.test(text.slice(c.start, phrase))) return null
  const from = Math.max(s.start, c.start - MAX_CHAIN)
  const lead = text.slice(from, phrase)
  let best: { name: string; at: number } | null = null
  for (const n of discourse.here) {
    const at = lead.lastIndexOf(n.name)
    if (at < 0 || best && best.at > at) continue
    const { name, kind } = discourse.canonical(n.name)
    // (A person the article names in full: a lone capitalised word may be a place or a firm.)
    if (kind !== 'person' || !name.includes(' ') || name === c.speaker.name) continue
    const between = lead.slice(at + n.name.length)
    const job = JOB_THEN.exec(between)
    if (!(CHAIN.test(between) || job && PERSON_ROLES.has(job[1]!)) || GOVERNED.test(lead.slice(0, at))) continue
    best = { name, at }
  }
  return best ? { name: best.name, kind: 'person', via: null, named: true } : null
}
