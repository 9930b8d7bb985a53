// "Western diplomats and military sources in the area said", "The CIA, FBI
// and the National Security Agency said", "the White House and former
// campaign officials dismissed", "he and others said": the cue's speaker
// phrase is only the last of several subjects joined by "and"; the source is
// the first of them (GUIDE 4; the others are other sources of the sentence).
// The first must open its clause (the sentence's start, or after a comma),
// so "prices fell and analysts said" (a clause of its own) is left alone,
// and it must read as a speaker: a name, a personal pronoun, or people.
// Two groups that speak as one ("Pilots and aviation experts") are already
// one phrase (coordinated-groups.ts) and never reach here.

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import type { Cue } from './cue-types.ts'
import type { Discourse } from './discourse.ts'
import type { Resolved } from './attribute.ts'
import { resolveSpeaker } from './attribute.ts'
import { phraseEndingAt, type Phrase } from './noun-phrases.ts'
import { describe } from './speakers.ts'
import { ANONYMOUS_HEADS, TITLES } from './lexicon.ts'

// At most this many names listed with commas before the "and".
const MAX_LIST = 4
const PERSONAL = /^(?:he|she|they)$/
// Plural nouns of people or parties that speak: "opposition parties", "rights groups".
const PEOPLE = /^(?:parties|groups|unions|companies|governments|lawmakers|legislators|leaders|ministers|officials|diplomats|analysts|economists|experts|critics|residents|witnesses|activists|sources)$/

// A capitalised name, with its "the" or not.
const named = (tokens: readonly Token[], p: Phrase) => tokens[p.a]!.cap || tokens[p.a]!.lower === 'the' && p.b - p.a > 1 && tokens[p.a + 1]!.cap

// The phrase with the "the" before it ("the Coast Guard").
const withThe = (tokens: readonly Token[], floor: number, p: Phrase | null) =>
  p && p.a - 1 >= floor && tokens[p.a - 1]!.lower === 'the' ? { ...p, a: p.a - 1 } : p

export function firstConjunct(text: string, tokens: readonly Token[], s: Sentence, cue: Cue, discourse: Discourse): Resolved | null {
  if (cue.kind !== 'verb' || cue.inQuote || cue.trailing || !cue.speaker) return null
  let k = s.from
  while (k < s.to && tokens[k]!.start < cue.start) k++
  // The speaker phrase opens the cue, right after "and" (or "and the").
  if (k >= s.to || tokens[k]!.start !== cue.start) return null
  // ("X and Premier Y have affirmed": a stance verb's cue is the verb alone; its subject ends before it, past "have".)
  // (Only a titled person read with the first's name in his titles: "School of Business and Governance" is one body.)
  if (/^(?:VERB|AUX)$/.test(tokens[k]!.pos) && cue.speaker.type === 'name' && cue.speaker.titles.includes('and')) {
    let e = k - 1
    while (e > s.from && (/^(?:have|has|had|also|jointly|both)$/.test(tokens[e]!.lower))) e--
    const subject = phraseEndingAt(tokens, s.from, e)
    if (!subject) return null
    // (The phrase reader joins two titled names; the second starts after the last "and" in it.)
    let j = e
    while (j > subject.a && !(tokens[j]!.lower === 'and' && tokens[j + 1]!.cap)) j--
    const second = j > subject.a ? j + 1 : subject.a
    if (!tokens[second]!.cap || tokens[second - 1]?.lower !== 'and') return null
    // ("Chief Information Officer and Additional Deputy Police Commissioner Sabina Yeasmin": two posts of one person.)
    if (TITLES.has(tokens[second - 2]!.lower)) return null
    k = second
  }
  let and = k - 1
  if (and > s.from && tokens[and]!.lower === 'the') and--
  // ("Jake Garn, Richard Shelby and John Heinz said": the cue's phrase is the list's last two, joined; the comma before
  // it goes on to the first, as "and" would.)
  const joined = cue.speaker.type === 'name' && / and /.test(cue.speaker.name) && tokens[k - 1]?.lower === ','
  if (joined) and = k - 1
  if (and - 1 < s.from || tokens[and]!.lower !== 'and' && !joined) return null
  let phrase = withThe(tokens, s.from, phraseEndingAt(tokens, s.from, and - 1))
  if (!phrase) return null
  // "The CIA, Federal Bureau of Investigation and ...": back to the first of the list.
  for (let n = 0; n < MAX_LIST && phrase.a - 2 >= s.from && tokens[phrase.a - 1]!.lower === ','; n++) {
    const earlier = withThe(tokens, s.from, phraseEndingAt(tokens, s.from, phrase.a - 2))
    // ("However, opposition parties and ...": an opening adverb is no name of the list.)
    if (!earlier || !named(tokens, phrase) || !named(tokens, earlier) || !/^(?:PROPN|NOUN)$/.test(tokens[earlier.b - 1]!.pos)) break
    phrase = earlier
  }
  // ("Oct 11 (NHK) - X and Y said": a dateline's dash opens the clause as a comma does.)
  if (phrase.a > s.from && !/^(?:,|-|–|—)$/.test(tokens[phrase.a - 1]!.lower)) return null
  // ("In Washington, Garn and Heinz said": a setting before the comma is no name of the list.)
  if (joined && (/^(?:ADP|ADV|SCONJ)$/.test(tokens[phrase.a]!.pos) || !tokens[phrase.b - 1]!.cap)) return null
  // ("Both Roscosmos and NASA": the first word of the pair.)
  if (tokens[phrase.a]!.lower === 'both') phrase = { ...phrase, a: phrase.a + 1 }
  if (phrase.a >= phrase.b) return null
  const speaker = describe(text, tokens, phrase)
  if (!speaker) return null
  const head = tokens[phrase.b - 1]!.lower
  if (speaker.type === 'pronoun' && !PERSONAL.test(speaker.word)) return null
  if (speaker.type === 'document' || speaker.type === 'office') return null
  if (speaker.type === 'anonymous' && !ANONYMOUS_HEADS.has(head) && !PEOPLE.test(head)) return null
  // ("traders and analysts in oil markets": a bare plural before an unnamed group is one group with it.)
  if (phrase.b - phrase.a === 1 && speaker.type === 'anonymous' && cue.speaker.type === 'anonymous' && tokens[and + 1]!.start === cue.start) {
    return { name: `${tokens[phrase.a]!.text} and ${cue.speaker.name}`, kind: 'anonymous', via: null, named: true }
  }
  // ("Work and pensions minister Alan Johnson": one bare capitalised word opening the sentence must be a name the article uses.)
  if (speaker.type === 'name' && phrase.a === s.from && phrase.b - phrase.a < 2 && !discourse.entity(speaker.name) && !discourse.entity(discourse.canonical(speaker.name).name)) return null
  if (speaker.type === 'name' && !tokens[phrase.b - 1]!.cap) {
    // A common plural that speaks ("opposition parties"), named as an unnamed group.
    if (!PEOPLE.test(head)) return null
    const words = text.slice(tokens[phrase.a]!.start, tokens[phrase.b - 1]!.end).replace(/^(?:the|some|many)\s+/i, '')
    return { name: `${words} (anonymous)`, kind: 'anonymous', via: null, named: true }
  }
  return resolveSpeaker(speaker, discourse, s.para)
}
