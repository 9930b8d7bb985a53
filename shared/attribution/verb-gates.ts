// Whether a reporting word reports where it stands: the tagger's verb, or a
// word it misread in a verb's place; and the shapes where the verb does
// something else ("added to signs", "recalls inhalers", "expected to").
// Split from cues.ts; reads the sentence in cue-sentence.ts.

import { BE, MANNER, NEEDS_AS, NEEDS_PARTICLE } from './lexicon.ts'
import { excluded } from './cue-exclusions.ts'
import { actNotReport } from './act-verbs.ts'
import { jointByline } from './joint-bylines.ts'
import { afterTime, bareClause } from './verb-complements.ts'
import { from, nextWithin, quoteWithin, to, tokens, word } from './cue-sentence.ts'
import { isTextNoun } from './cue-texts.ts'
import { claimObject, rejectedAs } from './stance-objects.ts'
import { namedByCall } from './called-names.ts'
import { groupAside } from './aside-verbs.ts'

// Verbs that may come before their subject ("..., said Sun Xiuwen").
export const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'stressed', 'explained',
  'argued', 'insisted', 'reported', 'recalled', 'observed', 'concluded', 'reads', 'read', 'stated', 'declared',
  'remarked', 'commented', 'claimed', 'continued', 'emphasised', 'emphasized', 'cautioned', 'recalls', 'explains',
  // ("..., say economists.", "..., reports Reuters.", "..., showed official data.")
  'say', 'reports', 'testified', 'showed', 'shows', 'show',
  // ("“Who cares?” asked one delegate.")
  'asked', 'asks',
  // ("..., predicts Goldwater Partners", "..., warns IMF": a British headline's verbs of forecast and warning.)
  'predicts', 'predicted', 'warns', 'warned', 'insists', 'argues', 'admits', 'admitted'])
const NEEDS_CONTENT = /^(?:express|expresses|expressed|voice|voices|voiced|propose|proposes|proposed)$/

// A reporting word the tagger read as a noun, in a verb's place: "Court filings show that", "The company disputes those".
// ", official figures show, but ...": after a text noun, before a comma or the end ("the editorial notes,": the tagger
// reads "editorial" as an adjective there).
// "Economists had forecast a decline": after "had", before a determiner.
// ("which Apple views as": a verb needing "as" right before it.)
// ("which officials say will open": "say" before an auxiliary.)
const verbPlace = (k: number) => k > from && (word(k) === 'points' && word(k + 1) === 'out' || pluralPointsOut(k) || /^says?$/.test(word(k)) && k + 1 < to && tokens[k + 1]!.pos === 'AUX' && /^(?:NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos) || NEEDS_AS.has(word(k)) && word(k + 1) === 'as' && tokens[k - 1]!.pos === 'PROPN') || k > from && (/^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || isTextNoun(word(k - 1)) || /^(?:had|has|have)$/.test(word(k - 1))) &&
  (word(k + 1) === 'that' || k + 1 < to && tokens[k + 1]!.pos === 'DET' || /^[,.]?$/.test(word(k + 1)) && isTextNoun(word(k - 1)) || outlook(k) || ownerAfter(k) || textClaim(k) || pluralThenClause(k))
// ("The minister also informed the committee that": a past reporting word the tagger reads as an adjective,
// after an adverb of sequence after the subject's noun, before "that" or the one told.)
const SEQUENCE = /^(?:also|further|later|again|then|earlier|separately|additionally|previously)$/
const afterAdverb = (k: number) => k - 1 > from && SEQUENCE.test(word(k - 1)) && /^(?:NOUN|PROPN)$/.test(tokens[k - 2]!.pos) && /ed$/.test(word(k)) &&
  k + 1 < to && (word(k + 1) === 'that' || tokens[k + 1]!.pos === 'DET')
