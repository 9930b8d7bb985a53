// What a speaker phrase is: a pronoun, a proper name (titles stripped:
// "Russian Prime Minister Mikhail Mishustin" -> "Mikhail Mishustin"), a role
// noun standing for someone named before ("the expert"), a text ("a joint
// communique", "a CNBC report") or an unnamed source ("officials").

import { groupPossessive } from './possessive-names.ts'
import { aimLink } from './aim-bodies.ts'
import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import { isCap } from './phrases.ts'
import { ANONYMOUS_HEADS, CALENDAR, DEMONYM_OF, DEMONYMS, DOCUMENT_NOUNS, ORG_ROLES, ORG_WORDS, OUTLET_ROLES, PERSON_ROLES, TITLES } from './lexicon.ts'
const WEEKDAY_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|early|late|mid)$/
import { isDistributor, knownOutlet } from './outlets.ts'
import { fold } from './fold.ts'
import { mastheadWord, outletName, outletShape } from './outlet-shape.ts'
import { isJob, pastOpener, pastPosting } from './name-titles.ts'
import { personPart } from './name-heads.ts'
import { kindOfName } from './kinds.ts'
import { anonymousName } from './anonymous-phrase.ts'
import type { Speaker } from './speaker-type.ts'
import { titledPerson } from './titled-persons.ts'
import { personOfBody } from './person-of-body.ts'
import { pastMasthead } from './masthead-runs.ts'
import { BODY_DESCRIPTIONS, OWN_CHANNELS, PARTISANS } from './speaker-words.ts'
import { hyphenedArticle, particleName } from './name-particles.ts'
import { LINK, POSSESSIVE, bare, capOrLink, slice, type PhraseWords } from './phrase-words.ts'
import { textSpeaker } from './text-speakers.ts'
import { prepositionSpeaker } from './preposition-speakers.ts'
import { firmStaff } from './firm-staff.ts'
import { talkSpeaker } from './talk-speakers.ts'
import { roleSpeaker } from './role-speakers.ts'
import { groupWord } from './group-words.ts'
import { officialMasthead } from './official-mastheads.ts'
import { unnamedOutlet } from './unnamed-outlets.ts'
import { titleRole } from './title-roles.ts'
import { numberedName } from './numbered-names.ts'

export type { Speaker } from './speaker-type.ts'

// (Words are compared without a final dot, so "Lt." is the title "lt.".)
// ("House Speaker Brian Bosma", "First Lady Michelle Obama": titles of a person only before a name.)
const ROLE_WORDS = new Set([...TITLES, ...PERSON_ROLES, ...OUTLET_ROLES, 'agency', 'speaker', 'lady'].map((w) => w.replace(/\.$/, '')))
const isTitle = (w: string) => TITLES.has(w) || TITLES.has(`${w}.`)
// Bodies of a state, named by the country's adjective when a possessive names the country.
const GENERIC_BODY = /\b(?:Staff|Ministry|Department|Office|Council|Committee|Commission|Agency|Service|Parliament|Government|Cabinet|Embassy|Customs|Court|Guard|Bank|Directorate|Administration)\b/

// Helpers at module level: describe() runs for every name in the article.
const orgWord = (w: Token) => ORG_WORDS.has(w.lower)
const isOrgWord = (w: string) => ORG_WORDS.has(w)

// ("non-profit group Committee to Protect Journalists": "to" inside a body named for its aim, aim-bodies.ts.)
const aimTo = (words: readonly Token[], n: number) => n > 0 && aimLink(words, n, 0, words.length)

function common(w: string): boolean {
  return ANONYMOUS_HEADS.has(w) || PERSON_ROLES.has(w) || ORG_ROLES.has(w) || OUTLET_ROLES.has(w) ||
    DOCUMENT_NOUNS.has(w) || PERSON_ROLES.has(w.replace(/s$/, ''))
}

