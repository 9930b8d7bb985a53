// "China's foreign ministry spokesperson Mao Ning said ... The ministry has
// criticised ...": a title that names the body a person speaks for brings
// that body into the discourse, so "the ministry" later is that one.

import type { Cue } from './cues.ts'
import type { Token } from './nlp.ts'
import { ORG_ROLES, ORG_WORDS } from './lexicon.ts'
import { describe } from './speakers.ts'

export function bodyInTitle(text: string, tokens: readonly Token[], c: Cue): string | null {
  if (c.kind !== 'verb' || c.speaker?.type !== 'name' || !c.speaker.titles.some((t) => ORG_ROLES.has(t))) return null
  let a = c.verb
  while (a > 0 && tokens[a - 1]!.start >= c.start) a--
  let body = -1
  for (let k = a; k < c.verb; k++) if (ORG_ROLES.has(tokens[k]!.lower) && !tokens[k]!.cap) body = k
  if (body <= a) return null
  let named = false
  for (let k = a; k < body; k++) if (tokens[k]!.cap) named = true
  if (!named) return null
  const speaker = describe(text, tokens, { a, b: body + 1, descriptor: [] })
  return speaker?.type === 'name' ? speaker.name : null
}

// "Eurofer, the European steel association, welcomed the move": a name the
// article describes as a body is an organisation, so "the group" finds it.
// ("He Yadong, a spokesperson for the ministry,": the appositive's head comes before any preposition.)
const DESCRIBED = /^, (?:the|a|an|\p{Lu}\p{L}*['’]s) (?:(?!(?:of|for|at|with|in|from|to|on) )[\p{L}'’-]+ ){0,4}?([\p{Ll}-]+)(?=[,.])/u

export function describedAsBody(text: string, s: { start: number; end: number }, name: string): boolean {
  // (Searched within the sentence only: a name recurs, and the text may be long.)
  const sentence = text.slice(s.start, s.end)
  const at = sentence.indexOf(`${name}, `)
  if (at < 0) return false
  const head = DESCRIBED.exec(sentence.slice(at + name.length, at + name.length + 80))?.[1]
  return head !== undefined && (ORG_ROLES.has(head) || ORG_WORDS.has(head))
}
