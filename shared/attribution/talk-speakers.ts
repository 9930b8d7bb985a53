// "Speculation in the industry suggested ...", "Market talk had it that ...":
// talk no one puts a name to presents its content as others' (GUIDE 2), so
// it is an unnamed source named as written ("speculation in the industry
// (anonymous)"), never a person called "Speculation" whom a later "he"
// could stand for.

import type { Speaker } from './speaker-type.ts'
import { slice, type PhraseWords } from './phrase-words.ts'

const TALK = /^(?:speculation|rumou?rs?|talk|chatter|gossip|whispers)$/
// The words that may place the talk after its noun: "in the industry", "among traders".
const PLACED = /^(?:in|among|on|across|around|within|from)$/
// A word naming whose talk it is, before the noun: "market speculation", "industry rumours".
const WHOSE = /^(?:market|industry|media|trade|dealer|trader|analyst|local|wall)$/

// The unnamed talk the phrase names, or null.
export function talkSpeaker(p: PhraseWords): Speaker | null {
  const { text, tokens, a, b, det, lower } = p
  if (det !== '' && det !== 'the') return null
  const at = TALK.test(lower[0]!) ? 0 : lower.length > 1 && WHOSE.test(lower[0]!) && TALK.test(lower[1]!) ? 1 : -1
  if (at < 0 || lower.length > at + 1 && !PLACED.test(lower[at + 1]!)) return null
  const name = slice(text, tokens, a, lower.length > at + 1 ? b : placeAfter(tokens, b))
  return { type: 'anonymous', name: `${name[0]!.toLowerCase()}${name.slice(1)} (anonymous)`, head: lower[at]! }
}

// Where the talk's placing words after the phrase end ("Speculation | in the industry suggested"): at most a
// preposition and four words of a noun phrase, else the phrase's own end `b`.
function placeAfter(tokens: PhraseWords['tokens'], b: number): number {
  const at = tokens[b]
  if (!at || !PLACED.test(at.lower) || at.sentence !== tokens[b - 1]!.sentence) return b
  let k = b + 1
  while (k < tokens.length && k <= b + 4 && tokens[k]!.sentence === at.sentence && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) k++
  return k > b + 1 && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) ? k : b
}

// Whether an entity's name is such talk, which no "he" or "she" stands for (pronoun-persons.ts).
export function namesTalk(name: string): boolean {
  const words = name.toLowerCase().split(' ')
  return TALK.test(words[0]!) || WHOSE.test(words[0]!) && TALK.test(words[1] ?? '')
}
