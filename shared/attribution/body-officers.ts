// An officer of a body the text names but does not name himself: "The
// chairman of the Sweden-Korea Friendship Association said", "Personages of
// the Italian Communist Party, ... disclosed", as state media report
// meetings abroad. The speaker is the body's officer, unnamed (the README's
// convention for "an official at the Ministry ...": `Sweden-Korea Friendship
// Association chairman (anonymous)`), not a word of the body's name the
// tagger read as one ("Friendship") nor a body named after it ("the Juche
// Idea"). The subject must open the sentence (after a connective), so the
// words before the verb are the speaker's; of several bodies joined there,
// the first is his. A person the role is followed by ("the chairman of X, Kim
// Chol, said") is left to the name readers.

import type { Resolved } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import { countryOfficer } from './country-officers.ts'
import { ORG_WORDS } from './lexicon.ts'

// ("the national security adviser of the White House", "a spokesman of the ministry": an officer who speaks for it.)
const ROLE = String.raw`(?:(?:first|deputy|vice|co|executive|acting|assistant|senior)[- ])?(?:chairman|chairwoman|chairperson|chair|president|chief|head|member|secretary(?:[- ]general)?|director(?:[- ]general)?|spokes(?:man|woman|person)|official|(?:national security )?advis[eo]r)|general secretary|(?:national )?leader|(?:personages|members|representatives|leaders|officials)`
// A body's capitalised name: words joined by hyphens, with "of", "for", "the", "and", "&" between them.
const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’.]*(?:-\p{L}[\p{L}\p{N}'’.]*)*`
const BODY = String.raw`${WORD}(?:\s+(?:(?:of|for|the|and|&|with|in|on)\s+){0,2}${WORD}){0,8}`
// (Case matters: a body's words are capitalised; the sentence's first letter is read in lower case.)
// ("Some days ago, the ...": a time before the subject.)
const SUBJECT = new RegExp(String.raw`^(?:(?:meanwhile|however|also|earlier|later|recently|some days ago|days ago|last week),\s+)?(?:(?:the|a|an)\s+)?(${ROLE})\s+of\s+(?:the\s+)?(${BODY})(?=\s*(?:,|\band\b|\bin\b|$)|\s+\p{Ll}+ly$)`, 'u')
// Words a body's name ends in that the lexicon's list of body words lacks.
const MORE_BODIES = /^(?:society|league|front|movement|circle|circles|club|network|platform|forum|initiative|coalition)$/
// The text the officer spoke in, between the subject and its verb: "The chairman of ... in a statement said".
const IN_TEXT = /^in (?:a|an|his|her|their|its) (?:(?:press|joint|written|separate) )?(?:statements?|letters?|messages?|articles?|speech(?:es)?|interviews?)(?: (?:on|dated) [\w ,]{1,30})?,?$/
const DATELINE = /^[^]{1,60}?\s--\s+/
// ("... Monday issued the following press statement": the day before the verb.)
const WEEKDAY = /\s+(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/
// The "of" both readings join the role and the country or body with.
const ROLE_OF = /\sof\s/
// How far before its verb a subject is read.
const MAX_SUBJECT = 300

export function bodyOfficer(text: string, tokens: readonly Token[], s: Sentence, c: Cue): Resolved | null {
  // (A cue read as trailing after a time opening the sentence, "Some days ago, the chairman of ... said", still has its subject first.)
  if (c.inQuote) return null
  const verb = tokens[c.verb]
  if (!verb || verb.start - s.start > MAX_SUBJECT) return null
  // (A frame after the agency's dateline: "Pyongyang, May 27 (KCNA) -- A spokesperson of ... issued".)
  // (Each pattern only where the words it needs are: every cue's subject is read here, and an anchored
  // pattern tried on one that cannot match still walks it; the lower-cased copy is made for a few.)
  const trimmed = text.slice(s.start, verb.start).trim()
  const dated = trimmed.includes('--') ? trimmed.replace(DATELINE, '') : trimmed
  const subject = dated.endsWith('day') ? dated.replace(WEEKDAY, '') : dated
  if (!ROLE_OF.test(subject)) return null
  const officer = countryOfficer(subject)
  if (officer) return { name: officer, kind: 'anonymous', via: null, named: false }
  const m = SUBJECT.exec(subject.replace(/^\p{Lu}/u, (l) => l.toLowerCase()))
  if (!m) return null
  // The rest of the subject joins other parties to the first ("and the chief of ...", ", the Movement ...");
  // a name in apposition ("..., Kim Chol,") is the person's.
  const rest = subject.slice(m.index + m[0].length).trim()
  // ("... openly said": a manner word before the verb.)
  if (rest && !/^(?:,|and\b)/.test(rest) && !IN_TEXT.test(rest) && !/^\p{Ll}+ly$/u.test(rest) || /^,\s*\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,?$/u.test(rest)) return null
  // (A body's word may stand before its place or theme: "the National Salvation Front of Russia",
  // "the Nepali Literary Forum for the Study of Juche".)
  if (!hasBodyWord(m[2]!)) return null
  const role = m[1]!.toLowerCase().replace(/\s+/g, ' ')
  return { name: `${bodyFirst(m[2]!)} ${role} (anonymous)`, kind: 'anonymous', via: null, named: false }
}

// (A state is no body here: "the president of the Republic of ...", "of the Russian Federation".)
const STATES = /^(?:republic|kingdom|emirates|states)$/
function hasBodyWord(name: string): boolean {
  const words = name.split(/\s+/).map((w) => w.toLowerCase())
  return words.some((w, i) => !STATES.test(w) && !(i === words.length - 1 && /^(?:federation|union)$/.test(w)) && (ORG_WORDS.has(w) || MORE_BODIES.test(w)))
}

// A body inside a body is named after the outer one, as an office is: "the Supreme Council of the
// National Socialist Party of Romania" -> "National Socialist Party of Romania Supreme Council"
// ("Romanian foreign ministry" for "the foreign ministry of Romania"). A theme after "of the" stays
// ("the Asian Regional Institute of the Juche Idea").
function bodyFirst(body: string): string {
  const at = body.indexOf(' of the ')
  if (at < 0) return body
  const inner = body.slice(0, at)
  const outer = body.slice(at + ' of the '.length)
  return hasBodyWord(inner) && hasBodyWord(outer) && !/^(?:of|the)\b/.test(outer) ? `${outer} ${inner}` : body
}