// ("Economists point out that": a plural's "point out" before "that", which the tagger reads as a noun.)
const pluralPointsOut = (k: number) => word(k) === 'point' && word(k + 1) === 'out' && word(k + 2) === 'that' && /\p{Ll}s$/u.test(tokens[k - 1]!.text)
// ("the company claims its new prices ...", "As the report states: ...": a possessive or a colon after the word.)
// ("The report by the union claims institutions have ...": a text's claim before a clause with no "that".)
const textClaim = (k: number) => /s$/.test(word(k)) && k + 2 < to && /^(?:NOUN|PRON)$/.test(tokens[k + 1]!.pos) && tokens[k + 2]!.pos === 'AUX' && textSubject(k)
// A text noun heads the subject before k: right before it, or before a "by"/"from"/"of" phrase naming its issuer.
function textSubject(k: number): boolean {
  if (isTextNoun(word(k - 1))) return true
  for (let n = k - 1; n > Math.max(from, k - 8); n--) if (/^(?:by|from|of)$/.test(word(n))) return isTextNoun(word(n - 1))
  return false
}
// ("Traders estimate OPEC is producing ...": a plural subject, the bare form, then a clause with its "that" left out.)
const pluralThenClause = (k: number) => tokens[k - 1]!.pos === 'NOUN' && /s$/.test(word(k - 1)) && !/s$/.test(word(k)) && k + 2 < to &&
  /^(?:PROPN|PRON)$/.test(tokens[k + 1]!.pos) && /^(?:AUX|VERB)$/.test(tokens[k + 2]!.pos)
// ("Independent analysts estimate its cost": a plural subject before the bare form.)
const ownerAfter = (k: number) => (/s$/.test(word(k)) || tokens[k - 1]!.pos === 'NOUN' && /s$/.test(word(k - 1))) && (/^(?:its|their|his|her|our)$/.test(word(k + 1)) || word(k + 1) === ':' && isTextNoun(word(k - 1)))
// "the IMF forecast economic growth of 2.5%": a forecasting word after a name, before what it forecasts.
const OUTLOOK = /^(?:forecast|forecasts|projects|predicts|estimates)$/
// ("Economists polled by Reuters had forecast growth of 2.1%": after "had", before what was forecast.)
const outlook = (k: number) => OUTLOOK.test(word(k)) && tokens[k - 1]!.pos === 'PROPN' && tokens[k - 1]!.cap &&
  k + 1 < to && /^(?:ADJ|NUM)$/.test(tokens[k + 1]!.pos) ||
  /^(?:forecast|estimated|projected|predicted)$/.test(word(k)) && /^(?:had|have|has)$/.test(word(k - 1)) && k + 1 < to && /^(?:NOUN|ADJ|NUM)$/.test(tokens[k + 1]!.pos)

// ("The unions claim Fiat is to close ...": a bare reporting verb the tagger read as a noun, after a plural
// subject and before a clause with its "that" left out.)
const BARE_CLAIM = /^(?:claim|say|argue|insist|contend|believe|allege|maintain|warn|fear|predict|expect|think|suggest)$/
function pluralClaim(k: number): boolean {
  const subject = tokens[k - 1]!
  if (!BARE_CLAIM.test(word(k)) || subject.pos !== 'NOUN' || !/[^s]s$/.test(subject.lower) || k + 2 >= to) return false
  if (!/^(?:PROPN|PRON|DET)$/.test(tokens[k + 1]!.pos)) return false
  for (let n = k + 2; n < Math.min(to, k + 6); n++) {
    if (/^(?:AUX|VERB)$/.test(tokens[n]!.pos)) return true
    if (tokens[n]!.pos === 'PUNCT' || tokens[n]!.pos === 'ADP') return false
  }
  return false
}

