// Noun phrases around a cue: the speaker before a verb ("Wang Xiaoquan, an
// expert with ..., told"), after it ("said Sun Xiuwen"), after "according
// to" or "per". Every walk is bounded by MAX_NP tokens or a short window.

import type { Token } from './nlp.ts'
import { beforeAside } from './parentheticals.ts'
import { ANONYMOUS_HEADS, CALENDAR, DOCUMENT_NOUNS, ORG_ROLES, ORG_WORDS, OUTLET_ROLES, PERSON_ROLES, RELEASED, SOURCE_PLACES, TITLES } from './lexicon.ts'

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
const APPOSITIVE_WINDOW = 45
const LINKERS = new Set(['of', 'for', 'and', '&', 'de'])
const SKIPPABLE = new Set(['also', 'later', 'further', 'then', 'again', 'previously', 'earlier', 'recently',
  'separately', 'meanwhile', 'already', 'has', 'have', 'had', 'long', 'once', 'repeatedly', 'publicly', 'reportedly', 'himself', 'herself', 'itself',
  'more', 'most', 'still', 'now', 'even', 'just', 'often'])
// ("The agency would not immediately describe it, saying ...": the participle's clause has its subject before these;
// lower-case only, so "in May" stays a month.)
const AUXILIARIES = /^(?:not|n't|would|could|will|did|does|do|can|may|might|should)$/
const PERIOD = /^(?:year|month|week|quarter|spring|summer|autumn|fall|winter)$/
const CALENDAR_DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/

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
    if (nounish(t)) { a--; continue }
    // "the OPEC+ delegations": a plus joined to a capitalised name is inside the phrase.
    if (t.lower === '+' && a - 2 >= floor && tokens[a - 2]!.cap && tokens[a - 2]!.end === t.start) { a--; continue }
    // "A ministry spokesman, He Yadong, said": a capitalised "He" inside the sentence before a name is a surname.
    // (Opening the sentence too, when a comma follows the name: "He Yadong, a spokesperson ..., said".)
    if (t.text === 'He' && (a - 1 > floor || surnameHe(tokens, a)) && tokens[a]!.pos === 'PROPN' && tokens[a]!.cap) { a--; continue }
    // "the Office for National Statistics": the tagger may read the capitalised word before "for" as a common noun.
    if (LINKERS.has(t.lower) && a - 2 >= floor && isCap(tokens[a]!) && isCap(tokens[a - 2]!) && /^(?:PROPN|NOUN)$/.test(tokens[a - 2]!.pos)) { a--; continue }
    // "Commission on Human Rights", "Office for the Coordination of ...": a body's word, then a linker, inside its name.
    const link = bodyLink(tokens, a, floor)
    if (link) { a -= link; continue }
    // "The Austin, Texas-based company": the place is no part of the speaker's name; keep "the" for the role noun.
    if (t.lower === 'based' && a - 2 >= floor && tokens[a - 2]!.lower === '-') {
      const det = placeBasedStart(tokens, floor, a - 3)
      if (det >= 0) return { a: det, b: j + 1, descriptor: [], skip: [det + 1, a] }
    }
    // ("That official said" opening a sentence: the tagger may read "That" as a pronoun.)
    if (t.pos === 'DET' || /^(?:his|her|its|their)$/.test(t.lower) || a - 1 === floor && /^(?:this|that|these|those)$/.test(t.lower)) a--
    // "Iran's mission to the United Nations": the mission, not the body it is sent to.
    // "A spokesperson for Downing Street": the spokesperson speaks, for the body.
    if (a - 2 >= floor && /^(?:for|at)$/.test(tokens[a - 1]!.lower) && SPOKES.test(tokens[a - 2]!.lower) && tokens[a]!.cap) {
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

// "He Yadong, a spokesperson for the ministry, told": "He" is a surname before a one-word name and a comma.
const surnameHe = (tokens: readonly Token[], a: number) => tokens[a + 1]?.lower === ','

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
    if (t.pos === 'PUNCT' && t.lower !== '-' && t.lower !== "'") break
    // "carried by TASS last week", "told Interfax yesterday": a time after the name is no part of it.
    if (b > headStart && (CALENDAR_DAY.test(t.lower) || /^(?:last|this|next)$/.test(t.lower) && b + 1 < ceil && (PERIOD.test(tokens[b + 1]!.lower) || CALENDAR_DAY.test(tokens[b + 1]!.lower)))) break
    if (nounish(t) && t.pos !== 'VERB') { b++; continue }
    // "Center for Macroeconomic Analysis and Short-term Forecasting": a capitalised word the tagger read as a verb, inside a name.
    if (t.pos === 'VERB' && t.cap && b > headStart && tokens[headStart]!.cap && /ing$/.test(t.lower)) { b++; continue }
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
  const placed = b < ceil ? placedSource(tokens, b, ceil) : b
  if (placed > b) return { a: i, b: placed, descriptor: [] }
  const phrase: Phrase = { a: i, b, descriptor: [] }
  if (tokens[b]?.lower === ',') phrase.descriptor = appositiveAfter(tokens, b, ceil)
  return phrase
}

const HEDGE = /^(?:familiar|close|briefed|involved)$/
const isSourceNoun = (t: Token) => !t.cap && ANONYMOUS_HEADS.has(t.lower)
const HEDGE_LINK = /^(?:with|to|on|in)$/
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
  return place ? place.b : b
}