export function describe(text: string, tokens: readonly Token[], phrase: Phrase): Speaker | null {
  const group = groupWord(tokens, phrase)
  if (group) return group
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
  // ("Number 10 said": a word and a number, numbered-names.ts.)
  const numbered = numberedName(text, tokens, a, b)
  if (numbered) return { type: 'name', name: numbered, titles: [] }
  const worker = personOfBody(text, tokens, a, b) ?? titledPerson(tokens, a, b)
  if (worker) return worker
  // "the Washington Post" is an outlet, not a post; "the Vedomosti business daily" is Vedomosti.
  // (With its "The": "The Hill reported" is the masthead, "Hill said" Fiona Hill.)
  const named = det === 'the' ? `The ${slice(text, tokens, a, b)}` : slice(text, tokens, a, b)
  const shaped = outletShape(tokens, a, b)
  const described = unnamedOutlet(text, tokens, det, a, b)
  if (described) return described
  if (shaped) return { type: 'name', name: outletName(slice(text, tokens, shaped[0], shaped[1])), titles: ['outlet'] }
  const official = officialMasthead(text, tokens, a, b)
  if (official) return official
  if (tokens[b - 1]!.cap && knownOutlet(named)) return { type: 'name', name: outletName(named), titles: ['outlet'] }
  if (det === 'the' && b - a === 1 && mastheadWord(tokens, a)) return { type: 'name', name: named, titles: ['outlet'] }
  const words = tokens.slice(a, b)
  const head = words[words.length - 1]!
  const lowerWords = words.map(bare)
  const place: PhraseWords = { text, tokens, a, b, det, words, lower: lowerWords, some }
  // "The People's Daily": a masthead's own possessive is no owner.
  if (words.length > 1 && knownOutlet(slice(text, tokens, a, b))) return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  if (groupPossessive(words)) return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  // "OPEC+", "Canal+": a plus joined to a capitalised name ends it.
  if (head.lower === '+' && words.length >= 2 && head.start === words[words.length - 2]!.end && words.slice(0, -1).every(isCap)) {
    return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  }

  const placed = talkSpeaker(place) ?? prepositionSpeaker(place) ?? firmStaff(place)
  if (placed) return placed

  // The words before a possessive ("Ukraine's", "the president's"), when there is one.
  let possessive = -1
  for (let k = 1; k < words.length - 1; k++) if (POSSESSIVE.test(lowerWords[k]!)) possessive = k
  // ("The FBI's D.C. office said": a body's office placed by a name is a branch, named as written.)
  if (head.lower === 'office' && !head.cap && possessive > 0 && possessive < words.length - 2 && words.every((w, k) => k === possessive || k === words.length - 1 || isCap(w))) {
    return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  }
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

  // ("the Prime Minister said": a capitalised title alone is a role noun, title-roles.ts.)
  const titled = titleRole(det, lowerWords)
  if (titled) return titled
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
    // ("the ratings agency Moody's": a name may end in "'s"; "mining firm WMC Resources": after a description, body words.)
    // ("the rebel group Donetsk People's Republic": a group's possessive inside the name, possessive-names.ts.)
    if (rest.length && (rest.every((w, n) => capOrLink(w) || aimTo(rest, n) || n > 0 && n === rest.length - 1 && POSSESSIVE.test(w.lower)) || describes && groupPossessive(rest)) && isCap(rest[0]!) && (describes || !rest.some(orgWord))) {
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
  const textual = textSpeaker(place)
  if (textual) return textual
  const tail = ownedByName ? words.slice(possessive + 1) : words
  // "the American Iron and Steel Institute": "and" joins the words of a body's name;
  // ("the Office of the Foreign Ministry": so does "of the" before a capitalised word.)
  const inName = (w: Token, n: number) => capOrLink(w) || /^(?:and|&)$/.test(w.lower) && orgWord(head) ||
    w.lower === 'the' && tail[n - 1]?.lower === 'of' && tail[n + 1] !== undefined && isCap(tail[n + 1]!) && orgWord(head) ||
    // ("the Medicines and Healthcare products Regulatory Agency": a lower-case noun between the capitalised words of a body's name.)
    w.pos === 'NOUN' && /^\p{Ll}+$/u.test(w.text) && !common(w.lower) && orgWord(head) && n > 0 && isCap(tail[n - 1]!) && tail[n + 1] !== undefined && isCap(tail[n + 1]!) && tail[n + 1] !== head
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
    // (A month is no name, but closes one: "Dong Jun", "Theresa May".)
    if (CALENDAR.has(head.lower) && (tail.length < 2 || !isCap(tail.at(-2)!) || CALENDAR.has(tail.at(-2)!.lower) || WEEKDAY_WORD.test(tail.at(-2)!.lower))) return null
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
      // ("al-Murabitun": an Arabic article opening a name is part of it, name-particles.ts.)
      while (k < words.length - 1 && (isTitle(lowerWords[k]!) || demonymTitle(k) || !isCap(words[k]!) && !hyphenedArticle(tokens, a + k, b) || k < officer)) k++
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
    // ("Germany's Federal Office for ...": a body named as the federation's or nation's already names its state.)
    if (demonym && GENERIC_BODY.test(body) && !/^(?:Federal|National)\s/.test(body)) return { type: 'name', name: `${demonym} ${body}`, titles: [] }
    // "the California Governor's Office of Emergency Services", "South Dakota's Department of Social Services":
    // a generic body's "Office of ..." is named with the owner no adjective stands for.
    if (ownedByName && from === possessive + 1 && /^(?:Office|Department|Bureau|Division|Commission) (?:of|for)\b/.test(body)) {
      return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
    }
    return { type: 'name', name: body, titles: [] }
  }
  // Lower-case head: a role noun or an unnamed source.
  return roleSpeaker(place, possessive, ownedByName)
}
