// The subject of a speech verb: the noun phrase before it, past adverbs,
// times, asides and appositives ("Wang Xiaoquan, an expert with ..., told";
// the names they hold read in apposed-names.ts); the subject a second verb
// shares ("surveyed ... and found") is shared-subjects.ts's. Every walk is
// bounded by a short window.

import type { Token } from './nlp.ts'
import { beforeAside } from './parentheticals.ts'
import { heldByPrepositions } from './prepositional-subjects.ts'
import { joinedGroup } from './coordinated-groups.ts'
import { issuerBeforeAside } from './text-asides.ts'
import { ANONYMOUS_HEADS, CALENDAR, DOCUMENT_NOUNS, ORG_ROLES, OUTLET_ROLES, PERSON_ROLES, RELEASED, SOURCE_PLACES, TITLES } from './lexicon.ts'
import { CALENDAR_DAY, HEDGE, HEDGE_LINK, PERIOD, appositiveAfter, isCap, phraseEndingAt, type Phrase } from './noun-phrases.ts'
import { allCap, appositiveBefore, employedName, nameWords, ownerEnds, roleWithin } from './apposed-names.ts'
import { sharedSubject } from './shared-subjects.ts'
import { personAfterFirm } from './firm-then-person.ts'

const APPOSITIVE_WINDOW = 45
const CONNECTIVES = new Set(['however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'instead', 'indeed', 'still', 'also',
  'separately', 'similarly', 'likewise', 'besides', 'overall', 'finally', 'yet', 'but', 'and', 'then', 'now', 'later', 'earlier', 'otherwise', 'therefore', 'thus'])
const SKIPPABLE = new Set(['also', 'later', 'further', 'then', 'again', 'previously', 'earlier', 'recently',
  'separately', 'meanwhile', 'already', 'has', 'have', 'had', 'long', 'once', 'twice', 'repeatedly', 'publicly', 'reportedly', 'himself', 'herself', 'itself',
  'more', 'most', 'still', 'now', 'even', 'just', 'often',
  // ("Kuwait today rejected charges": the day between subject and verb, as wire copy writes it.)
  'today', 'yesterday', 'tonight',
  // ("Bloomberg first reported": the outlet that broke the news.)
  'first', 'initially', 'originally',
  // ("He has always denied", "The company flat-out denied": a habit or a manner between subject and verb.)
  'always',
  // ("Morrisons, Woolworths and Tesco all said": a quantifier floated after the subject.)
  'all', 'both'])
// ("It nonetheless raised its forecast, citing ...": a connective between subject and verb; after a comma it closes
// an aside the subject walk reads itself: "Holt, an Ohio Republican who ..., nevertheless played down".)
const CONNECTIVE = new Set(['nonetheless', 'nevertheless', 'however', 'therefore', 'thus', 'instead', 'subsequently', 'eventually', 'finally'])
const connective = (tokens: readonly Token[], floor: number, j: number) => j > floor && CONNECTIVE.has(tokens[j]!.lower) && tokens[j - 1]!.lower !== ','
// ("The agency would not immediately describe it, saying ...": the participle's clause has its subject before these;
// lower-case only, so "in May" stays a month.)
const AUXILIARIES = /^(?:not|n't|would|could|will|did|does|do|can|may|might|should|'d|’d)$/

// ("A spokesperson of the ministry (DPRK) Monday issued": a weekday alone between subject and verb, as state
// agencies and wire copy write it; "on Monday", "last Monday", "released Monday" are read below.)
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/
const bareWeekday = (tokens: readonly Token[], floor: number, j: number) => WEEKDAY.test(tokens[j]!.lower) &&
  j > floor && !/^(?:on|last|this|next|late|early|by|until|since|from|before|after)$/.test(tokens[j - 1]!.lower) && !RELEASED.has(tokens[j - 1]!.lower)

const FOR_SPAN = /^(?:years|decades|months|weeks|days|ages|long|generations)$/

