// What a speaker phrase is: a pronoun, a proper name (titles stripped:
// "Russian Prime Minister Mikhail Mishustin" -> "Mikhail Mishustin"), a role
// noun standing for someone named before ("the expert"), a text ("a joint
// communique", "a CNBC report") or an unnamed source ("officials").

import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import { isCap } from './phrases.ts'
import {
  ANONYMOUS_HEADS, CALENDAR, DEMONYM_OF, LEGAL_SUFFIX, DEMONYMS, PLACES, DOCUMENT_NOUNS, ORG_ROLES, ORG_WORDS, OUTLET_ROLES, PERSON_ROLES, SOURCE_PLACES, TITLES,
} from './lexicon.ts'
import { isDistributor, knownOutlet } from './outlets.ts'
import { fold } from './fold.ts'
import { mastheadWord, outletName, outletShape } from './outlet-shape.ts'
import { describesReports, isJob, pastOpener, pastPosting } from './name-titles.ts'
import { personPart } from './name-heads.ts'
import { kindOfName } from './kinds.ts'
import { anonymousName, opensSentence } from './anonymous-phrase.ts'
import { stateBodyName } from './state-bodies.ts'
import type { Speaker } from './speaker-type.ts'
import { personOfBody } from './person-of-body.ts'
import { countryBefore } from './country-before.ts'
import { pastMasthead } from './masthead-runs.ts'
import { BODY_DESCRIPTIONS, FIRM_STAFF, HEDGES, MISSIONS, OWN_CHANNELS, PARTISANS, SPOKES } from './speaker-words.ts'
import { particleName } from './name-particles.ts'
import { unnamedOutlet } from './unnamed-outlets.ts'

export type { Speaker } from './speaker-type.ts'

// (Words are compared without a final dot, so "Lt." is the title "lt.".)
// ("House Speaker Brian Bosma", "First Lady Michelle Obama": titles of a person only before a name.)
const ROLE_WORDS = new Set([...TITLES, ...PERSON_ROLES, ...OUTLET_ROLES, 'agency', 'speaker', 'lady'].map((w) => w.replace(/\.$/, '')))
const isTitle = (w: string) => TITLES.has(w) || TITLES.has(`${w}.`)
const LINK = /^(?:de|van|von|bin|al|da|di|del|der|la|le|of|for|-)$/
// "a second official", "another source": a separate unnamed source (GUIDE decision 4 numbers them); 0 = the next one.
const ORDINALS: ReadonlyMap<string, number> = new Map([['another', 0], ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5]])

const DEFINITE = /^(?:the|this|that|these|those|his|her|its|their)$/
// Bodies of a state, named by the country's adjective when a possessive names the country.
const GENERIC_BODY = /\b(?:Staff|Ministry|Department|Office|Council|Committee|Commission|Agency|Service|Parliament|Government|Cabinet|Embassy|Customs|Court|Guard|Bank|Directorate|Administration)\b/
const POSSESSIVE = /^(?:'s|’s|')$/

// Helpers at module level: describe() runs for every name in the article.
const bare = (w: Token) => (w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower)
const capOrLink = (w: Token) => isCap(w) || LINK.test(w.lower)
const orgWord = (w: Token) => ORG_WORDS.has(w.lower)
const isOrgWord = (w: string) => ORG_WORDS.has(w)
const isSame = (m: string) => m === 'same'
const slice = (text: string, tokens: readonly Token[], from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end)

function common(w: string): boolean {
  return ANONYMOUS_HEADS.has(w) || PERSON_ROLES.has(w) || ORG_ROLES.has(w) || OUTLET_ROLES.has(w) ||
    DOCUMENT_NOUNS.has(w) || PERSON_ROLES.has(w.replace(/s$/, ''))
}

export function describe(text: string, tokens: readonly Token[], phrase: Phrase): Speaker | null {
  const from = pastMasthead(text, tokens, pastPosting(tokens, pastOpener(tokens, phrase.a, phrase.b), phrase.b), phrase.b)
  const speaker = particleName(text, tokens, phrase.a, phrase.b) ?? describeWords(text, tokens, from === phrase.a ? phrase : { ...phrase, a: from })
  return speaker?.type === 'name' ? { ...speaker, ...personPart(text, tokens, phrase.b, speaker.name, speaker.titles) } : speaker
}