// A closing quotation and its comma just before the subject of verb i: "“...,” Trump simpered".
function quoteBefore(i: number): boolean {
  // ("?’”": a quotation inside it closes first.)
  const end = (n: number) => /^[,!?]$/.test(word(n)) || /^(?:’|')$/.test(word(n)) && /^[,!?]$/.test(word(n - 1))
  // (The speaker may take six words: '"...?" the Labour MP for Birkenhead asked'.)
  for (let n = i - 1; n >= Math.max(from, i - 7); n--) if (/^(?:"|”|'')$/.test(word(n)) && end(n - 1)) return true
  return false
}

// A quotation closed by its comma anywhere before i in the sentence ("'...,' CNN producer Gul Tuysuz reported").
function quoteTagged(i: number): boolean {
  for (let n = i - 1; n > from; n--) if (/^(?:"|”|'')$/.test(word(n)) && /^[,!?]$/.test(word(n - 1))) return true
  return false
}

// "asked for the investigation to be resumed": a request with what it asks done; "asked for comment" names a thing.
function requestFor(i: number, w: string): boolean {
  if (!/^ask(?:s|ed)?$/.test(w) || word(i + 1) !== 'for') return false
  for (let n = i + 2; n < Math.min(to - 1, i + 10); n++) {
    if (word(n) === 'to') return /^(?:VERB|AUX)$/.test(tokens[n + 1]!.pos)
    if (tokens[n]!.pos === 'PUNCT' || tokens[n]!.pos === 'VERB') return false
  }
  return false
}

// ", the minister continued,": a short subject set off by commas before verb i, and a comma after it.
function inCommas(i: number): boolean {
  if (word(i + 1) !== ',') return false
  for (let n = i - 1; n > from && n >= i - 5; n--) {
    if (word(n) === ',') return n < i - 1
    if (tokens[n]!.pos === 'PUNCT' || tokens[n]!.pos === 'VERB' || tokens[n]!.pos === 'AUX') return false
  }
  return false
}

// "called the impeachment process a sham", "called him a liar": an object, then "a"/"an" and what it is called.
// ("called the police a day later": a time is no name.)
function calledA(k: number): boolean {
  if (k >= to || !/^(?:DET|PRON|PROPN)$/.test(tokens[k]!.pos) || /^(?:a|an)$/.test(word(k))) return false
  for (let n = k + 1; n < Math.min(to - 1, k + 10); n++) {
    if (/^(?:a|an)$/.test(word(n))) return !/^(?:day|week|month|year|few|couple|second|third|number|lot|bit|while|minute|hour|time)$/.test(word(n + 1))
    // ("called the denial illegal", "called them unacceptable": a judgement closing the clause after the object.)
    if (tokens[n]!.pos === 'ADJ' && /^(?:NOUN|PROPN|PRON)$/.test(tokens[n - 1]!.pos) && /^[.,;]$/.test(word(n + 1))) return true
    if (!/^(?:DET|NOUN|PROPN|ADJ|ADP|NUM)$/.test(tokens[n]!.pos) || /^(?:to|for|on|after|before|at)$/.test(word(n)) && n === k + 1) return false
  }
  return false
}

// "demanded an immediate statement", "demanded the impeachment of ...", "demanded Loeb identify ...": a demand
// that says what is wanted; "demanded answers from the mayor" names only a thing asked for.
function demandedContent(k: number): boolean {
  if (k >= to) return false
  if (/^(?:the|an?|his|her|its|their)$/.test(word(k))) return k + 2 < to && tokens[k + 1]!.pos !== 'PUNCT' && tokens[k + 2]!.pos !== 'PUNCT'
  // A subject and its verb: the clause of what must be done.
  return tokens[k]!.pos === 'PROPN' && tokens[k + 1]?.pos === 'VERB' || nextWithin(k + 1, 3, /^that$/)
}

// The guests a host receives: "welcomed the visiting delegation", "welcomed President Lula", "welcomed them to the palace".
const GUESTS = /^(?:delegations?|guests?|visitors?|delegates|crowds?|fans|players|team|participants|arrivals|newcomers|refugees|migrants|home|back|aboard)$/
function hostedAfter(k: number): boolean {
  if (k >= to || word(k) === 'to' || /^(?:him|her|them|us|me|you)$/.test(word(k))) return true
  for (let n = k; n < Math.min(to, k + 5); n++) {
    if (GUESTS.test(word(n))) return true
    if (tokens[n]!.pos === 'PROPN' && tokens[n + 1]?.pos === 'PROPN' && n === k) return true
    if (/^(?:ADP|PUNCT|VERB|AUX|SCONJ)$/.test(tokens[n]!.pos)) break
  }
  return false
}

// "presented Turkey as a mediator": "as" after a short object.
// ("touted a price cut as part of a campaign": "as part of", "as well as" name no role.)
function hasAs(k: number): boolean {
  for (let n = k; n < Math.min(to, k + 8); n++) if (word(n) === 'as' && !/^(?:part|well|soon|much|many|long|far|of)$/.test(word(n + 1))) return true
  return false
}

// The reporting word w at i stands as a verb: tagged one, or in a verb's place.
// ("The Wall Street Journal quotes several US officials as saying": the tagger reads "quotes" as the noun.)
function quotesAs(i: number, w: string): boolean {
  if (w !== 'quotes' || i === from) return false
  for (let k = i + 1; k < Math.min(to - 1, i + 10); k++) if (word(k) === 'as') return /^(?:saying|telling)$/.test(word(k + 1))
  return false
}

export function verbHere(i: number, w: string): boolean {
  // ("..., notes Washington Examiner.": an inverted reporting word before a capitalised name is a verb, whatever the tagger says.)
  // ("“...,” reports Corrie Driebusch.": after the comma and the quotation mark that close a quotation.)
  const closed = word(i - 1) === ',' || /^(?:"|”|''|'|’)$/.test(word(i - 1)) && word(i - 2) === ','
  const invertedVerb = INVERTIBLE.has(w) && closed && i + 1 < to && tokens[i + 1]!.cap
  // ("The vote, Ortiz notes, decides ...": a name and its verb set off in commas, whatever the tagger says.)
  const setOff = INVERTIBLE.has(w) && !tokens[i]!.cap && inCommas(i) && tokens[i - 1]!.cap && tokens[i - 1]!.pos === 'PROPN'
  if (tokens[i]!.pos !== 'VERB' && !/^(?:said|says|told|added|noted|wrote|stressed|urged)$/.test(w) && !quotesAs(i, w) && !verbPlace(i) && !afterAdverb(i) && !invertedVerb && !setOff && !afterAppositive(i, w) && !textClosing(i, w) && !reportsAtEnd(i, w) && !(i > from && pluralClaim(i)) && !groupAside(i, w)) return false
  // ("are warning that": an -ing form reports only in the progressive; "people telling them to" does not.)
  if (/ing$/.test(w) && !BE.has(word(i - 1))) return false
  // ("- Moscow sees no progress": in a bullet the list's speaker says what the state sees.)
  if (w === 'sees' && /^(?:-|•|\*)$/.test(word(from))) return false
  return true
}

// ("Paul Burton, a director at IHS, estimates that ...": a present-tense reporting word after the comma closing
// a name's appositive, before "that", is the name's verb, whatever the tagger says.)
function afterAppositive(i: number, w: string): boolean {
  if (!/\p{Ll}s$/u.test(w) || word(i - 1) !== ',' || word(i + 1) !== 'that') return false
  for (let n = i - 2; n > from && n >= i - 16; n--) {
    if (word(n) !== ',') continue
    // ("The book, serialised in the Telegraph, alleges that": a text's appositive too.)
    return tokens[n - 1]!.cap && tokens[n - 1]!.pos === 'PROPN' || isTextNoun(word(n - 1))
  }
  return false
}

// ("..., a new book about the chancellor claims.": a sentence-final reporting word after a text set off by a
// comma, past what the text is about, whatever the tagger says.)
function textClosing(i: number, w: string): boolean {
  if (!/\p{Ll}s$/u.test(w) || !/^[.!]$/.test(word(i + 1))) return false
  for (let n = i - 1; n > from && n >= i - 9; n--) {
    if (word(n) === ',' || tokens[n]!.pos === 'VERB' || tokens[n]!.pos === 'AUX') return false
    if (isTextNoun(word(n)) && (n === i - 1 || /^(?:about|on|into|of)$/.test(word(n + 1)))) return word(n - 1) === ',' || /^(?:a|an|the|new)$/.test(word(n - 1))
  }
  return false
}

// "..., Axios reports.", "..., the Sun reports.": a name before a sentence-final "reports" after a comma is a
// masthead reporting (the tagger reads a noun); "denying the reports." has no name before it.
function reportsAtEnd(i: number, w: string): boolean {
  // (A headline ends with no stop: "Trump pushes EU to cut tariffs, FT reports".)
  if (w !== 'reports' || !(/^[.!]$/.test(word(i + 1)) || i + 1 === to) || !tokens[i - 1]?.cap) return false
  let k = i - 1
  while (k > from && tokens[k - 1]!.cap && i - k < 5) k--
  if (word(k - 1) === 'the') k--
  return word(k - 1) === ','
}

// The verb w at i reports nothing here: excluded (GUIDE 2), or doing something else.
export function noReport(i: number, w: string): boolean {
  if (excluded(tokens, from, i)) return true
  const particles = w === 'demanded' && demandedContent(i + 1) ? undefined : NEEDS_PARTICLE.get(w)
  // "called the ruling \"a win ...\"": naming something in quotation marks needs no particle.
  // ("called the process a sham": a name given to a thing, like "branded".)
  // ("“...,” Vindman testified": right after the quotation it closes, the verb reports it.)
  // ("hinted last year that ...", "They worry China is ...": past a time, or a clause with its "that" left out.)
  // ("rejected Iranian spy boat charges": a claim noun heading the object; "rejected the force as ...": a stance after "as".)
  if (particles && !particles.has(word(i + 1)) && !particles.has(word(afterTime(i))) && !claimObject(i, particles) && !rejectedAs(i) && !bareClause(i, w) && !(/^call/.test(w) && (quoteWithin(i + 1) || calledA(i + 1) || namedByCall(i + 1))) && !quoteBefore(i)) return true
  // "declared a state of emergency": an act; "declared that ..." reports, and so does "declared victory" (a claim to have won).
  if (/^declare[sd]?$/.test(w) && i + 1 < to && /^(?:DET|NOUN|PRON)$/.test(tokens[i + 1]!.pos) && word(i + 1) !== 'victory' && !quoteWithin(i + 1)) return true
  // "expressed concern that ...", "proposed on Tuesday to cut ...": a stance only with its content after it.
  // ("expressed “great satisfaction”": the words it voiced, quoted right after it, are its content too.)
  if (NEEDS_CONTENT.test(w) && !nextWithin(i + 1, 5, /^(?:that|to)$/) && !/^(?:"|“|``)$/.test(word(i + 1))) return true
  // "The figures add to signs that ...": adding to something is no report ("added to reporters" is).
  if (/^add(?:s|ed)?$/.test(w) && word(i + 1) === 'to' && word(i + 2) !== 'reporters') return true
  // "Halcyon recalls 2 million inhalers": a product recall; "recalled that ..." or "..., he recalled" reports.
  if (/^(?:recall|remember)(?:s|ed)?$/.test(w) && !/^(?:that|how|when|what|:)$/.test(word(i + 1)) && !/^(?:,|"|”|'')$/.test(word(i - 1)) && !quoteWithin(i + 1)) return true
  // "“...,” Trump simpered", "shouted: “...”": a voice next to its quotation; "laughed at the idea" is none.
  if (MANNER.has(w) && !quoteWithin(i + 1) && word(i + 1) !== ':' && word(i + 1) !== 'that' && !quoteBefore(i) && !requestFor(i, w)) return true
  // "She continued: ...", "“...,” he continued": going on speaking; "the fighting continued" is no report.
  // ("However, the minister continued, the crucial thing is ...": a tag set in commas inside the words.)
  if (/^continue[sd]$/.test(w) && !/^(?::|"|“|``)$/.test(word(i + 1)) && !/^(?:,|"|”|'')$/.test(word(i - 1)) && !/^(?:,|"|”|'')$/.test(word(i - 2)) && !quoteBefore(i) && !inCommas(i)) return true
  // "welcomed the move": a stance; "welcomed the visiting delegation", "welcomed them to": receiving guests.
  if (/^welcome[sd]?$/.test(w) && hostedAfter(i + 1)) return true
  // "expected to file": a plan, not a report.
  if (/^expect/.test(w) && word(i + 1) === 'to') return true
  if (NEEDS_AS.has(w) && !hasAs(i + 1)) return true
  // (A quotation the verb tags is the reporter's own words as a witness: "'No lights,' CNN producer Gul Tuysuz reported from Istanbul".)
  if (/^(?:reported|wrote|writes|reports)$/.test(w) && word(i + 1) === 'from' && to - i < 8 && !quoteTagged(i) || jointByline(i)) return true // byline
  return actNotReport(i, w)
}
