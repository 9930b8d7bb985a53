// "The Social Confederation of Koreans in Far East of Russia in a statement
// said", "Cha Sang Bo, vice-chairman of the GAKC, in a press statement on
// October 14 said": the way state media place the text between a speaker
// and the verb. The text is how the speaker spoke, not who spoke (GUIDE 7:
// "the bank said in a statement" stays the bank), so the speaker is the
// subject before "in"; the cue readers took the nearest noun phrase, the
// statement. Only a subject that opens the sentence, so its words are the
// speaker's; a name in apposition ends at its comma.

import type { Resolved } from './attribute.ts'
import { resolveSpeaker } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Discourse } from './discourse.ts'
import type { Token } from './nlp.ts'
import { ORG_WORDS } from './lexicon.ts'
import { phraseEndingAt } from './phrases.ts'
import type { Sentence } from './sentences.ts'
import { describe } from './speakers.ts'

// "in a (press) statement (on October 14)," before the verb, an adverb after it ("bitterly denounced").
const ADJUNCT = /(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?,?\s+in (?:a|an|its|his|her|their) (?:(?:press|joint|written|separate|special|open) )?(?:statement|letter|message|communique|article|interview|speech|commentary|editorial|appeal)(?: (?:on|dated|issued on|released on) [\w ,]{1,30}?)?,?(?:\s+\p{Ll}+ly)?\s*$/u
// A wire's dateline before the subject: "Pyongyang, August 19 (KCNA) -- ".
// (Or a list's bullet: "- A spokesman for the Ministry ... in a statement said", as press reviews list items.)
const DATELINE = /^(?:[^()\n]{0,60}\([^()\n]{1,30}\)\s*(?:--|—|–)|[-–—•*])\s*/u
// A linking adverb and its comma before the subject.
const OPENER = /^(?:Also|Meanwhile|However|Separately|Earlier|Later|Moreover|Furthermore|Additionally|Besides|Likewise|Similarly|In addition|In turn),\s+/
// How far before its verb a subject is read.
const MAX_SUBJECT = 300

export function adjunctSpeaker(text: string, tokens: readonly Token[], s: Sentence, c: Cue, discourse: Discourse): Resolved | null {
  if (c.inQuote || c.trailing || c.speaker?.type !== 'document') return null
  const verb = tokens[c.verb]
  if (!verb || verb.start - s.start > MAX_SUBJECT) return null
  const subject = text.slice(s.start, verb.start)
  const m = ADJUNCT.exec(subject)
  // ("Rodong Sinmun Monday in an article says": the day it spoke stands between the paper and its text.)
  const dated = DATELINE.exec(subject)?.[0].length ?? 0
  // ("Also, the Syrian presidency, in a statement denied": the adverb and its comma open the sentence, not the name.)
  const lead = dated + (OPENER.exec(subject.slice(dated))?.[0].length ?? 0)
  if (!m || m.index <= lead) return null
  let from = s.from
  while (from < s.to && tokens[from]!.start < s.start + lead) from++
  // ("Cha Sang Bo, vice-chairman of ...,": the name before its apposition.)
  const comma = subject.indexOf(',', lead)
  const end = s.start + (comma > lead && comma < m.index ? comma : m.index)
  let j = from
  while (j + 1 < s.to && tokens[j + 1]!.end <= end) j++
  if (tokens[j]!.end > end) return null
  const p = phraseEndingAt(tokens, from, j)
  if (p && (p.a === from || p.a === from + 1 && tokens[from]!.pos === 'DET')) return resolveSpeaker(describe(text, tokens, p), discourse, s.para)
  // ("The Social Confederation of Koreans in Far East of Russia": a body's name with "in" inside, which ends a phrase.)
  const body = BODY_NAME.exec(text.slice(s.start + lead, end))
  if (!body || !body[1]!.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()) || MORE_BODIES.test(w))) return null
  return { name: discourse.canonical(body[1]!).name, kind: 'organisation', via: null, named: true }
}

const BODY_NAME = /^(?:The\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|in|for|the|and|on)\s+){0,2}\p{Lu}[\p{L}'’-]*){1,10})\s*$/u
const MORE_BODIES = /^(?:Confederation|Society|League|Front|Movement)$/
