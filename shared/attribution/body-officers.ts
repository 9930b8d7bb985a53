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
import { ORG_WORDS } from './lexicon.ts'

const ROLE = String.raw`(?:vice[- ])?(?:chairman|chairwoman|chairperson|president)|secretary[- ]general|general secretary|director(?:[- ]general)?|(?:personages|members|representatives|leaders)`
// A body's capitalised name: words joined by hyphens, with "of", "for", "the", "and", "&" between them.
const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’.]*(?:-\p{L}[\p{L}\p{N}'’.]*)*`
const BODY = String.raw`${WORD}(?:\s+(?:(?:of|for|the|and|&)\s+){0,2}${WORD}){0,8}`
// (Case matters: a body's words are capitalised; the sentence's first letter is read in lower case.)
const SUBJECT = new RegExp(String.raw`^(?:(?:meanwhile|however|also|earlier|later),\s+)?(?:(?:the|a|an)\s+)?(${ROLE})\s+of\s+(?:the\s+)?(${BODY})(?=\s*(?:,|\band\b|$))`, 'u')
// Words a body's name ends in that the lexicon's list of body words lacks.
const MORE_BODIES = /^(?:society|league|front|movement|circle|circles|club|network|platform|forum|initiative|coalition)$/
// How far before its verb a subject is read.
const MAX_SUBJECT = 300

export function bodyOfficer(text: string, tokens: readonly Token[], s: Sentence, c: Cue): Resolved | null {
  if (c.inQuote || c.trailing) return null
  const verb = tokens[c.verb]
  if (!verb || verb.start - s.start > MAX_SUBJECT) return null
  const subject = text.slice(s.start, verb.start).trim()
  const m = SUBJECT.exec(subject.replace(/^\p{Lu}/u, (l) => l.toLowerCase()))
  if (!m) return null
  // The rest of the subject joins other parties to the first ("and the chief of ...", ", the Movement ...");
  // a name in apposition ("..., Kim Chol,") is the person's.
  const rest = subject.slice(m.index + m[0].length).trim()
  if (rest && !/^(?:,|and\b)/.test(rest) || /^,\s*\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,?$/u.test(rest)) return null
  const body = m[2]!
  const last = /(\S+)$/.exec(body)![1]!.toLowerCase()
  if (!ORG_WORDS.has(last) && !MORE_BODIES.test(last)) return null
  const role = m[1]!.toLowerCase().replace(/\s+/g, ' ')
  return { name: `${body} ${role} (anonymous)`, kind: 'anonymous', via: null, named: false }
}
