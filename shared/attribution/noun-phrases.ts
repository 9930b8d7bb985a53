// Noun phrases around a cue: the one ending before a verb ("Wang Xiaoquan
// told"), the one starting after it ("said Sun Xiuwen"), after "according
// to" or "per". Every walk is bounded by MAX_NP tokens.

import { postedIn } from './posted-bodies.ts'
import type { Token } from './nlp.ts'
import { ANONYMOUS_HEADS, ORG_ROLES, ORG_WORDS, SOURCE_PLACES } from './lexicon.ts'
import { joinsGroup } from './coordinated-groups.ts'
import { personBeforeOf } from './surname-of-body.ts'
import { placeOfSource, unnamedHead } from './based-places.ts'
import { ofTheInBody } from './of-the-bodies.ts'
import { namedPerson } from './named-persons.ts'
import { topicEnd } from './known-topics.ts'
import { describedRun } from './described-runs.ts'
import { aimLink } from './aim-bodies.ts'
import { commaInBodyName, listedNameEnd } from './listed-bodies.ts'

export interface Phrase {
  a: number
  b: number
  // The appositive after a name (", an expert with the Institute ..."), lower-case words.
  descriptor: string[]
  // Tokens [from, to) inside the phrase that do not describe the speaker ("Austin, Texas-based").
  skip?: [number, number]
}

const MAX_NP = 14
const MISSIONS = /^(?:mission|delegation|embassy|representation)$/
const SPOKES = /^(?:spokesman|spokeswoman|spokesperson|representative)$/
// ("Bild am Sonntag", "Gazzetta dello Sport": a foreign masthead's particle between its capitalised words.)
const LINKERS = new Set(['of', 'for', 'and', '&', 'de', 'am', 'della', 'dello'])
export const PERIOD = /^(?:year|month|week|quarter|spring|summer|autumn|fall|winter)$/
const MASTHEAD_END = /^(?:herald|post|mirror|express|monitor|courier|examiner|observer|journal|telegraph|tribune|chronicle|gazette|standard)$/
const GLUED_PARTICIPLE = /(?:ed|en|run|led|made|owned)$/
export const CALENDAR_DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/

