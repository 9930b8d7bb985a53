// The cues that are no reporting verb: "according to X", "per X", "citing X",
// the anonymity formulas ("declined to be named") and an opening participle
// ("Noting that ..."). Split from cues.ts; reads the sentence in cue-sentence.ts.

import { isCap, phraseStartingAt, type Phrase } from './phrases.ts'
import { ANONYMOUS_HEADS, PARTICIPLES } from './lexicon.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { phraseSpeaker } from './plain-speakers.ts'
import type { Cue } from './cue-types.ts'
import { cue, from, inQuote, nearEnd, speakerOf, text, to, tokens, word } from './cue-sentence.ts'
import { titledText } from './according-titles.ts'
import { AUTHORED, SEEN, citable, isTextNoun, issuerAt, ownedDocument } from './cue-texts.ts'
import { kindedNoun } from './document-kinds.ts'

const PARTITIVE = /^(?:one|two|three|four|some|several|both|each|many|most|all|either|neither)$/
const PER_NOT_SOURCE = /^(?:cent|capita|annum|se|share|person|head|day|week|month|year|hour|barrel|ton|tonne|unit|kilogram|kg|pound|ounce|mile|kilometre|kilometer)$/i
// Texts and messages whose reporting participle speaks for their author.
const SPOKEN_TEXT = /^(?:statements?|letters?|ads?|adverts?|advertisements?|tweets?|posts?|comments?|messages?|emails?|notes?|releases?|videos?|memos?|notices?|petitions?)$/
export const ANONYMITY = new Set(['anonymity', 'anonymously', 'named', 'identified'])