// ", an associate professor at the Institute ...," -> ['associate', 'professor', ...]
function appositiveAfter(tokens: readonly Token[], comma: number, ceil: number): string[] {
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

// The subject of a verb at token v: skips adverbs and "on Tuesday", walks
// over an appositive ("Wang, an expert with ..., told"), and over "who".
export function subjectBefore(tokens: readonly Token[], floor: number, v: number, inQuote: (k: number) => boolean): Phrase | null {
  let j = v - 1
  while (j >= floor && (SKIPPABLE.has(tokens[j]!.lower) || AUXILIARIES.test(tokens[j]!.text) || (tokens[j]!.pos === 'ADV' && /ly$/.test(tokens[j]!.lower) && !/^(?:daily|weekly)$/.test(tokens[j]!.lower)))) j--
  if (j - 1 >= floor && CALENDAR_DAY.test(tokens[j]!.lower) && tokens[j - 1]!.lower === 'on') j -= 2
  // ("The council late Tuesday said", "earlier this week said": a time between subject and verb.)
  if (j - 1 >= floor && (CALENDAR_DAY.test(tokens[j]!.lower) || PERIOD.test(tokens[j]!.lower)) && /^(?:late|early|this|last)$/.test(tokens[j - 1]!.lower)) {
    j -= 2
    if (j >= floor && /^(?:earlier|later)$/.test(tokens[j]!.lower)) j--
  }
  if (j - 1 >= floor && (CALENDAR.has(tokens[j]!.lower) || /^\d{4}$/.test(tokens[j]!.text) || PERIOD.test(tokens[j]!.lower)) && /^(?:in|on|last|this)$/.test(tokens[j - 1]!.lower)) j -= 2
  if (j >= floor && RELEASED.has(tokens[j]!.lower)) j--
  // "the president-elect said": the office, not its "-elect".
  if (j - 2 >= floor && /^(?:elect|designate)$/.test(tokens[j]!.lower) && tokens[j - 1]!.lower === '-' && tokens[j - 1]!.start === tokens[j - 2]!.end) j -= 2
  // "rejected by the army, which said it would not negotiate": the relative pronoun's antecedent speaks.
  if (j - 2 >= floor && /^(?:which|who)$/.test(tokens[j]!.lower) && tokens[j - 1]!.lower === ',' && j === v - 1) {
    const antecedent = phraseEndingAt(tokens, floor, j - 2)
    if (antecedent) return antecedent
  }
  if (j >= floor && tokens[j]!.lower === 'who') j--
  // "The German Weather Service (DWD) said": a short bracket after the name is passed over.
  if (j >= floor && tokens[j]!.lower === ')') {
    let k = j - 1
    while (k > floor && j - k <= 5 && tokens[k]!.lower !== '(') k--
    if (k > floor && tokens[k]!.lower === '(') j = k - 1
  }
  // "Fars, citing an informed source, reported", "Lavrov, quoted by RIA Novosti, said": the aside between commas is passed over.
  if (j >= floor && tokens[j]!.lower === ',') {
    // ("Peskov, asked by reporters whether ..., said", "Holm, responding to a question about ..., said": a question put to the speaker.)
    for (let k = j - 2; k > floor && k >= j - 24; k--) {
      if (tokens[k]!.lower !== ',') continue
      if (/^(?:citing|quoting|quoted|cited|speaking|talking|asked|responding|replying|answering|reacting|commenting|referring|writing)$/.test(tokens[k + 1]!.lower) ||
        inSaidThing(tokens, k + 1)) j = k - 1
      break
    }
  }
  if (j < floor) return null
  if (tokens[j]!.lower === ',' && beforeAside(tokens, floor, j) >= 0) j = beforeAside(tokens, floor, j)
  if (tokens[j]!.lower === ',') {
    // "Zipline's chief executive, Priya Raman, called": the name is the appositive itself.
    const name = phraseEndingAt(tokens, floor, j - 1)
    if (name && name.a - 1 > floor && tokens[name.a - 1]!.lower === ',' && allCap(tokens, name.a, name.b) && name.b - name.a <= 4) {
      // The role before the comma describes the name ("Bell's attorney, Lisa Romero": an attorney), for "his attorney" later.
      const role = phraseEndingAt(tokens, floor, name.a - 2)
      if (role) for (let k = role.a; k < name.a - 1; k++) if (!tokens[k]!.cap && tokens[k]!.pos === 'NOUN') name.descriptor.push(tokens[k]!.lower)
      return name
    }
    // Appositive: the name sits before an earlier comma.
    for (let k = j - 1; k > floor && k >= j - APPOSITIVE_WINDOW; k--) {
      const t = tokens[k]!
      if (inQuote(k) || /^[.;:"“”]$/.test(t.lower)) break
      if (t.lower !== ',') continue
      // Commas inside the appositive ("Institute of Russian, Eastern ...") are passed over.
      const lead = tokens[k + 1]!
      // "The study, published in The Lancet on Wednesday, found": a text and where it came out.
      if (RELEASED.has(lead.lower)) {
        const text = phraseEndingAt(tokens, floor, k - 1)
        if (text && DOCUMENT_NOUNS.has(tokens[k - 1]!.lower.replace(/s$/, ''))) return text
        continue
      }
      // "Fresh economic forecasts, the first since the vote, showed": a text in apposition.
      const noun = tokens[k - 1]!.lower
      if (/^(?:a|an|the)$/.test(lead.lower) && (DOCUMENT_NOUNS.has(noun) || DOCUMENT_NOUNS.has(noun.replace(/s$/, ''))) && !tokens[k - 1]!.cap) {
        const text = phraseEndingAt(tokens, floor, k - 1)
        if (text) return text
      }
      // "The agreement, which was signed in Astana, says": a text or a name before a relative clause.
      if (lead.lower === 'which') {
        const named = phraseEndingAt(tokens, floor, k - 1)
        const head = tokens[k - 1]!.lower
        if (named && (isCap(tokens[k - 1]!) || DOCUMENT_NOUNS.has(head.replace(/s$/, '')) || ORG_ROLES.has(head) || OUTLET_ROLES.has(head))) return named
        continue
      }
      // "Mr. Lammers, 54, said": an age in apposition.
      if (lead.pos === 'NUM' && k + 2 === j && isCap(tokens[k - 1]!)) return phraseEndingAt(tokens, floor, k - 1)
      // "Allianz, Germany's largest insurer, said": an appositive may open with its owner.
      // "Another official, at the State Department, said": an unnamed source placed in apposition.
      if (/^(?:at|in|from)$/.test(lead.lower) && !tokens[k - 1]!.cap && ANONYMOUS_HEADS.has(tokens[k - 1]!.lower) && k + 2 < j && isCap(tokens[j - 1]!)) {
        const held = phraseEndingAt(tokens, floor, k - 1)
        if (held) return { a: held.a, b: j, descriptor: [] }
      }
      // ("Steve Wynn, Donald Trump's friend, said": the owner may be a name of several words.)
      const owned = isCap(lead) && ownerEnds(tokens, k + 2, j)
      // ("Ilse Varga, managing director at ...": a participle the tagger read as a verb opens a title.)
      // ("Jim Cantrell, Vector Space Systems CEO and a founder of SpaceX, told": a title after the employer's name.)
      const titled = lead.pos === 'VERB' && /ing$/.test(lead.lower) && tokens[k + 2]?.pos === 'NOUN' ||
        lead.cap && isCap(tokens[k - 1]!) && roleWithin(tokens, k + 1, j)
      if (!owned && !titled && !/^(?:a|an|the|who|whose|one|chief|head|deputy|senior|spokesman|spokeswoman)$/.test(lead.lower) && lead.pos !== 'NOUN' && lead.pos !== 'ADJ') continue
      const phrase = phraseEndingAt(tokens, floor, k - 1)
      if (!phrase) continue
      // "A person familiar with the strategy, who was not authorized to speak, said": an unnamed holder.
      const holder = lead.lower === 'who' ? unnamedHolder(tokens, floor, phrase) : null
      if (holder) return holder
      // "A senior Mexican diplomat, who was not authorized to speak publicly, said": an unnamed person.
      if (lead.lower === 'who' && !tokens[k - 1]!.cap && (ANONYMOUS_HEADS.has(tokens[k - 1]!.lower) || PERSON_ROLES.has(tokens[k - 1]!.lower))) return phrase
      if (!isCap(tokens[k - 1]!)) continue
      phrase.descriptor = appositiveAfter(tokens, k, j)
      return phrase
    }
    return null
  }
  // "'...,' [Bruck] said": a name the writer put in brackets inside a quotation.
  if (tokens[j]!.lower === ']' && j - 2 >= floor) {
    let k = j - 1
    while (k > floor && j - k <= 5 && tokens[k]!.lower !== '[') k--
    if (tokens[k]!.lower === '[' && k + 1 < j) return { a: k + 1, b: j, descriptor: [] }
  }
  if (tokens[j]!.pos === 'PUNCT') return null
  // ("declined to comment but said ...": "but" shares the subject as "and" does.)
  if (tokens[j]!.lower === 'and' || tokens[j]!.lower === 'but') return sharedSubject(tokens, floor, j)
  const phrase = phraseEndingAt(tokens, floor, j)
  if (phrase && phrase.a - 3 >= floor && tokens[phrase.a - 1]!.lower === 'by' && /^(?:polled|surveyed)$/.test(tokens[phrase.a - 2]!.lower)) {
    // "economists polled by Reuters had expected": the economists, not the pollster.
    const polled = phraseEndingAt(tokens, floor, phrase.a - 3)
    if (polled) return { a: polled.a, b: phrase.b, descriptor: [] }
  }
  return phrase ? unnamedHolder(tokens, floor, phrase) ?? phrase : null
}

// A capitalised owner's possessive at or after token k ("Trump's", "Donald Trump's"), within three words.
function ownerEnds(tokens: readonly Token[], k: number, end: number): boolean {
  for (let m = k; m < Math.min(end, k + 3); m++) {
    if (/^(?:'s|’s)$/.test(tokens[m]!.lower)) return true
    if (!tokens[m]!.cap) return false
  }
  return false
}

// A role word ("CEO", "director", "spokesman") among tokens [a, b), within a short appositive.
function roleWithin(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b && k < a + 8; k++) if (PERSON_ROLES.has(tokens[k]!.lower) || TITLES.has(tokens[k]!.lower)) return true
  return false
}

const allCap = (tokens: readonly Token[], a: number, b: number) => {
  for (let k = a; k < b; k++) if (!tokens[k]!.cap) return false
  return true
}

// The unnamed source a phrase belongs to: "people familiar with | the
// matter", "a source close to | the talks", "a source at | the ministry".
function unnamedHolder(tokens: readonly Token[], floor: number, phrase: Phrase): Phrase | null {
  // "people with (direct) knowledge of | the matter"
  if (phrase.a - 3 > floor && tokens[phrase.a - 1]!.lower === 'of' && tokens[phrase.a - 2]!.lower === 'knowledge') {
    const w = tokens[phrase.a - 3]!.lower === 'with' ? phrase.a - 3 : phrase.a - 4
    const held = tokens[w - 1]
    const holder = w - 1 >= floor && tokens[w]?.lower === 'with' && held && ANONYMOUS_HEADS.has(held.lower) && (!held.cap || w - 1 === floor) ? phraseEndingAt(tokens, floor, w - 1) : null
    if (holder) return { a: holder.a, b: phrase.b, descriptor: [] }
  }
  if (phrase.a - 2 > floor && HEDGE_LINK.test(tokens[phrase.a - 1]!.lower) && HEDGE.test(tokens[phrase.a - 2]!.lower)) {
    const holder = phraseEndingAt(tokens, floor, phrase.a - 3)
    if (holder) return { a: holder.a, b: phrase.b, descriptor: [] }
  }
  // "a source in one of the delegations": the place is one of several.
  const of = phrase.a - 3 >= floor && tokens[phrase.a - 1]!.lower === 'of' && tokens[phrase.a - 2]!.lower === 'one' ? 2 : 0
  if (phrase.a - 2 - of >= floor && SOURCE_PLACES.has(tokens[phrase.a - 1 - of]!.lower)) {
    const holder = tokens[phrase.a - 2 - of]!
    if (ANONYMOUS_HEADS.has(holder.lower) && (!holder.cap || phrase.a - 2 - of === floor)) {
      const full = phraseEndingAt(tokens, floor, phrase.a - 2 - of)
      if (full) return { a: full.a, b: phrase.b, descriptor: [] }
    }
  }
  return null
}

// "The study surveyed 112 hospitals and found that ...": the second verb
// shares the subject that opens the sentence before its first verb.
export function sharedSubject(tokens: readonly Token[], floor: number, and: number): Phrase | null {
  let k = floor
  // ("Vietnam is one of ... and has accused": after "and has", an auxiliary may be the first verb.)
  const aux = tokens[and + 1]?.pos === 'AUX'
  while (k < and && tokens[k]!.pos !== 'VERB' && !(aux && tokens[k]!.pos === 'AUX')) k++
  if (k === floor || k >= and - 1) return null
  // "Valtronix Inc on Thursday cut ..., and said": the day between subject and verb is passed over.
  let j = k - 1
  if (j - 2 >= floor && CALENDAR_DAY.test(tokens[j]!.lower) && tokens[j - 1]!.lower === 'on') j -= 2
  const phrase = phraseEndingAt(tokens, floor, j)
  // The subject opens the sentence, or follows its dateline ("SAN JOSE (Reuters) - Valtronix ...").
  // ("On Thursday, Swift took ... and accused": after an opening phrase and its comma too.)
  const opening = phrase !== null && tokens[phrase.a - 1]?.lower === ',' && tokens[floor]!.pos === 'ADP'
  // ("Hong Kong chaos: China deploys troops and warns": after a headline's colon.)
  return phrase && (phrase.a === floor || /^(?:-|—|–|:)$/.test(tokens[phrase.a - 1]!.lower) || opening) ? phrase : null
}

// "Sokol, in an interview with Izvestia, said", "Vale, in a statement to the AP, said": where the speaker spoke, as an aside.
function inSaidThing(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'in' && /^(?:a|an|her|his|their|its)$/.test(tokens[k + 1]?.lower ?? '') &&
    /^(?:interview|statement|comments|remarks|email|letter)$/.test(tokens[k + 2]?.lower ?? '')
}
