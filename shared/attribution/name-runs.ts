// The names a sentence mentions: runs of capitalised proper-noun tokens
// that describe as names, learnt before the main pass so that a short form
// met first still finds its full name.

import { ofTheInBody } from './of-the-bodies.ts'
import type { Token } from './nlp.ts'
import { isCap } from './phrases.ts'
import type { Sentence } from './sentences.ts'
import { describe } from './speakers.ts'
import { CALENDAR, ORG_WORDS, TITLES } from './lexicon.ts'
import { givenNameAsOther } from './given-names.ts'
import { surnameAsVerb } from './name-lines.ts'
import { bodyThenPerson } from './org-person-runs.ts'
import { PARTICLE, beforeSurname } from './name-particles.ts'
import { GROUP_PLURAL } from './possessive-names.ts'
import { opensWithMeasure } from './financial-measures.ts'

export type Named = { name: string; titles: string[] }

// Runs of capitalised proper-noun tokens that describe as names: the names a sentence mentions.
// The same name recurs through an article: a run is described once per
// wording and tagging (`described`, keyed by both, so the answer is the same).
export function namesIn(text: string, tokens: readonly Token[], s: Sentence, described: Map<string, Named | null>): Named[] {
  const names: Named[] = []
  for (const [a, b] of bodyThenPerson(tokens, nameRuns(tokens, s))) {
    let key = text.slice(tokens[a]!.start, tokens[b - 1]!.end)
    for (let k = a; k < b; k++) key += `|${tokens[k]!.pos}`
    let name = described.get(key)
    if (name === undefined) {
      const speaker = describe(text, tokens, { a, b, descriptor: [] })
      name = speaker?.type === 'name' ? speaker : null
      described.set(key, name)
    }
    if (name) names.push(name)
  }
  return names
}

const SYLLABLE = /^\p{Ll}{2,5}$/u
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
const EDITION_PARTICLE = /^(?:am|della|dello|delle)$/

function nameRuns(tokens: readonly Token[], s: Sentence): [number, number][] {
  const runs: [number, number][] = []
  let a = -1
  for (let k = s.from; k <= s.to; k++) {
    const t = k < s.to ? tokens[k]! : null
    // A capitalised common noun opening the sentence is no name ("Shares of ..."), unless a title ("President Erdogan").
    // "Sun Li, a researcher ...": a capitalised noun opening the sentence before a proper noun starts a name.
    const ok = t !== null && isCap(t) && (t.pos === 'PROPN' || (t.pos === 'NOUN' && (a >= 0 || k > s.from || TITLES.has(t.lower) ||
      k + 1 < s.to && tokens[k + 1]!.pos === 'PROPN' && isCap(tokens[k + 1]!))))
    // ("Rodong Sinmun Friday dedicates an editorial", "Apple Monday said": the day it spoke ends the name before the verb;
    // "Good Friday Agreement", "Black Friday sales" keep it.)
    if (ok && a >= 0 && WEEKDAY.test(t.lower) && k + 1 < s.to && (/^(?:VERB|AUX)$/.test(tokens[k + 1]!.pos) || tokens[k + 1]!.lower === 'in') && !isCap(tokens[k + 1]!)) {
      runs.push([a, k]); a = -1
      continue
    }
    if (ok || t && givenNameAsOther(tokens, k, s) || a >= 0 && t && surnameAsVerb(tokens, k, s)) { if (a < 0) a = k; continue }
    // "Ministry of Transport": a linker between capitalised words stays in the name.
    // ("Commission on Human Rights": "on" after a body's word.)
    // ("The Environmental Protection Agency on Tuesday proposed": a day is no part of a name.)
    // ("held by Hamas for Palestinian prisoners": "for" before an adjective of a common noun joins no name.)
    const common = t?.lower === 'for' && k + 2 < s.to && !isCap(tokens[k + 2]!) && tokens[k + 2]!.pos === 'NOUN'
    if (a >= 0 && t && !common && (/^(?:of|for)$/.test(t.lower) || t.lower === 'on' && ORG_WORDS.has(tokens[k - 1]!.lower)) && k + 1 < s.to && isCap(tokens[k + 1]!) && !CALENDAR.has(tokens[k + 1]!.lower)) {
      // "Shares of Nordwave": a plural noun opening the sentence is not part of the name.
      if (a === s.from && k === a + 1 && /s$/.test(tokens[a]!.lower) && !ORG_WORDS.has(tokens[a]!.lower)) a = -1
      // ("Revenue for Comcast", "Net income of Acme": a financial quantity is no party, the firm after it is.)
      else if (k - a <= 3 && opensWithMeasure(tokens.slice(a, k).map((x) => x.lower))) a = -1
      continue
    }
    // ("Brill Crate & Barrow", "Procter & Gamble": an ampersand between capitalised words joins one firm's name.)
    // (The word after it is the name's whatever the tagger made of it: "Barrow".)
    if (a >= 0 && t && t.text === '&' && k + 1 < s.to && isCap(tokens[k + 1]!)) { k++; continue }
    // ("Welt am Sonntag", "Corriere della Sera": a masthead's particle no person's name carries.)
    if (a >= 0 && t && EDITION_PARTICLE.test(t.text) && k + 1 < s.to && isCap(tokens[k + 1]!)) continue
    // ("the Ministry of National Defence of the DPRK": "of the" inside a body's capitalised name, of-the-bodies.ts.)
    if (a >= 0 && t && (t.lower === 'of' && k + 2 < s.to && ofTheInBody(tokens, k + 2, a) === 2 || t.lower === 'the' && k + 1 < s.to && ofTheInBody(tokens, k + 1, a) === 2)) continue
    // ("Erik van Sebille", "Ursula von der Leyen": a surname's particles inside a name.)
    if (a >= 0 && t && PARTICLE.test(t.text) && beforeSurname(tokens, k, s.to)) continue
    // ("National People's Congress", "All-China Women's Federation": a group's plural owns nothing, the body's name goes on.)
    if (a >= 0 && t && t.lower === "'s" && GROUP_PLURAL.test(tokens[k - 1]!.text) && k + 1 < s.to && isCap(tokens[k + 1]!)) continue
    // ("Workers’ Party of Korea": a plural's bare apostrophe, glued to it, before a capitalised word.)
    if (a >= 0 && t && (t.lower === '’' || t.lower === "'") && /\p{Lu}\p{Ll}+s$/u.test(tokens[k - 1]!.text) && t.start === tokens[k - 1]!.end && k + 1 < s.to && isCap(tokens[k + 1]!) && tokens[k + 1]!.start > t.end) continue
    // "OPEC+": an unspaced plus closes a name.
    if (a >= 0 && t && t.lower === '+' && t.start === tokens[k - 1]!.end) continue
    // "Kassym-Jomart Tokayev": an unspaced hyphen between capitalised words joins one name.
    // ("Kim Jong-un", "Park Sung-hoon": a given name's second syllable is in lower case.)
    if (a >= 0 && t && t.lower === '-' && t.start === tokens[k - 1]!.end && k + 1 < s.to && tokens[k + 1]!.start === t.end && (isCap(tokens[k + 1]!) || SYLLABLE.test(tokens[k + 1]!.text))) continue
    if (a >= 0 && t && SYLLABLE.test(t.text) && tokens[k - 1]!.lower === '-' && tokens[k - 1]!.start === tokens[k - 2]!.end && t.start === tokens[k - 1]!.end) continue
    if (a >= 0) { runs.push([a, k]); a = -1 }
    if (runs.length >= 64) break
  }
  return runs
}