export const isCap = (t: Token) => t.cap
// "the Vedomosti business daily": the tagger may read "daily" as an adverb.
// ("But indigenous elders say": a capitalised conjunction opening the sentence is no part of the phrase.)
const nounish = (t: Token) => t.pos === 'PROPN' || t.lower === 'daily' || t.lower === 'weekly' || t.pos === 'NOUN' || t.pos === 'NUM' || (t.pos === 'ADJ') ||
  t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '-' || (isCap(t) && t.pos !== 'PUNCT' && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ' && !OPENERS.test(t.lower))
// ("As Whitfield noted", "When Smith said": a capitalised opening conjunction is no part of a name.)
const OPENERS = /^(?:as|if|when|while|because|although|though|after|before|since|until|once|unless|whereas)$/
// "states most pollsters believed": a quantifier starts the phrase of unnamed people after it.
const QUANTITY = /^(?:most|many|several)$/

// The noun phrase ending at token j (inclusive), scanning left no further than `floor`.
export function phraseEndingAt(tokens: readonly Token[], floor: number, j: number): Phrase | null {
  if (j < floor) return null
  const last = tokens[j]!
  // ("Apple Inc Monday said", "Rodong Sinmun Friday says": the day it spoke stands after the speaker.)
  if (CALENDAR_DAY.test(last.lower) && last.cap && j - 1 >= floor && isCap(tokens[j - 1]!) && tokens[j - 1]!.pos !== 'PUNCT') return phraseEndingAt(tokens, floor, j - 1)
  // "One of them said": one of the group "they" stands for.
  const ofThem = last.lower === 'them' && j - 2 >= floor && tokens[j - 1]!.lower === 'of' && (tokens[j - 2]!.pos === 'NUM' || /^(?:some|each|both|all|several|many|most)$/.test(tokens[j - 2]!.lower))
  if (last.pos === 'PRON') return /^(?:he|she|they|it|we|i)$/.test(last.lower) || ofThem ? { a: j, b: j + 1, descriptor: [] } : null
  // ("Norway's military said", "the military said": a body the tagger read as an adjective.)
  // ("One close associate said": an unnamed person the tagger read as an adjective too.)
  const body = last.pos === 'ADJ' && (ORG_ROLES.has(last.lower) || ANONYMOUS_HEADS.has(last.lower)) && j - 1 >= floor &&
    (/^(?:DET|NUM|ADV|ADJ)$/.test(tokens[j - 1]!.pos) || /^(?:'s|’s)$/.test(tokens[j - 1]!.lower))
  if (!nounish(last) || last.pos === 'ADJ' && last.lower !== 'daily' && last.lower !== 'weekly' && !body) return null
  let a = j
  while (a - 1 >= floor && j - a < MAX_NP) {
    const t = tokens[a - 1]!
    // "BRUSSELS - The Commission": a dash with spaces around it ends the phrase ("Russia-China" has none).
    if (t.lower === '-' && (t.end !== tokens[a]!.start || a - 2 >= floor && tokens[a - 2]!.end !== t.start)) break
    // ("Rust Belt states most pollsters believed": a quantifier after another noun starts a clause's subject.)
    if (QUANTITY.test(t.lower) && a - 2 >= floor && nounish(tokens[a - 2]!) && tokens[a - 2]!.pos !== 'ADJ') break
    // ("This year's Government Work Report": a time's possessive owns no name.)
    if (/^(?:'s|’s)$/.test(t.lower) && isCap(tokens[a]!) && a - 2 >= floor && (PERIOD.test(tokens[a - 2]!.lower) || CALENDAR_DAY.test(tokens[a - 2]!.lower))) break
    if (nounish(t)) { a--; continue }
    // ("Current and former officials said": adjectives joined before the head.)
    if (t.lower === 'and' && a - 2 >= floor && a < j && joinedModifiers(tokens[a - 2]!, tokens[a]!)) { a--; continue }
    // ("state-run media reported", "Kremlin-backed outlets": a participle glued to the word before by a hyphen makes a
    // compound adjective, as phraseStartingAt reads it after "according to". Before a name it only describes:
    // "the state-run Sudan News Agency".)
    if (t.pos === 'VERB' && t.lower !== 'based' && !tokens[a]!.cap && GLUED_PARTICIPLE.test(t.lower) && a - 3 >= floor && tokens[a - 2]!.lower === '-' && tokens[a - 2]!.end === t.start && tokens[a - 3]!.end === tokens[a - 2]!.start) { a--; continue }
    // ("slow-and-steady advocates": any word glued to the hyphen after it is inside the compound.)
    if (tokens[a]!.lower === '-' && t.end === tokens[a]!.start && /^\p{Ll}+$/u.test(t.text)) { a--; continue }
    // ("Universities and Colleges Employers’ Association": a plural's apostrophe inside a body's name;
    // "Fox News’ Bill O’Reilly" is an owner's.)
    // ("Central Committee of the Workers' Party of Korea": the body's word may stand right after the apostrophe.)
    if ((t.lower === '’' || t.lower === "'") && (ORG_WORDS.has(last.lower) || ORG_WORDS.has(tokens[a]!.lower)) && a - 2 >= floor && isCap(tokens[a]!) && isCap(tokens[a - 2]!) && /s$/.test(tokens[a - 2]!.lower) && tokens[a - 2]!.end === t.start && t.end < tokens[a]!.start) { a--; continue }
    // "the OPEC+ delegations": a plus joined to a capitalised name is inside the phrase.
    if (t.lower === '+' && a - 2 >= floor && tokens[a - 2]!.cap && tokens[a - 2]!.end === t.start) { a--; continue }
    // "A ministry spokesman, He Yadong, said": a capitalised "He" inside the sentence before a name is a surname.
    // (Opening the sentence too, when a comma follows the name: "He Yadong, a spokesperson ..., said".)
    if (t.text === 'He' && (a - 1 > floor || surnameHe(tokens, a)) && tokens[a]!.pos === 'PROPN' && tokens[a]!.cap) { a--; continue }
    // "the Office for National Statistics": the tagger may read the capitalised word before "for" as a common noun.
    if (LINKERS.has(t.lower) && a - 2 >= floor && isCap(tokens[a]!) && isCap(tokens[a - 2]!) && /^(?:PROPN|NOUN)$/.test(tokens[a - 2]!.pos)) { a--; continue }
    // ("the Committee to Protect Journalists said": a body named for its aim, aim-bodies.ts.)
    if (aimLink(tokens, a - 1, floor, j + 1)) { a--; continue }
    // ("the Ministry of Housing, Communities and Local Government said": a comma in a body's list of fields, listed-bodies.ts.)
    if (commaInBodyName(tokens, a - 1, floor, j)) { a--; continue }
    // ("The Organization for Security and Co-operation in Europe": "in" inside a body's name that has "for"/"of" before it.)
    // (Only before a continent: "the Ministry of Finance in Tokyo", "the Center for ... Studies in Washington" are placed.)
    if (t.lower === 'in' && a === j && REGIONS.test(tokens[a]!.lower) && bodyNameBefore(tokens, floor, a - 2)) { a--; continue }
    // ("the Ministry of National Defence of the DPRK": "of the" inside a body's capitalised name, of-the-bodies.ts.)
    // ("the French Embassy in Bamako": a post abroad named with its city, posted-bodies.ts.)
    if (postedIn(tokens, a - 1, floor) && a - 1 > floor) { a--; continue }
    const of = ofTheInBody(tokens, a, floor)
    if (of) { a -= of; continue }
    // "Commission on Human Rights", "Office for the Coordination of ...": a body's word, then a linker, inside its name.
    const link = bodyLink(tokens, a, floor)
    if (link) { a -= link; continue }
    // "The Austin, Texas-based company": the place is no part of the speaker's name; keep "the" for the role noun.
    if (t.lower === 'based' && a - 2 >= floor && tokens[a - 2]!.lower === '-') {
      // ("One Washington-based trade expert said": an unnamed source is described by its place, which stays, based-places.ts.)
      const place = unnamedHead(tokens[j]!) ? placeOfSource(tokens, floor, a - 3) : -1
      if (place >= 0) return { a: place, b: j + 1, descriptor: [] }
      const det = placeBasedStart(tokens, floor, a - 3)
      if (det >= 0) return { a: det, b: j + 1, descriptor: [], skip: [det + 1, a] }
    }
    // ("The Palestinian official based in Gaza said": the place a source is based in is no speaker; the source before it is.)
    if (/^(?:in|at)$/.test(t.lower) && a - 3 >= floor && tokens[a - 2]!.lower === 'based' && tokens[a - 2]!.start > tokens[a - 3]!.end && (unnamedHead(tokens[a - 3]!) || tokens[a - 3]!.pos === 'NOUN' && !tokens[a - 3]!.cap || a - 3 === floor && ANONYMOUS_HEADS.has(tokens[a - 3]!.lower))) {
      const source = phraseEndingAt(tokens, floor, a - 3)
      if (source) return source
    }
    // ("said Christian of the U.S. League ...", "Paul Spedding of stockbroker Kleinwort ...": a person, then the firm, surname-of-body.ts.)
    if (t.lower === 'of' && personBeforeOf(tokens, floor, a - 1)) { a--; continue }
    if (t.lower === 'the' && tokens[a]!.cap && a - 2 >= floor && tokens[a - 2]!.lower === 'of' && personBeforeOf(tokens, floor, a - 2)) { a -= 2; continue }
    // ("That official said" opening a sentence: the tagger may read "That" as a pronoun.)
    if (t.pos === 'DET' || /^(?:his|her|its|their)$/.test(t.lower) || a - 1 === floor && /^(?:this|that|these|those)$/.test(t.lower)) a--
    // "Iran's mission to the United Nations": the mission, not the body it is sent to.
    // "A spokesperson for Downing Street", "... for the Interior Ministry", "... for the ministry": the spokesperson speaks, for the body.
    if (a - 2 >= floor && /^(?:for|at)$/.test(tokens[a - 1]!.lower) && SPOKES.test(tokens[a - 2]!.lower) && (tokens[a]!.cap || tokens[a]!.lower === 'the' && (tokens[a + 1]?.cap || a + 1 === j && ORG_ROLES.has(tokens[j]!.lower)))) {
      const spokes = phraseEndingAt(tokens, floor, a - 2)
      if (spokes) return { a: spokes.a, b: j + 1, descriptor: [] }
    }
    if (a - 2 >= floor && tokens[a - 1]!.lower === 'to' && MISSIONS.test(tokens[a - 2]!.lower)) {
      const mission = phraseEndingAt(tokens, floor, a - 2)
      if (mission) return { a: mission.a, b: j + 1, descriptor: [] }
    }
    break
  }
  return { a, b: j + 1, descriptor: [] }
}

// Two modifiers "and" joins inside one noun phrase: lower-case adjectives ("current and former"), or an
// adjective beside a capitalised one ("U.S. and foreign"); two names ("Smith and Jones") are LINKERS' case.
function joinedModifiers(before: Token, after: Token): boolean {
  const adjective = (t: Token) => t.pos === 'ADJ' && !t.cap
  // A capitalised modifier is a nationality or an abbreviation ("British", "U.S.", "EU"), never a
  // person's name: "Smith and former officials" are two sources.
  const capModifier = (t: Token) => t.cap && t.pos !== 'PUNCT' && (t.pos === 'ADJ' || t.text.includes('.') || /^\p{Lu}{2,}$/u.test(t.text))
  return adjective(before) && (adjective(after) || capModifier(after)) || capModifier(before) && adjective(after)
}

// "He Yadong, a spokesperson for the ministry, told": "He" is a surname before a one-word name and a comma.
const surnameHe = (tokens: readonly Token[], a: number) => tokens[a + 1]?.lower === ','

const REGIONS = /^(?:europe|asia|africa|america|americas|eurasia|oceania)$/
// A capitalised run ending at k that holds a body's word right before "for"/"of" ("Organization for Security and
// Co-operation"), the name an "in" may carry on.
function bodyNameBefore(tokens: readonly Token[], floor: number, k: number): boolean {
  for (let n = k; n > floor && k - n < 8; n--) {
    const t = tokens[n]!
    if (!isCap(t) && !LINKERS.has(t.lower) && t.lower !== '-') return false
    if (/^(?:for|of)$/.test(t.lower) && isCap(tokens[n - 1]!) && ORG_WORDS.has(tokens[n - 1]!.lower)) return true
  }
  return false
}

const BODY_LINK = /^(?:of|for|on)$/
// How many tokens before `a` are a linker inside a body's name ("on", "for the"), or 0.
function bodyLink(tokens: readonly Token[], a: number, floor: number): number {
  if (!isCap(tokens[a]!)) return 0
  const n = tokens[a - 1]!.lower === 'the' ? 2 : 1
  const link = tokens[a - n]
  const body = tokens[a - n - 1]
  if (a - n - 1 < floor || !link || !body || !BODY_LINK.test(link.lower) || !isCap(body) || !ORG_WORDS.has(body.lower)) return 0
  return n === 2 || link.lower === 'on' ? n : 0
}

// The determiner before "Austin, Texas" in "The Austin, Texas-based": -1 when there is none.
function placeBasedStart(tokens: readonly Token[], floor: number, k: number): number {
  let n = k
  while (n >= floor && k - n < 8 && tokens[n]!.pos !== 'DET' && (isCap(tokens[n]!) || tokens[n]!.lower === ',' && n > floor && isCap(tokens[n - 1]!))) n--
  return n >= floor && n < k && tokens[n]!.pos === 'DET' ? n : -1
}

// The noun phrase starting at token i, no further than `ceil` (exclusive).
export function phraseStartingAt(tokens: readonly Token[], i: number, ceil: number): Phrase | null {
  if (i >= ceil) return null
  const first = tokens[i]!
  // ("According to him": an object pronoun after "according to" stands for a speaker too.)
  if (first.pos === 'PRON' && /^(?:he|she|they|it|we|him|her|them)$/.test(first.lower) && (i + 1 >= ceil || !/^(?:NOUN|ADJ|PROPN)$/.test(tokens[i + 1]!.pos))) return { a: i, b: i + 1, descriptor: [] }
  let b = i
  if (first.pos === 'DET' || /^(?:his|her|its|their)$/.test(first.lower)) b++
  const headStart = b
  while (b < ceil && b - i < MAX_NP) {
    const t = tokens[b]!
    // ("according to the Ministry of Housing, Communities and Local Government": listed-bodies.ts.)
    const listed = t.lower === ',' && b > headStart ? listedNameEnd(tokens, b, headStart, ceil) : b
    if (listed > b) { b = listed; continue }
    if (t.pos === 'PUNCT' && t.lower !== '-' && t.lower !== "'") break
    // "carried by TASS last week", "told Interfax yesterday": a time after the name is no part of it.
    if (b > headStart && (CALENDAR_DAY.test(t.lower) || /^(?:last|this|next)$/.test(t.lower) && b + 1 < ceil && (PERIOD.test(tokens[b + 1]!.lower) || CALENDAR_DAY.test(tokens[b + 1]!.lower)))) break
    if (nounish(t) && t.pos !== 'VERB') { b++; continue }
    // ("said a US-based insurance expert": "-based" glued to a place inside the phrase, whatever the tagger made of it.)
    if (t.lower === 'based' && b > headStart && tokens[b - 1]!.lower === '-' && tokens[b - 1]!.end === t.start && b + 1 < ceil && (nounish(tokens[b + 1]!) || /^\p{Ll}+ing$/u.test(tokens[b + 1]!.text))) {
      // (A trade in -ing after it is a modifier the tagger may read as a verb: "a US-based shipping expert".)
      b += /^\p{Ll}+ing$/u.test(tokens[b + 1]!.text) && b + 2 < ceil && nounish(tokens[b + 2]!) ? 2 : 1
      continue
    }
    // ("according to China's state-run Global Times", "the Kremlin-backed RT": any participle glued to the word before
    // makes a compound adjective, as "-based" does, when a noun follows it.)
    if (t.pos === 'VERB' && GLUED_PARTICIPLE.test(t.lower) && b > headStart && tokens[b - 1]!.lower === '-' && tokens[b - 1]!.end === t.start &&
      tokens[b - 1]!.start === tokens[b - 2]!.end && b + 1 < ceil && nounish(tokens[b + 1]!)) { b++; continue }
    // "Center for Macroeconomic Analysis and Short-term Forecasting": a capitalised word the tagger read as a verb, inside a name.
    if (t.pos === 'VERB' && t.cap && b > headStart && tokens[headStart]!.cap && /ing$/.test(t.lower)) { b++; continue }
    // ("told the Sydney Morning Herald": a masthead's last word the tagger read as a verb, closing a capitalised run.)
    if (t.pos === 'VERB' && t.cap && b > headStart && tokens[b - 1]!.cap && MASTHEAD_END.test(t.lower)) { b++; continue }
    // "said Jennifer Cook, policy director": a surname the tagger read as a verb, closing a name.
    if (t.pos === 'VERB' && t.cap && b > headStart && tokens[b - 1]!.cap && tokens[b - 1]!.pos === 'PROPN' && (b + 1 >= ceil || tokens[b + 1]!.pos === 'PUNCT')) { b++; continue }
    // "according to the Fed's projections": a capitalised owner the tagger read as a verb.
    if (b === headStart && t.pos === 'VERB' && t.cap && b > i && b + 1 < ceil && /^(?:'s|’s)$/.test(tokens[b + 1]!.lower)) { b++; continue }
    // An adjective the tagger read as an adverb: "according to a large international study".
    // ("according to the partially redacted report": an adverb before a participle.)
    if (b === headStart && b > i && t.pos === 'ADV' && b + 1 < ceil && (/^(?:ADJ|NOUN)$/.test(tokens[b + 1]!.pos) || /ed$/.test(tokens[b + 1]!.lower) && tokens[b + 1]!.pos === 'VERB')) { b++; continue }
    // A noun modifier the tagger read as a verb: "according to port authority spokesman ...".
    if ((b === headStart || tokens[b - 1]!.pos === 'ADV' && b - 1 === headStart) && t.pos === 'VERB' && !t.cap && b + 1 < ceil && tokens[b + 1]!.pos === 'NOUN') { b++; continue }
    // "according to people familiar with the matter": an unnamed source's noun the tagger read as a verb.
    if (b === headStart && t.pos === 'VERB' && !t.cap && (ANONYMOUS_HEADS.has(t.lower) || t.lower === 'police')) { b++; continue }
    if (LINKERS.has(t.lower) && b + 1 < ceil && isCap(tokens[b + 1]!) && b > headStart && isCap(tokens[b - 1]!)) { b++; continue }
    // ("the Committee to Protect Journalists": a body named for its aim, aim-bodies.ts.)
    if (b > headStart && aimLink(tokens, b, headStart, ceil)) { b += 2; continue }
    // "citing current and former U.S. and foreign officials": adjectives joined before the head.
    if (t.lower === 'and' && b > headStart && b + 1 < ceil && joinedModifiers(tokens[b - 1]!, tokens[b + 1]!)) { b++; continue }
    // "citing current and former officials", "citing lawmakers and aides": one unnamed group.
    if (b > headStart && joinsGroup(tokens, b, ceil)) { b++; continue }
    if (b > headStart && BODY_LINK.test(t.lower) && isCap(tokens[b - 1]!) && ORG_WORDS.has(tokens[b - 1]!.lower)) {
      const skip = tokens[b + 1]?.lower === 'the' ? 2 : 1
      if (b + skip < ceil && isCap(tokens[b + skip]!) && (skip === 2 || t.lower === 'on')) { b += skip; continue }
    }
    break
  }
  if (b === headStart) return null
  // Trailing possessive or hyphen is not part of the name.
  // ("the ratings agency Moody's published": a name ending in "'s" keeps it when nothing it owns follows;
  // "CNN's 'State of the Union'" owns the quoted title.)
  while (b > headStart && /^(?:'s|’s|'|-)$/.test(tokens[b - 1]!.lower) && !(/s$/.test(tokens[b - 1]!.lower) && b - 1 > headStart && tokens[b - 2]!.cap && (b >= ceil || /^(?:VERB|PUNCT|ADP)$/.test(tokens[b]!.pos) && !/^["“‘]$/.test(tokens[b]!.text)))) b--
  // (Nothing left but the mark: "'We will win,' says ..." opening a text is no phrase.)
  if (b === headStart) return null
  // "police in Lower Bavaria": the force is named by its place.
  if (tokens[b - 1]!.lower === 'police' && b + 1 < ceil && tokens[b]!.lower === 'in' && isCap(tokens[b + 1]!)) {
    const place = phraseStartingAt(tokens, b + 1, ceil)
    if (place) return { a: i, b: place.b, descriptor: [] }
  }
  // "the press service of the Energy Ministry": the service speaks for the body after "of".
  if (b + 1 < ceil && tokens[b]!.lower === 'of' && b - 2 >= headStart && tokens[b - 2]!.lower === 'press' && /^(?:service|office)$/.test(tokens[b - 1]!.lower)) {
    const body = phraseStartingAt(tokens, b + 1, ceil)
    if (body) return { a: i, b: body.b, descriptor: [] }
  }
  // ("a neighbor named Suprapto": the person named, named-persons.ts.)
  const named = namedPerson(tokens, i, b, ceil)
  if (named) return named
  const placed = b < ceil ? placedSource(tokens, b, ceil) : b
  if (placed > b) return { a: i, b: placed, descriptor: [] }
  const phrase: Phrase = { a: i, b, descriptor: [] }
  if (tokens[b]?.lower === ',') phrase.descriptor = appositiveAfter(tokens, b, ceil)
  return phrase
}

export const HEDGE = /^(?:familiar|close|briefed|involved)$/
const isSourceNoun = (t: Token) => !t.cap && ANONYMOUS_HEADS.has(t.lower)
export const HEDGE_LINK = /^(?:with|to|on|in)$/
const GATHERED = /^(?:group|coalition|number|team|handful|dozens|hundreds|thousands)$/

// An unnamed source's place or link after its head noun: "a source | at the
// ministry", "people | familiar with the matter", "a source | close to the
// talks". Returns the end of the longer phrase, or `b` when there is none.
function placedSource(tokens: readonly Token[], b: number, ceil: number): number {
  const next = tokens[b]!.lower
  let from = -1
  if (isSourceNoun(tokens[b - 1]!)) {
    if (SOURCE_PLACES.has(next)) from = b + 1
    else if (HEDGE.test(next) && b + 1 < ceil && HEDGE_LINK.test(tokens[b + 1]!.lower)) from = b + 2
    // "people with (direct) knowledge of the matter"
    else if (next === 'with') {
      const k = tokens[b + 1]?.lower === 'knowledge' ? b + 1 : b + 2
      if (k + 1 < ceil && tokens[k]!.lower === 'knowledge' && tokens[k + 1]!.lower === 'of') from = k + 2
    }
  } else if (HEDGE.test(tokens[b - 1]!.lower) && b >= 2 && isSourceNoun(tokens[b - 2]!) && HEDGE_LINK.test(next)) {
    from = b + 1 // the tagger took "close" into the phrase: "a source close | to the talks"
  }
  // "a group of employees": unnamed people gathered under one noun.
  if (from < 0 && GATHERED.test(tokens[b - 1]!.lower) && next === 'of' && b + 1 < ceil && isSourceNoun(tokens[b + 1]!)) return b + 2
  const place = from > 0 ? phraseStartingAt(tokens, from, ceil) : null
  // ("people familiar with classified intelligence circulating within the government": what they know, to its end.)
  const hedged = from > 0 && from - 1 < ceil && HEDGE_LINK.test(tokens[from - 1]!.lower) && HEDGE.test(tokens[from - 2]?.lower ?? '')
  return place ? (hedged ? topicEnd(tokens, place.b, ceil, (k) => phraseStartingAt(tokens, k, ceil)) : describedRun(tokens, place.b, ceil, (t, k, c) => phraseStartingAt(t, k, c)?.b ?? null)) : b
}

// ", an associate professor at the Institute ...," -> ['associate', 'professor', ...]
export function appositiveAfter(tokens: readonly Token[], comma: number, ceil: number): string[] {
  const next = tokens[comma + 1]
  if (!next || !/^(?:a|an|the)$/.test(next.lower)) return []
  const words: string[] = []
  for (let k = comma + 2; k < ceil && k < comma + 12; k++) {
    const t = tokens[k]!
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'VERB') break
    words.push(t.lower)
  }
  return words
}