function describeWords(text: string, tokens: readonly Token[], phrase: Phrase): Speaker | null {
  let { a } = phrase
  const { b } = phrase
  const first = tokens[a]!
  if (b - a === 1 && first.pos === 'PRON') return { type: 'pronoun', word: first.lower }
  let det = ''
  if (first.pos === 'DET' || /^(?:his|her|its|their)$/.test(first.lower) || b - a > 1 && /^(?:this|that|these|those)$/.test(first.lower)) { det = first.lower; a++ }
  if (phrase.skip && phrase.skip[0] === a) a = phrase.skip[1]
  // "wearing a backpack investigators believe contained": "a" cannot go with a plural; the group is the last word.
  if ((det === 'a' || det === 'an') && b - a > 1 && ANONYMOUS_HEADS.has(tokens[b - 1]!.lower) && /s$/.test(tokens[b - 1]!.lower) && !tokens[b - 2]!.cap) a = b - 1
  // "Some Western media" are named with their "some".
  const some = (k: number) => (det === 'some' && k === phrase.a + 1 ? phrase.a : k)
  if (a >= b) return null
  // "Kim Jong-un": a given name whose second syllable is in lower case ends the person's name.
  const syllable = tokens[b - 1]!
  if (b - a >= 3 && /^\p{Ll}{2,5}$/u.test(syllable.text) && tokens[b - 2]!.lower === '-' && tokens[b - 2]!.end === syllable.start &&
    tokens[b - 3]!.end === tokens[b - 2]!.start && isCap(tokens[b - 3]!)) {
    const rest = describe(text, tokens, { a: phrase.a, b: b - 2, descriptor: [] })
    return rest?.type === 'name' ? { ...rest, name: `${rest.name}-${syllable.text}` } : rest
  }
  const worker = personOfBody(text, tokens, a, b)
  if (worker) return worker
  // "the Washington Post" is an outlet, not a post; "the Vedomosti business daily" is Vedomosti.
  // (With its "The": "The Hill reported" is the masthead, "Hill said" Fiona Hill.)
  const named = det === 'the' ? `The ${slice(text, tokens, a, b)}` : slice(text, tokens, a, b)
  const shaped = outletShape(tokens, a, b)
  const described = unnamedOutlet(text, tokens, det, a, b)
  if (described) return described
  if (shaped) return { type: 'name', name: outletName(slice(text, tokens, shaped[0], shaped[1])), titles: ['outlet'] }
  if (tokens[b - 1]!.cap && knownOutlet(named)) return { type: 'name', name: outletName(named), titles: ['outlet'] }
  if (det === 'the' && b - a === 1 && mastheadWord(tokens, a)) return { type: 'name', name: named, titles: ['outlet'] }
  const words = tokens.slice(a, b)
  const head = words[words.length - 1]!
  const lowerWords = words.map(bare)
  // "The People's Daily": a masthead's own possessive is no owner.
  if (words.length > 1 && knownOutlet(slice(text, tokens, a, b))) return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  // "OPEC+", "Canal+": a plus joined to a capitalised name ends it.
  if (head.lower === '+' && words.length >= 2 && head.start === words[words.length - 2]!.end && words.slice(0, -1).every(isCap)) {
    return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  }

  // "police in Lower Bavaria" are the Lower Bavaria police; "Iran's mission to the United Nations" is one body.
  if (lowerWords[0] === 'police' && /^(?:in|of)$/.test(lowerWords[1] ?? '') && words.length > 2 && words.slice(2).every(capOrLink)) {
    return { type: 'name', name: `${slice(text, tokens, a + 2, b)} police`, titles: [] }
  }
  // "a spokesperson for Downing Street" is an unnamed "Downing Street spokesperson", as "a Treasury spokesperson" is.
  // ("A spokesperson at Air Mobility Command": "at" a named body too; "for the Interior Ministry" with its "the".)
  if (lowerWords.length > 2 && SPOKES.has(lowerWords[0]!) && /^(?:for|at)$/.test(lowerWords[1]!) && (isCap(words[2]!) || lowerWords[2] === 'the' && words.length > 3 && isCap(words[3]!)) && (/^(?:a|an|one)$/.test(det) || det === '')) {
    return { type: 'anonymous', name: `${slice(text, tokens, a + 2, b).replace(/^the /i, '')} ${lowerWords[0]} (anonymous)`, head: lowerWords[0]! }
  }
  // ("a spokesperson for the ministry": the body's role noun, resolved as "a ministry spokesperson" is.)
  if (lowerWords.length === 4 && SPOKES.has(lowerWords[0]!) && lowerWords[1] === 'for' && lowerWords[2] === 'the' && ORG_ROLES.has(lowerWords[3]!) && /^(?:a|an|one)$/.test(det)) {
    return { type: 'anonymous', name: `${lowerWords[3]} ${lowerWords[0]} (anonymous)`, head: lowerWords[0]! }
  }
  const to = lowerWords.indexOf('to')
  if (to > 0 && MISSIONS.has(lowerWords[to - 1]!) && isCap(words[0]!) && isCap(head)) return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  // "people familiar with the matter", "a source close to the talks", "a source at the ministry": unnamed.
  // "analysts at Goldman Sachs": a firm's analysts speak for the named firm, as "the bank said" would.
  // ("Analysts at the Center for Macroeconomic Analysis": "the" may come before the firm.)
  const firm = lowerWords[2] === 'the' ? 3 : 2
  if (lowerWords.length > firm && FIRM_STAFF.test(lowerWords[0]!) && lowerWords[1] === 'at' && words.slice(firm).every((w) => capOrLink(w) || /^(?:&|the|and)$/.test(w.lower)) && isCap(words[firm]!)) {
    // "JPMorgan Chase & Co." is JPMorgan Chase: a company's legal suffix is no part of its name.
    // (Its role says it is a body: "firm".)
    return { type: 'name', name: slice(text, tokens, a + firm, b).replace(LEGAL_SUFFIX, ''), titles: ['firm'] }
  }
  // "Residents of Kastri said", "Meteorologists expect": a plural common noun capitalised only because the sentence opens with it.
  if (opensSentence(tokens, a) && /s$/.test(lowerWords[0]!) && ANONYMOUS_HEADS.has(lowerWords[0]!) && (words.length === 1 || /^(?:of|in|from|at|across)$/.test(lowerWords[1]!))) {
    return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b), head: lowerWords[0]!.replace(/s$/, '') }
  }
  for (let k = 1; k < lowerWords.length; k++) {
    if (HEDGES.has(lowerWords[k]!)) return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b) }
    // ("Another official, at the State Department": the place may sit after a comma.)
    const held = lowerWords[k - 1] === ',' && k > 1 ? k - 2 : k - 1
    if (SOURCE_PLACES.has(lowerWords[k]!) && (!words[held]!.cap || held === 0) && ANONYMOUS_HEADS.has(lowerWords[held]!)) {
      return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b) }
    }
  }

  // The words before a possessive ("Ukraine's", "the president's"), when there is one.
  let possessive = -1
  for (let k = 1; k < words.length - 1; k++) if (POSSESSIVE.test(lowerWords[k]!)) possessive = k
  if (head.lower === 'office' && !head.cap && (/^(?:his|her)$/.test(det) || possessive === words.length - 2)) {
    if (possessive <= 0) return { type: 'office', owner: null, titles: [] }
    const holder = describe(text, tokens, { a, b: a + possessive, descriptor: [] })
    if (holder?.type === 'name') return { type: 'office', owner: holder.name, titles: holder.titles }
    return { type: 'office', owner: slice(text, tokens, a, a + possessive), titles: [] }
  }
  const owner = possessive > 0 ? words.slice(0, possessive) : []
  const ownedByName = owner.length > 0 && owner.every(isCap)

  // "the press service of the Energy Ministry": the body.
  const serviceOf = lowerWords[0] === 'press' && /^(?:service|office)$/.test(lowerWords[1] ?? '') && lowerWords[2] === 'of' && words.length > 3
  if (serviceOf) return describe(text, tokens, { a: a + 3, b, descriptor: [] })
  // "the Russian Foreign Ministry's press service", "the Kremlin press service",
  // "the Kremlin's website": the body (or person) it speaks for.
  const pressService = words.length >= 2 && lowerWords[words.length - 2] === 'press' && /^(?:service|office)$/.test(head.lower)
  const ownChannel = possessive > 0 && possessive === words.length - 2 && OWN_CHANNELS.has(head.lower)
  if ((pressService || ownChannel) && !head.cap) {
    const end = possessive > 0 ? a + possessive : b - 2
    if (end > a) {
      const body = describe(text, tokens, { a, b: end, descriptor: [] })
      // "the Cabinet's press service": a capitalised body word stands as the name.
      if ((!body || body.type === 'role') && words.slice(0, end - a).every(isCap)) return { type: 'name', name: slice(text, tokens, a, end), titles: [] }
      if (body) return body
    }
    if (det && pressService) return { type: 'role', head: 'press service', mods: [], group: 'org' }
  }

  // "Union negotiator Erik Janssen", "Belgian broadcaster VRT": the name follows the last role word.
  for (let k = words.length - 2; k >= 0; k--) {
    // "industry group Eurofer", "the tracking site PowerOutage": a lower-case description of a body before its name.
    const describes = !isCap(words[k]!) && (ORG_ROLES.has(lowerWords[k]!) || BODY_DESCRIPTIONS.has(lowerWords[k]!))
    // "NASA commentator George Diller": any lower-case noun after a capitalised employer is the person's job.
    const job = !isCap(words[k]!) && words[k]!.pos === 'NOUN' && !LINK.test(lowerWords[k]!) && k > 0 && isCap(words[k - 1]!)
    if (!describes && !job && (!ROLE_WORDS.has(lowerWords[k]!) || isCap(words[k]!) && k === 0 && (!isTitle(lowerWords[k]!) || words.length === 2 && isJob(lowerWords[k]!)))) continue
    // "National Conference of State Legislatures": a capitalised word after "of" is inside a name.
    if (isCap(words[k]!) && k > 0 && LINK.test(lowerWords[k - 1]!)) break
    const rest = words.slice(k + 1)
    // ("the ratings agency Moody's": a name may end in "'s".)
    if (rest.length && rest.every((w, n) => capOrLink(w) || n > 0 && n === rest.length - 1 && POSSESSIVE.test(w.lower)) && isCap(rest[0]!) && !rest.some(orgWord)) {
      return { type: 'name', name: slice(text, tokens, a + k + 1, b), titles: lowerWords.slice(0, k + 1) }
    }
    // "Vice Minister of Commerce Wang Shouwen": the office's name runs on after "of"; the person is the last two words.
    if (lowerWords[k + 1] === 'of' && rest.length >= 4 && rest.every(capOrLink) && !rest.slice(-2).some(orgWord) && rest.slice(-2).every(isCap)) {
      // ("... Prosecution Eva-Marie Persson": a hyphen joins two given names into one.)
      const given = b - 4 > a + k + 1 && tokens[b - 3]!.text === '-' && tokens[b - 3]!.start === tokens[b - 4]!.end && tokens[b - 3]!.end === tokens[b - 2]!.start ? b - 4 : b - 2
      return { type: 'name', name: slice(text, tokens, given, b), titles: lowerWords.slice(0, given - a) }
    }
    break
  }

  // A text: "a joint communique", "a CNBC report", "the document", "court filings".
  if ((DOCUMENT_NOUNS.has(head.lower) || /s$/.test(head.lower) && DOCUMENT_NOUNS.has(head.lower.slice(0, -1))) && !isCap(head)) {
    // "the British Retail Consortium": a demonym before another capitalised word belongs to the owner's name.
    // ("Initial reports said": a describing word capitalised as the sentence opens owns nothing.)
    const owners = words.filter((w, k) => isCap(w) && (!DEMONYMS.has(w.lower) || k + 1 < words.length - 1 && isCap(words[k + 1]!)) &&
      !(k === 0 && opensSentence(tokens, a) && describesReports(w.lower)))
    const owner = owners.length ? text.slice(owners[0]!.start, owners[owners.length - 1]!.end) : null
    if (DEFINITE.test(det) && words.length <= 2 && !owner) return { type: 'role', head: head.lower, mods: lowerWords.slice(0, -1), group: 'document' }
    // "according to local news reports", "Initial reports said": reports nobody is named for are unnamed sources.
    if (!owner && !DEFINITE.test(det) && /^(?:reports|accounts)$/.test(head.lower)) {
      const name = anonymousName(text, tokens, a, b)
      return { type: 'anonymous', name: opensSentence(tokens, a) ? name[0]!.toLowerCase() + name.slice(1) : name, head: head.lower }
    }
    return { type: 'document', name: slice(text, tokens, a, b), owner }
  }
  // ("the 2020 Open Doors Report": a report's name may open with its year.)
  if (isCap(head) && DOCUMENT_NOUNS.has(head.lower) && words.length > 1 && words.every((w, k) => isCap(w) || k === 0 && /^\d{4}$/.test(w.text) && words.length > 2)) {
    return { type: 'document', name: slice(text, tokens, a, b), owner: null }
  }
  const tail = ownedByName ? words.slice(possessive + 1) : words
  // "the American Iron and Steel Institute": "and" joins the words of a body's name.
  const inName = (w: Token) => capOrLink(w) || /^(?:and|&)$/.test(w.lower) && orgWord(head)
  // "Many Tunisians said", "Some Republicans say": a share of a people or a party, unnamed.
  if (words.length === 2 && /^(?:many|some|most|few|several|other|ordinary)$/.test(lowerWords[0]!) && isCap(head) && /\p{Ll}s$/u.test(head.text) && !head.text.includes('.') && kindOfName(head.text) === 'person') {
    return { type: 'anonymous', name: `${head.text} (anonymous)`, head: head.lower }
  }
  // "an Iowa Republican said", "one GOP insider added": a party's member described, not named (GUIDE 4).
  if ((/^(?:a|an|another)$/.test(det) || lowerWords[0] === 'one') && PARTISANS.test(head.text)) {
    return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b), head: head.lower }
  }
  // "Wall Street predicted": the market's analysts, unnamed.
  if (words.length === 2 && lowerWords[0] === 'wall' && lowerWords[1] === 'street') return { type: 'anonymous', name: 'Wall Street (anonymous)', head: 'street' }
  if (isCap(head) && (!common(head.lower) || tail.length > 1 && isCap(tail[0]!) && tail.every(inName))) {
    if (CALENDAR.has(head.lower)) return null
    // "Russia's Foreign Minister Sergey Lavrov": the name follows the last title.
    let from = 0
    const hasOrgWord = lowerWords.some(isOrgWord)
    for (let k = 0; k < words.length - 1; k++) {
      if (POSSESSIVE.test(words[k]!.lower)) from = k + 1
    }
    if (!hasOrgWord) {
      let k = from
      // "Russian President X" drops the demonym; "British Retail Consortium" keeps it.
      const demonymTitle = (n: number) => DEMONYMS.has(lowerWords[n]!) && (isTitle(lowerWords[n + 1]!) || !isCap(words[n + 1]!) || DEMONYMS.has(lowerWords[n + 1]!))
      // "Chief Operating Officer Dana Whitlock": the words between "chief" and "officer" are the title.
      const officer = lowerWords.indexOf('chief') >= 0 ? lowerWords.lastIndexOf('officer', words.length - 2) : -1
      while (k < words.length - 1 && (isTitle(lowerWords[k]!) || demonymTitle(k) || !isCap(words[k]!) || k < officer)) k++
      // ("Fan Mengguang": a job word before one name word is the name's first.)
      if (k === 1 && words.length === 2 && isCap(words[0]!) && isJob(lowerWords[0]!)) k = 0
      const titles = lowerWords.slice(0, k).filter((w) => !POSSESSIVE.test(w))
      from = k
      const name = slice(text, tokens, a + from, b)
      if (isDistributor(name)) return null
      return { type: 'name', name, titles }
    }
    // ("Sudan's paramilitary Rapid Support Forces": a lower-case description before the name is no part of it.)
    while (from < words.length - 1 && !isCap(words[from]!) && isCap(words[from + 1]!)) from++
    const body = slice(text, tokens, a + from, b)
    // "Russia's Ministry of Economic Development" is the Russian one; "Russia's Gazprom" stays Gazprom.
    const demonym = ownedByName && from === possessive + 1 ? DEMONYM_OF.get(fold(slice(text, tokens, a, a + possessive))) : undefined
    if (demonym && GENERIC_BODY.test(body)) return { type: 'name', name: `${demonym} ${body}`, titles: [] }
    // "the California Governor's Office of Emergency Services", "South Dakota's Department of Social Services":
    // a generic body's "Office of ..." is named with the owner no adjective stands for.
    if (ownedByName && from === possessive + 1 && /^(?:Office|Department|Bureau|Division|Commission) (?:of|for)\b/.test(body)) {
      return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
    }
    return { type: 'name', name: body, titles: [] }
  }
  // Lower-case head: a role noun or an unnamed source.
  const mods = words.slice(0, -1).map((w) => w.lower)
  const plural = /s$/.test(head.lower) && !PERSON_ROLES.has(head.lower)
  const singular = plural ? head.lower.replace(/s$/, '') : head.lower
  const capitalMods = words.slice(0, -1).filter((w) => isCap(w) && w.pos === 'PROPN' && !DEMONYMS.has(w.lower) && !PLACES.has(w.lower))
  // "Ukraine's agriculture ministry": a named owner makes it definite.
  const definite = DEFINITE.test(det) || ownedByName && ORG_ROLES.has(singular)
  if (definite && !plural && (ORG_ROLES.has(singular) || OUTLET_ROLES.has(singular))) {
    // "the FNV union", "the Interfax agency": the modifier names it.
    // "the Bavarian interior ministry" is described, not named, by its capital: the whole phrase stands.
    const afterCapitals = capitalMods.length ? words.slice(words.indexOf(capitalMods[capitalMods.length - 1]!) + 1, -1) : []
    // ("the DeepState monitoring group": what the body does, between its name and the role noun, describes it too;
    // "the Bavarian interior ministry" stays described.)
    if (capitalMods.length && afterCapitals.every((w) => w.lower === 'news' || ORG_ROLES.has(w.lower) || OUTLET_ROLES.has(w.lower) || !w.cap && /ing$/.test(w.lower))) {
      // ("the Scottish government", "the Obama administration": a place's or a leader's government is named with its noun.)
      if (afterCapitals.length === 0 && /^(?:government|administration)$/.test(singular)) return { type: 'name', name: `${text.slice(capitalMods[0]!.start, head.start)}${head.text}`, titles: [] }
      return { type: 'name', name: text.slice(capitalMods[0]!.start, capitalMods[capitalMods.length - 1]!.end), titles: [singular] }
    }
    // "Kazakhstan ..., its energy ministry said": the country the sentence is about owns it.
    if (det === 'its' && ORG_ROLES.has(singular)) {
      const country = countryBefore(tokens, a)
      if (country) return { type: 'name', name: stateBodyName(country, slice(text, tokens, a, b)) ?? `${country}'s ${slice(text, tokens, a, b)}`, titles: [] }
    }
    // "Russia's foreign ministry": the Russian foreign ministry (state-bodies.ts).
    const stateBody = ownedByName && possessive + 1 < words.length - 1 ? stateBodyName(slice(text, tokens, a, a + possessive), slice(text, tokens, a + possessive + 1, b)) : null
    if (stateBody) return { type: 'name', name: stateBody, titles: [] }
    // "the Dutch economy ministry": described well enough to stand as a name.
    if (mods.length && ORG_ROLES.has(singular) && !mods.every(isSame)) return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  }
  // "the second official": one of several unnamed sources, not a role noun for a named one.
  const ordinal = plural ? undefined : ORDINALS.get(det) ?? (mods.length ? ORDINALS.get(mods[0]!) : undefined)
  const unnamed = ANONYMOUS_HEADS.has(head.lower) || PERSON_ROLES.has(singular) || ANONYMOUS_HEADS.has(singular)
  if (ordinal !== undefined && unnamed) {
    return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b), definite: DEFINITE.test(det), head: singular, ordinal }
  }
  if (DEFINITE.test(det) && !plural) {
    if (OUTLET_ROLES.has(singular) || singular === 'agency' && mods.includes('news')) return { type: 'role', head: singular, mods, group: 'outlet' }
    if (ORG_ROLES.has(singular)) return { type: 'role', head: singular, mods, group: 'org' }
    if (PERSON_ROLES.has(singular)) return { type: 'role', head: singular, mods, group: 'person', owned: /^(?:his|her|their|its)$/.test(det) }
  }
  if (unnamed || plural && !det && head.pos === 'NOUN') {
    return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b), definite: DEFINITE.test(det), head: singular }
  }
  // ("at the time called": a masthead is written with its capital, "Time".)
  // (Lower case only as the masthead writes itself, "dpa"; "the times" is no outlet.)
  const written = slice(text, tokens, a, b)
  const known = knownOutlet(written)
  const outlet = head.cap || known === written ? known : undefined
  if (outlet) return { type: 'name', name: outlet, titles: [] }
  return null
}