// Pushes the formula cue starting at token i, if any; true when i was read as one.
export function formulaCue(i: number, w: string, cues: Cue[]): boolean {
  const quoted = inQuote(i)
  if (w === 'according' && word(i + 1) === 'to') {
    // "according to estimates from ...": a plural text noun the tagger read as a verb.
    const p = phraseStartingAt(tokens, i + 2, to) ?? (isTextNoun(word(i + 2)) ? { a: i + 2, b: i + 3, descriptor: [] } : null)
    // ("according to a computer programmer": a common noun phrase no describer names is an unnamed source.)
    let speaker = speakerOf(p) ?? (p ? phraseSpeaker(p) : null)
    let end = p?.b ?? i + 2
    // "according to a survey by the Semiconductor Industry Association"
    // "according to a statement released on Thursday by China's National Energy Administration"
    const by = p && speaker?.type === 'document' ? issuerAt(p.b) : -1
    const owner = by > 0 ? phraseStartingAt(tokens, by, to) : null
    // ("a paper seen by dpa": a known masthead may be written in lower case.)
    const issuer = owner && (isCap(tokens[owner.b - 1]!) || /^(?:'s|’s)$/.test(word(owner.b - 1)) && isCap(tokens[owner.b - 2]!) ||
      knownOutlet(text.slice(tokens[owner.a]!.start, tokens[owner.b - 1]!.end))) ? speakerOf(owner) : null
    // ("data compiled by Bloomberg" is the outlet's own text: "Bloomberg data".)
    if (owner && issuer?.type === 'name' && looksLikeOutlet(issuer.name) && !AUTHORED.test(word(p!.b))) {
      // "a joint statement published by Xinhua": the outlet passes the text on (GUIDE 5).
      const relay = cue('according', owner.a, owner.b, issuer, quoted, false, i - from > 2)
      if (SEEN.test(word(p!.b))) relay.seenBy = true
      cues.push(relay)
    } else if (owner && issuer) { speaker = ownedDocument(owner, kindedNoun(text, tokens, p!.a, p!.b - 1)); end = owner.b }
    // ("according to the new “dot plot”", "according to the state's finances website": a quoted title or an owned thing.)
    const titled = !speaker || speaker.type === 'role' && /^(?:website|site|page|portal)$/.test(speaker.head) ? titledText(i + 2) : null
    if (titled) cues.push(cue('according', i, titled.phrase.b, titled.speaker, quoted, false, i - from > 2))
    else if (p && speaker) cues.push(cue('according', i, end, speaker, quoted, false, i - from > 2))
    return true
  }
  // ("per the Nordic Council", "Per a council statement, ...": an article before the capitalised source.)
  const perName = i + 1 < to && isCap(tokens[i + 1]!) || /^(?:the|a|an)$/.test(word(i + 1)) && i + 2 < to && isCap(tokens[i + 2]!)
  if (w === 'per' && perName && !PER_NOT_SOURCE.test(tokens[i + 1]!.text) && (word(i - 1) === ',' || nearEnd(i) || i === from)) {
    const p = phraseStartingAt(tokens, i + 1, to)
    const speaker = speakerOf(p)
    if (p && speaker) cues.push(cue('per', i, p.b, speaker, quoted, false, true))
    return true
  }
  // "Kyodo said, quoting a government official"; "Citing two sources, Axios reported".
  if (w === 'citing' || w === 'quoting') {
    // ("Semafor, citing “people familiar with ...,” reported": the cited sources' description in quotation marks.)
    const k = /^(?:“|"|``)$/.test(word(i + 1)) && i + 2 < to ? i + 2 : i + 1
    // ("citing one of the sources", "quoting two of the officials": the people the one belongs to.)
    const group = PARTITIVE.test(word(k)) && word(k + 1) === 'of' ? joinedCited(phraseStartingAt(tokens, k + 2, to)) : null
    const people = group && speakerOf(group)?.type === 'anonymous'
    const p = people ? group : joinedCited(phraseStartingAt(tokens, k, to))
    const speaker = speakerOf(p)
    // "citing slower orders" gives a reason, not a source: the clause's subject speaks (participles.ts).
    if (!p || !speaker || !citable(speaker, p)) {
      if (word(i - 1) === ',' && !quoted) cues.push(cue('participle', i, i + 1, null, false, true, false))
    } else if (p && speaker) cues.push(cue('citing', i, p.b, speaker, quoted, false, true))
    return true
  }
  // ("declined to be named", "asked not to be identified"; "would be named his successor" is no formula.)
  const named = /^(?:named|identified)$/.test(w) ? /^(?:to|not)$/.test(word(i - 2)) : true
  if (ANONYMITY.has(w) && named && /^(?:of|be|to)$/.test(word(i - 1)) || (w === 'anonymity' && word(i - 1) === 'requested')) {
    cues.push({ ...cue('anonymity', i, i + 1, null, quoted, false, true) })
    return true
  }
  // ("declined to comment on US President Donald Trump saying that ...": a name after a preposition is the gerund's own speaker.)
  if (PARTICIPLES.has(w) && !quoted && gerundSubject(i, cues)) return true
  // ("... a battle with Amazon — claiming the retailer was a bully": a dash sets the participle off as a comma does.)
  // ("released a television ad saying ...", "issued a statement warning that ...": the text carries its author's words.)
  if (PARTICIPLES.has(w) && (i === from || /^(?:,|—|–|--)$/.test(word(i - 1)) || SPOKEN_TEXT.test(word(i - 1)) || unmarkedSaying(i) || joinedParticiple(i)) && !quoted) {
    cues.push(cue('participle', i, i + 1 + (word(i + 1) === 'that' ? 1 : 0), null, false, true, false))
    return true
  }
  return false
}

// "citing lawmakers and aides": two unnamed groups of people cited together are one source, named with both.
function joinedCited(p: Phrase | null): Phrase | null {
  if (!p || word(p.b) !== 'and' || !ANONYMOUS_HEADS.has(word(p.b - 1)) || !/s$/.test(word(p.b - 1))) return p
  const next = phraseStartingAt(tokens, p.b + 1, to)
  if (!next || next.b - next.a > 3 || tokens[next.a]!.pos === 'DET' || !ANONYMOUS_HEADS.has(word(next.b - 1)) || !/s$/.test(word(next.b - 1))) return p
  return { a: p.a, b: next.b, descriptor: next.descriptor }
}

// "TCI and Atticus have opposed the bid for some time saying it would ...", "Iranian envoys toured Gulf Arab
// states saying responsibility ... was a regional matter": wire copy often sets "saying" off with no comma,
// after the clause of a subject that speaks; a clause follows it (not "a sign saying" nor "saying goodbye").
// "he escaped, fleeing to Aden and declaring himself president": a participle joined by "and" to one its comma set off.
function joinedParticiple(i: number): boolean {
  if (word(i - 1) !== 'and') return false
  for (let k = i - 2; k > from + 1 && k >= i - 10; k--) {
    if (/^[,;:.]$/.test(word(k)) || inQuote(k)) return false
    if (word(k - 1) === ',' && /ing$/.test(word(k)) && tokens[k]!.pos === 'VERB') return true
  }
  return false
}

// "on Donald Trump saying that", "after Senator Ivo Tam claiming": a run of capitalised words between a preposition
// and the participle is its subject; the participle's clause is that name's, not the sentence subject's.
const GERUND_PREPOSITIONS = /^(?:on|about|over|after|following|despite|amid|with|of|against|by)$/
function gerundSubject(i: number, cues: Cue[]): boolean {
  if (!/^(?:saying|claiming|warning|insisting|arguing|calling|accusing|telling|suggesting)$/.test(word(i)) || tokens[i - 1]?.pos !== 'PROPN') return false
  let a = i - 1
  while (a - 1 > from && i - a < 8 && tokens[a - 1]!.cap) a--
  if (!GERUND_PREPOSITIONS.test(word(a - 1)) || i + 2 >= to) return false
  const speaker = speakerOf({ a, b: i, descriptor: [] })
  if (!speaker || speaker.type !== 'name') return false
  const c = cue('verb', a, i + 1 + (word(i + 1) === 'that' ? 1 : 0), speaker, false, false, false)
  c.verb = i
  cues.push(c)
  return true
}

function unmarkedSaying(i: number): boolean {
  if (word(i) !== 'saying' || i - from < 4 || !/^(?:NOUN|PROPN|ADV)$/.test(tokens[i - 1]!.pos)) return false
  let verb = false
  for (let k = from; k < i - 1; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') verb = true
  if (!verb) return false
  // A clause after it: a subject, then its verb within a few words.
  for (let k = i + 1; k < Math.min(to, i + 8); k++) {
    if (tokens[k]!.pos === 'PUNCT') return false
    if ((tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && k > i + 1) return true
  }
  return false
}