// The subject of a verb at token v: skips adverbs and "on Tuesday", walks
// over an appositive ("Wang, an expert with ..., told"), and over "who".
// ("Guterres “strongly” condemned", "on Saturday “rejected”": the marks around one marked word before the verb.)
const MARKS = /^(?:"|“|”)$/
const scareMark = (tokens: readonly Token[], j: number, v: number) => MARKS.test(tokens[j]!.text) &&
  (j === v - 1 || tokens[j + 1]?.pos === 'ADV' || tokens[j - 1]?.pos === 'ADV')

export function subjectBefore(tokens: readonly Token[], floor: number, v: number, inQuote: (k: number) => boolean): Phrase | null {
  let j = v - 1
  while (j >= floor && (SKIPPABLE.has(tokens[j]!.lower) || connective(tokens, floor, j) || bareWeekday(tokens, floor, j) || AUXILIARIES.test(tokens[j]!.text) || (tokens[j]!.pos === 'ADV' && /ly$/.test(tokens[j]!.lower) && !/^(?:daily|weekly)$/.test(tokens[j]!.lower)) || scareMark(tokens, j, v))) j--
  // ("The company flat-out denied": the tokenizer splits the manner word.)
  if (j - 2 >= floor && tokens[j]!.lower === 'out' && tokens[j - 1]!.lower === '-' && tokens[j - 2]!.lower === 'flat') j -= 3
  // ("Israel for years has warned": how long, between subject and verb.)
  if (j - 1 >= floor && FOR_SPAN.test(tokens[j]!.lower) && tokens[j - 1]!.lower === 'for') {
    j -= 2
    while (j >= floor && SKIPPABLE.has(tokens[j]!.lower)) j--
  }
  if (j - 1 >= floor && CALENDAR_DAY.test(tokens[j]!.lower) && tokens[j - 1]!.lower === 'on') j -= 2
  // ("The council late Tuesday said", "earlier this week said": a time between subject and verb.)
  if (j - 1 >= floor && (CALENDAR_DAY.test(tokens[j]!.lower) || PERIOD.test(tokens[j]!.lower)) && /^(?:late|early|this|last)$/.test(tokens[j - 1]!.lower)) {
    j -= 2
    if (j >= floor && /^(?:earlier|later)$/.test(tokens[j]!.lower)) j--
  }
  if (j - 1 >= floor && (CALENDAR.has(tokens[j]!.lower) || /^\d{4}$/.test(tokens[j]!.text) || PERIOD.test(tokens[j]!.lower)) && /^(?:in|on|last|this)$/.test(tokens[j - 1]!.lower)) j -= 2
  // ("A report by X released Tuesday found": the day of the release.)
  if (j - 1 >= floor && CALENDAR_DAY.test(tokens[j]!.lower) && RELEASED.has(tokens[j - 1]!.lower)) j--
  if (j >= floor && RELEASED.has(tokens[j]!.lower)) j--
  // "the president-elect said": the office, not its "-elect".
  if (j - 2 >= floor && /^(?:elect|designate)$/.test(tokens[j]!.lower) && tokens[j - 1]!.lower === '-' && tokens[j - 1]!.start === tokens[j - 2]!.end) j -= 2
  // ("Danny Danon, in a post to X called": where the words were posted is no subject.)
  j = pastPosted(tokens, floor, j)
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
  // ("Semafor, citing “people familiar with ...,” reported": the cited words' closing mark after the aside's comma.)
  j = pastCitedQuote(tokens, floor, j)
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
  if (tokens[j]!.lower === ',') {
    const apposed = phraseEndingAt(tokens, floor, j - 1)
    if (apposed && tokens[apposed.a]!.lower === 'the' && theApposed(tokens, floor, { ...apposed, a: apposed.a + 1 })) return { ...apposed, a: apposed.a + 1 }
  }
  if (tokens[j]!.lower === ',' && beforeAside(tokens, floor, j) >= 0) j = beforeAside(tokens, floor, j)
  if (tokens[j]!.lower === ',') {
    // "Zipline's chief executive, Priya Raman, called": the name is the appositive itself.
    // ("Another expert, Ahn Chan-il of the World Institute, told": the name before "of" its employer.)
    // ("the military's media wing, Inter-Services Public Relations (ISPR), said": its short form in brackets after it.)
    const body = phraseEndingAt(tokens, floor, bracketStart(tokens, floor, j - 1) - 1)
    const employed = employedName(tokens, floor, body)
    const name = employed ?? body
    if (name && name.a - 1 > floor && tokens[name.a - 1]!.lower === ',' && (employed || allCap(tokens, name.a, name.b) && nameWords(tokens, name.a, name.b) <= 4)) {
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
      // ("A report by the Rail Industry Association, released Tuesday, found": its issuer, for the verb to walk back from.)
      if (RELEASED.has(lead.lower)) {
        const text = phraseEndingAt(tokens, floor, k - 1)
        if (text && DOCUMENT_NOUNS.has(tokens[k - 1]!.lower.replace(/s$/, ''))) return text
        const issuer = issuerBeforeAside(tokens, floor, k)
        if (issuer) return issuer
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
      // ("The exchange, transformed into a data powerhouse ..., reiterated": a body before a past participle's aside.)
      if (lead.pos === 'VERB' && /(?:ed|en)$/.test(lead.lower) && ORG_ROLES.has(tokens[k - 1]!.lower)) {
        const body = phraseEndingAt(tokens, floor, k - 1)
        if (body) return body
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
      if (!owned && !titled && !/^(?:a|an|the|another|who|whose|one|chief|head|deputy|senior|spokesman|spokeswoman)$/.test(lead.lower) && lead.pos !== 'NOUN' && lead.pos !== 'ADJ') continue
      const phrase = phraseEndingAt(tokens, floor, k - 1)
      // ("However, one dealer, who asked not to be named, told": a connective opening the sentence is no name.)
      if (!phrase || phrase.b - phrase.a === 1 && CONNECTIVES.has(tokens[phrase.a]!.lower)) continue
      // "A person familiar with the strategy, who was not authorized to speak, said": an unnamed holder.
      const holder = lead.lower === 'who' ? unnamedHolder(tokens, floor, phrase) : null
      if (holder) return holder
      // "A senior Mexican diplomat, who was not authorized to speak publicly, said": an unnamed person.
      // ("one dealer, who asked not to be named, told": "who" makes any noun after "a" or "one" a person.)
      if (lead.lower === 'who' && !tokens[k - 1]!.cap && (ANONYMOUS_HEADS.has(tokens[k - 1]!.lower) || PERSON_ROLES.has(tokens[k - 1]!.lower) ||
        /^(?:a|an|one|another)$/.test(tokens[phrase.a]!.lower) && tokens[k - 1]!.pos === 'NOUN')) return phrase
      if (!isCap(tokens[k - 1]!)) continue
      // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told": the employer's own appositive
      // sits inside the speaker's; the speaker is the name before the first one.
      if (/^(?:at|of|for|with|from)$/.test(tokens[phrase.a - 1]?.lower ?? '') && appositiveBefore(tokens, floor, phrase.a - 1, inQuote)) continue
      // ("A source from Islamic Jihad, a militant faction, told": the appositive describes the body the unnamed source is held by.)
      const held = heldByPrepositions(tokens, floor, phrase)
      if (held && ANONYMOUS_HEADS.has(tokens[held.b - 1]!.lower)) return { a: held.a, b: phrase.b, descriptor: [] }
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
  // ("Head of research at Yamawa Securities Takeshi Tago said": the person closing the phrase, firm-then-person.ts.)
  return phrase ? personAfterFirm(tokens, floor, phrase) ?? unnamedHolder(tokens, floor, phrase) ?? heldByPrepositions(tokens, floor, phrase) ?? joinedGroup(tokens, floor, phrase) ?? phrase : null
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

// "Sokol, in an interview with Izvestia, said", "Vale, in a statement to the AP, said": where the speaker spoke, as an aside.
function inSaidThing(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'in' && /^(?:a|an|her|his|their|its)$/.test(tokens[k + 1]?.lower ?? '') &&
    /^(?:interview|statement|comments|remarks|email|letter)$/.test(tokens[k + 2]?.lower ?? '')
}

// "Manufacturers' organisation, the EEF, said": a body's name after "the", in apposition to a common noun
// that describes it, is the subject. (Not "Tony Blair, the Prime Minister, said": the words before name him.)
function theApposed(tokens: readonly Token[], floor: number, name: Phrase): boolean {
  const k = name.a - 1
  if (k - 1 <= floor || tokens[k]!.lower !== 'the' || tokens[k - 1]!.lower !== ',') return false
  if (!allCap(tokens, name.a, name.b) || nameWords(tokens, name.a, name.b) > 4) return false
  for (let m = name.a; m < name.b; m++) if (TITLES.has(tokens[m]!.lower) || PERSON_ROLES.has(tokens[m]!.lower)) return false
  const head = tokens[k - 2]
  return head !== undefined && !head.cap && head.pos === 'NOUN'
}

// Before "in a post to X", "in a video on Telegram", ending at j: the token before "in"; else j.
const POSTS = /^(?:post|posts|tweet|tweets|message|video|thread|statement)$/
const POST_WORDS = /^(?:a|an|the|his|her|its|their|social|media|separate|later|new|short|lengthy)$/
function pastPosted(tokens: readonly Token[], floor: number, j: number): number {
  let k = j
  while (k > floor && j - k < 3 && tokens[k]!.cap) k--
  if (k === j || !/^(?:to|on)$/.test(tokens[k]!.lower) || !POSTS.test(tokens[k - 1]?.lower ?? '')) return j
  k -= 2
  while (k > floor && POST_WORDS.test(tokens[k]!.lower)) k--
  return k > floor && tokens[k]!.lower === 'in' ? k - 1 : j
}

// The comma before a closing mark at j when the marks open right after "citing" or "quoting"; else j.
function pastCitedQuote(tokens: readonly Token[], floor: number, j: number): number {
  if (j - 1 < floor || !/^(?:”|"|'')$/.test(tokens[j]!.text) || tokens[j - 1]!.lower !== ',') return j
  for (let k = j - 2; k > floor && k >= j - 16; k--) {
    if (/^(?:“|"|``)$/.test(tokens[k]!.text)) return /^(?:citing|quoting)$/.test(tokens[k - 1]!.lower) ? j - 1 : j
  }
  return j
}

// The "(" of a short bracket of capitals closing at k ("(ISPR)"), else k + 1: the words before it end where they would.
function bracketStart(tokens: readonly Token[], floor: number, k: number): number {
  if (tokens[k]?.lower !== ')') return k + 1
  let m = k - 1
  while (m > floor && k - m <= 4 && tokens[m]!.lower !== '(') m--
  return m > floor && tokens[m]!.lower === '(' && tokens[m - 1]!.cap && k - m > 1 ? m : k + 1
}
