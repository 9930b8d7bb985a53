// "Kim observed the launches, saying ..., News.Az reports, citing Reuters":
// the writer's own outlet says the story is another outlet's. A person the
// writer first meets in that cited story speaks only through it (GUIDE 5:
// across paragraphs a relay is kept when the source can be known only
// through it), as a source first met in another outlet's interview does
// (relay-inherit.ts): "Kim expressed ..." in the next paragraph is still
// Kim via Reuters. One sentence is read, with names of a few words only.

import { fold } from './fold.ts'
import type { Publisher } from './publisher.ts'

const NAME = String.raw`\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}`
const OWN_CITING = new RegExp(`(${NAME})\\s+(?:reports|reported|says|said|writes|wrote),?\\s+citing\\s+(?:the\\s+)?(${NAME})`, 'gu')
// A sentence longer than this is not read (the work stays bounded).
const LONGEST = 2_000

// Whether the sentence has the writer's own outlet cite `via` for its story.
export function citedByOwn(sentence: string, via: string, publisher: Publisher): boolean {
  if (!publisher.name || sentence.length > LONGEST) return false
  for (const m of sentence.matchAll(OWN_CITING)) if (publisher.isOwn(m[1]!) && fold(m[2]!.replace(/\.$/, '')) === fold(via)) return true
  return false
}
