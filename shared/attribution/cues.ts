// Attribution cues in one sentence: reporting verbs with their speaker,
// "according to X", "per X", "citing X", "X quoted Y as saying", participles
// ("Noting that ..."), and the anonymity formulas. Exclusions (GUIDE 2):
// negated verbs, agentless passives, infinitives and modals, bylines,
// verbs that need a particle or a document subject, and cues with no content.

import type { Token } from './nlp.ts'
import type { Phrase } from './phrases.ts'
import { isCap, phraseEndingAt, phraseStartingAt, sharedSubject, subjectBefore } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { describe } from './speakers.ts'
import {
  ANONYMOUS_HEADS, BE, CALENDAR, DEMONYM_OF, DOCUMENT_NOUNS, PERSON_ROLES, EVIDENTIAL, RELEASED, MANNER, NEEDS_AS, NEEDS_PARTICLE, PARTICIPLES, REPORTING, TITLES,
} from './lexicon.ts'
import { knownOutlet, looksLikeOutlet } from './outlets.ts'
import { relayCues } from './relay-cues.ts'
import { CONTINUED, excluded, goesOn, platformAfter } from './cue-exclusions.ts'
import { bareSpeaker, withKnowledge } from './bare-bodies.ts'
import { relativeSubject } from './relative-subjects.ts'
import { stanceCues } from './stance-cues.ts'
import { speechActs } from './speech-acts.ts'

type CueKind = 'verb' | 'according' | 'per' | 'citing' | 'quoted' | 'participle' | 'anonymity'

export interface Cue {
  kind: CueKind
  start: number
  end: number
  verb: number
  speaker: Speaker | null
  inQuote: boolean
  // Content follows the cue ("Wang said that ...") or precedes it ("..., Sun said").
  leading: boolean
  trailing: boolean
  venue: string | null
  // Whose words a "quoted X as saying" cue relays.
  quotedOuter: Speaker | null
  // What the text says of the speaker (", an expert with ..."), lower-case words.
  descriptor: string[]
  // "told the state news agency IRNA": a wire told is one the writer relays (GUIDE 6).
  wireVenue?: boolean
  // "a draft seen by X": the outlet saw a text, which is the writer's own
  // outlet's usual wording; a relay only when X relays elsewhere (relay-inherit.ts).
  seenBy?: boolean
}

export interface SentenceView {
  text: string
  tokens: readonly Token[]
  from: number
  to: number
  // 1 for a token inside a quotation (quotes.ts), indexed like tokens.
  inside: Uint8Array
}

const PER_NOT_SOURCE = /^(?:cent|capita|annum|se|share|person|head|day|week|month|year|hour|barrel|ton|tonne|unit|kilogram|kg|pound|ounce|mile|kilometre|kilometer)$/i
const isSourceNoun = (w: string) => ANONYMOUS_HEADS.has(w) || ANONYMOUS_HEADS.has(`${w}s`) || PERSON_ROLES.has(w)
// What "citing" can name as a source: a name, a role, an unnamed person or
// group ("citing officials"), a text with an issuer or an article ("citing a
// report", "citing data from FactSet"); not a reason ("citing slower orders").
const CITED_TEXTS = new Set(['data', 'figures', 'documents', 'filings', 'statistics', 'estimates', 'records', 'sources'])
function citable(speaker: Speaker, p: Phrase): boolean {
  if (speaker.type === 'anonymous') return speaker.head === undefined || isSourceNoun(speaker.head)
  if (speaker.type !== 'document') return true
  const last = tokens[p.b - 1]!.lower
  return speaker.owner !== null || /^(?:a|an|the|its|his|her|their)$/.test(word(p.a)) || CITED_TEXTS.has(last)
}
const OUTLET_NOUN = /^(?:agency|newspaper|daily|broadcaster|channel|outlet|tabloid|weekly|magazine|website|portal)$/
const AUTHORED = /^(?:compiled|gathered|collected|calculated|conducted|commissioned)$/
const SEEN = /^(?:seen|obtained|reviewed)$/
const NEEDS_CONTENT = /^(?:express|expresses|expressed|voice|voices|voiced|propose|proposes|proposed)$/
function nextWithin(k: number, n: number, pattern: RegExp): boolean {
  for (let m = k; m < Math.min(to, k + n); m++) if (pattern.test(word(m))) return true
  return false
}
const isTextNoun = (w: string) => DOCUMENT_NOUNS.has(w) || DOCUMENT_NOUNS.has(w.replace(/s$/, ''))
const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/
const STRICT_EVIDENTIAL = new Set(['show', 'shows', 'showed', 'find', 'finds', 'found', 'read', 'reads'])
// Verbs that may come before their subject ("..., said Sun Xiuwen").
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes', 'stressed', 'explained',
  'argued', 'insisted', 'reported', 'recalled', 'observed', 'concluded', 'reads', 'read', 'stated', 'declared',
  'remarked', 'commented', 'claimed', 'continued', 'emphasised', 'emphasized', 'cautioned', 'recalls', 'explains'])
const ANONYMITY = new Set(['anonymity', 'anonymously', 'named', 'identified'])
// Every word that can start a cue; most tokens are none of them and are passed over at once.
const TRIGGERS = new Set([...REPORTING, ...PARTICIPLES, ...ANONYMITY, 'according', 'per', 'citing', 'quoting'])

// The sentence being read. findCues runs for every sentence of a long
// article: its helpers read this module state instead of being closures made
// per call (each closure is an allocation, and under tsx a __name call too).
let text = ''
let tokens: readonly Token[] = []
let from = 0
let to = 0
let inside: Uint8Array = new Uint8Array(0)

const inQuote = (k: number) => inside[k] === 1
const word = (k: number) => (k >= from && k < to ? tokens[k]!.lower : '')
const span = (a: number, b: number) => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end })
const speakerOf = (p: Phrase | null) => (p ? withKnowledge(text, tokens, p) ?? describe(text, tokens, p) ?? bareSpeaker(text, tokens, p) : null)
const nearStart = (k: number) => k - from <= 1
const nearEnd = (k: number) => to - k <= 12
// A reporting word the tagger read as a noun, in a verb's place: "Court filings show that", "The company disputes those".
// ", official figures show, but ...": after a text noun, before a comma or the end.
// "Economists had forecast a decline": after "had", before a determiner.
// ("which Apple views as": a verb needing "as" right before it.)
// ("which officials say will open": "say" before an auxiliary.)
const verbPlace = (k: number) => k > from && (word(k) === 'points' && word(k + 1) === 'out' || /^says?$/.test(word(k)) && k + 1 < to && tokens[k + 1]!.pos === 'AUX' && /^(?:NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos) || NEEDS_AS.has(word(k)) && word(k + 1) === 'as' && tokens[k - 1]!.pos === 'PROPN') || k > from && (/^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || /^(?:had|has|have)$/.test(word(k - 1))) &&
  (word(k + 1) === 'that' || k + 1 < to && tokens[k + 1]!.pos === 'DET' || /^[,.]?$/.test(word(k + 1)) && isTextNoun(word(k - 1)) || outlook(k))
// "the IMF forecast economic growth of 2.5%": a forecasting word after a name, before what it forecasts.
const OUTLOOK = /^(?:forecast|forecasts|projects|predicts|estimates)$/
const outlook = (k: number) => OUTLOOK.test(word(k)) && tokens[k - 1]!.pos === 'PROPN' && tokens[k - 1]!.cap &&
  k + 1 < to && /^(?:ADJ|NUM)$/.test(tokens[k + 1]!.pos)
const QUOTE_MARK = /^(?:"|“|``)$/
function quoteWithin(k: number): boolean {
  for (let n = k; n < Math.min(to, k + 6); n++) if (QUOTE_MARK.test(word(n))) return true
  return false
}
// After an inverted verb, a speaker in lower case: a title before a name
// ("said chief inspector Jane Roe"), or unnamed people closing the sentence
// ("..., noted experts.", "..., said many analysts").
function lowerSpeaker(p: Phrase): boolean {
  const last = tokens[p.b - 1]!
  // ("says veteran industry analyst Ken Doctor": a role word anywhere before the name.)
  for (let k = p.a; k < p.b - 1; k++) if (TITLES.has(word(k)) || PERSON_ROLES.has(word(k))) return isCap(last)
  return !last.cap && ANONYMOUS_HEADS.has(last.lower) && /s$/.test(last.lower) && (p.b >= to || /^[.,;!?]$/.test(word(p.b)))
}

// The "by" of a short "as ..." complement from k, or -1: "described as “heartbreaking” by".
function agentAfterAs(k: number): number {
  for (let n = k; n < Math.min(to - 1, k + 8); n++) {
    if (word(n) === 'by') return n
    if (/^[,;:.]$/.test(word(n))) return -1
  }
  return -1
}

// A closing quotation and its comma just before the subject of verb i: "“...,” Trump simpered".
function quoteBefore(i: number): boolean {
  for (let n = i - 1; n >= Math.max(from, i - 5); n--) if (/^(?:"|”|'')$/.test(word(n)) && /^[,!?]$/.test(word(n - 1))) return true
  return false
}

// "presented Turkey as a mediator": "as" after a short object.
function hasAs(k: number): boolean {
  for (let n = k; n < Math.min(to, k + 8); n++) if (word(n) === 'as') return true
  return false
}

export function findCues(view: SentenceView): Cue[] {
  ;({ text, tokens, from, to, inside } = view)
  const cues: Cue[] = []
  for (let i = from; i < to; i++) {
    const t = tokens[i]!
    const w = t.lower
    if (!TRIGGERS.has(w)) continue
    const quoted = inQuote(i)

    if (w === 'according' && word(i + 1) === 'to') {
      // "according to estimates from ...": a plural text noun the tagger read as a verb.
      const p = phraseStartingAt(tokens, i + 2, to) ?? (isTextNoun(word(i + 2)) ? { a: i + 2, b: i + 3, descriptor: [] } : null)
      let speaker = speakerOf(p)
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
      } else if (owner && issuer) { speaker = ownedDocument(owner, tokens[p!.b - 1]!.text); end = owner.b }
      if (p && speaker) cues.push(cue('according', i, end, speaker, quoted, false, i - from > 2))
      continue
    }
    // ("per the Nordic Council", "Per a council statement, ...": an article before the capitalised source.)
    const perName = i + 1 < to && isCap(tokens[i + 1]!) || /^(?:the|a|an)$/.test(word(i + 1)) && i + 2 < to && isCap(tokens[i + 2]!)
    if (w === 'per' && perName && !PER_NOT_SOURCE.test(tokens[i + 1]!.text) && (word(i - 1) === ',' || nearEnd(i) || i === from)) {
      const p = phraseStartingAt(tokens, i + 1, to)
      const speaker = speakerOf(p)
      if (p && speaker) cues.push(cue('per', i, p.b, speaker, quoted, false, true))
      continue
    }
    // "Kyodo said, quoting a government official"; "Citing two sources, Axios reported".
    if (w === 'citing' || w === 'quoting') {
      const p = phraseStartingAt(tokens, i + 1, to)
      const speaker = speakerOf(p)
      // "citing slower orders" gives a reason, not a source: the clause's subject speaks (participles.ts).
      if (!p || !speaker || !citable(speaker, p)) {
        if (word(i - 1) === ',' && !quoted) cues.push(cue('participle', i, i + 1, null, false, true, false))
      } else if (p && speaker) cues.push(cue('citing', i, p.b, speaker, quoted, false, true))
      continue
    }
    // ("declined to be named", "asked not to be identified"; "would be named his successor" is no formula.)
    const named = /^(?:named|identified)$/.test(w) ? /^(?:to|not)$/.test(word(i - 2)) : true
    if (ANONYMITY.has(w) && named && /^(?:of|be|to)$/.test(word(i - 1)) || (w === 'anonymity' && word(i - 1) === 'requested')) {
      cues.push({ ...cue('anonymity', i, i + 1, null, quoted, false, true) })
      continue
    }
    if (PARTICIPLES.has(w) && (i === from || word(i - 1) === ',') && !quoted) {
      cues.push(cue('participle', i, i + 1 + (word(i + 1) === 'that' ? 1 : 0), null, false, true, false))
      continue
    }
    if (!REPORTING.has(w)) continue
    // ("..., notes Washington Examiner.": an inverted reporting word before a capitalised name is a verb, whatever the tagger says.)
    const invertedVerb = INVERTIBLE.has(w) && word(i - 1) === ',' && i + 1 < to && tokens[i + 1]!.cap
    if (t.pos !== 'VERB' && !/^(?:said|says|told|added|noted|wrote|stressed|urged)$/.test(w) && !verbPlace(i) && !invertedVerb) continue
    // ("are warning that": an -ing form reports only in the progressive; "people telling them to" does not.)
    if (/ing$/.test(w) && !BE.has(word(i - 1))) continue
    // ("- Moscow sees no progress": in a bullet the list's speaker says what the state sees.)
    if (w === 'sees' && /^(?:-|•|\*)$/.test(word(from))) continue
    // ("has been described as “heartbreaking” by the department": the agent after what it was called.)
    const by = BE.has(word(i - 1)) && word(i + 1) === 'as' && w !== 'quoted' && !quoted ? agentAfterAs(i + 2) : -1
    if (by > 0) {
      const agent = phraseStartingAt(tokens, by + 1, to)
      const speaker = speakerOf(agent)
      if (agent && speaker) cues.push(cue('verb', i - 1, agent.b, speaker, quoted, false, true))
      continue
    }
    if (BE.has(word(i - 1)) && word(i + 1) === 'by' && !quoted) {
      // "The findings were described by two European officials": the agent spoke, about what came before.
      const agent = phraseStartingAt(tokens, i + 2, to)
      const speaker = speakerOf(agent)
      if (w === 'quoted' && agent && word(agent.b) === 'as') {
        // "Araqchi was quoted by the IRNA news agency as saying": the subject spoke, the agent passes it on.
        const subject = subjectBefore(tokens, from, i - 1, inQuote)
        const said = speakerOf(subject)
        if (subject && said) {
          const c = cue('quoted', subject.a, Math.min(to, agent.b + 2), said, quoted, true, false)
          c.quotedOuter = speaker
          cues.push(c)
        }
        continue
      }
      if (agent && speaker) cues.push(cue('verb', i - 1, agent.b, speaker, quoted, false, true))
      continue
    }
    if (excluded(tokens, from, i)) continue
    const particles = NEEDS_PARTICLE.get(w)
    // "called the ruling \"a win ...\"": naming something in quotation marks needs no particle.
    if (particles && !particles.has(word(i + 1)) && !(/^call/.test(w) && quoteWithin(i + 1))) continue
    // "declared a state of emergency", "declared victory": an act; "declared that ..." reports.
    if (/^declare[sd]?$/.test(w) && i + 1 < to && /^(?:DET|NOUN|PRON)$/.test(tokens[i + 1]!.pos) && !quoteWithin(i + 1)) continue
    // "expressed concern that ...", "proposed on Tuesday to cut ...": a stance only with its content after it.
    if (NEEDS_CONTENT.test(w) && !nextWithin(i + 1, 5, /^(?:that|to)$/)) continue
    // "The figures add to signs that ...": adding to something is no report ("added to reporters" is).
    if (/^add(?:s|ed)?$/.test(w) && word(i + 1) === 'to' && word(i + 2) !== 'reporters') continue
    // "Halcyon recalls 2 million inhalers": a product recall; "recalled that ..." or "..., he recalled" reports.
    if (/^(?:recall|remember)(?:s|ed)?$/.test(w) && !/^(?:that|how|when|what|:)$/.test(word(i + 1)) && !/^(?:,|"|”|'')$/.test(word(i - 1)) && !quoteWithin(i + 1)) continue
    // "“...,” Trump simpered", "shouted: “...”": a voice next to its quotation; "laughed at the idea" is none.
    if (MANNER.has(w) && !quoteWithin(i + 1) && word(i + 1) !== ':' && word(i + 1) !== 'that' && !quoteBefore(i)) continue
    // "She continued: ...", "“...,” he continued": going on speaking; "the fighting continued" is no report.
    if (/^continue[sd]$/.test(w) && !/^(?::|"|“|``)$/.test(word(i + 1)) && !/^(?:,|"|”|'')$/.test(word(i - 1)) && !/^(?:,|"|”|'')$/.test(word(i - 2)) && !quoteBefore(i)) continue
    // "expected to file": a plan, not a report.
    if (/^expect/.test(w) && word(i + 1) === 'to') continue
    if (NEEDS_AS.has(w) && !hasAs(i + 1)) continue
    if (/^(?:reported|wrote|writes|reports)$/.test(w) && word(i + 1) === 'from' && to - i < 8) continue // byline

    // Speaker: inverted ("..., said Sun Xiuwen") or the subject before.
    let phrase: Phrase | null = null
    let inverted = false
    const prev = word(i - 1)
    if (INVERTIBLE.has(w) && (i === from || prev === ',' || prev === '"' || prev === '”' || prev === "''")) {
      const p = phraseStartingAt(tokens, i + 1, to)
      // "..., said the office expected to file": a clause follows, so the verb's subject comes before it.
      // ("says the letter signed by seven physicians": a participle naming the text's author is no clause.)
      const clause = p !== null && p.b < to && (tokens[p.b]!.pos === 'VERB' || tokens[p.b]!.pos === 'AUX') && !(RELEASED.has(word(p.b)) && word(p.b + 1) === 'by')
        || p !== null && (/^(?:'s|’s)$/.test(word(p.b - 1)) || /^(?:'s|’s)$/.test(word(p.b))) // "..., said Beijing's plan": content, not a speaker
      // "Wes Streeting, the health secretary, said the fall ...": what follows names no speaker, so the subject before speaks.
      if (p && !clause && (isCap(tokens[p.a]!) || /^(?:he|she|they|it|the|a|an|one)$/.test(tokens[p.a]!.lower) || lowerSpeaker(p)) && speakerOf(p)) { phrase = p; inverted = true }
    }
    if (w === 'quoted' && word(i + 1) === 'as' && BE.has(word(i - 1))) {
      // "The minister was quoted as saying": the subject spoke.
      const subject = subjectBefore(tokens, from, i - 1, inQuote)
      const speaker = speakerOf(subject)
      // ("Local people reported ..., the Tuva government was quoted as saying": after a comma the cue closes the sentence.)
      const closing = subject ? word(subject.a - 1) === ',' : false
      if (subject && speaker) cues.push(cue('verb', subject.b - subject.a <= 4 ? subject.a : i, Math.min(to, i + 3), speaker, quoted, !closing, closing))
      continue
    }
    if (inverted && phrase && tokens[phrase.b]?.lower === ',' && !isCap(tokens[phrase.b - 1]!)) {
      // "said the committee's chair, Senator Dana Whitfield": the name in apposition.
      const named = phraseStartingAt(tokens, phrase.b + 1, to)
      if (named && isCap(tokens[named.b - 1]!)) phrase = named
    }
    // "The bank continued to describe": the subject of "continued".
    // "Kestrel Air is hoping": the subject of the progressive's "is".
    // ("He went on to suggest", "proceeded to argue": the subject of the verb before "to".)
    const v = word(i - 1) === 'to' && CONTINUED.test(word(i - 2)) ? i - 2 : word(i - 1) === 'to' && goesOn(tokens, i - 2) ? i - 2 - +(word(i - 2) === 'on') : BE.has(word(i - 1)) && /ing$/.test(w) ? i - 1 : i
    phrase ??= subjectBefore(tokens, from, v, inQuote)
    // "Norges Bank lifts rates, sees slower growth": a headline's verbs after a comma share its subject.
    if (!phrase && word(i - 1) === ',' && /s$/.test(w) && !INVERTIBLE.has(w)) phrase = sharedSubject(tokens, from, i - 1) ?? headlineSubject(i - 1)
    let owned: Speaker | null = null
    // ("A report by the King's Fund warned": any reporting verb, when "by" names the text's author.)
    if (phrase && (EVIDENTIAL.has(w) || word(phrase.a - 1) === 'by') && /^(?:by|from|of)$/.test(word(phrase.a - 1))) {
      // "a study by X found", "data from research firm X showed": X's text.
      let d = phrase.a - 2
      const seen = SEEN.test(word(d))
      if (RELEASED.has(word(d))) d--
      // "intelligence reports seen by Reuters suggest": the reports speak, the outlet that saw them relays.
      if (seen && isTextNoun(word(d))) {
        const doc = phraseEndingAt(tokens, from, d)
        const outlet = speakerOf(phrase)
        if (doc && outlet?.type === 'name' && looksLikeOutlet(outlet.name)) {
          const relay = cue('according', phrase.a - 2, phrase.b, outlet, quoted, false, false)
          relay.seenBy = true
          cues.push(relay)
          phrase = doc
        }
      } else if (DOCUMENT_NOUNS.has(word(d))) {
        owned = ownedDocument(phrase, tokens[d]!.text)
        const doc = phraseEndingAt(tokens, from, d)
        if (doc) phrase = { a: doc.a, b: phrase.b, descriptor: [] }
      }
    }
    // "An internal report on the shutdown reveals": the text speaks, not its topic.
    // ("a report on last year's shutdown of schools": over "of" phrases to the text.)
    for (let topic = phrase, hops = 0; !owned && topic && hops < 4 && /^(?:of|on|into|about|to|for|in|over)$/.test(word(topic.a - 1)); hops++) {
      const due = word(topic.a - 1) === 'to' && word(topic.a - 2) === 'due' ? 1 : 0
      if (/^(?:on|into|about)$/.test(word(topic.a - 1)) && isTextNoun(word(topic.a - 2))) { phrase = phraseEndingAt(tokens, from, topic.a - 2) ?? phrase; break }
      topic = phraseEndingAt(tokens, from, topic.a - 2 - due)
    }
    // "The report, compiled by the UN refugee agency, said": the text named with its issuer.
    // (A text "seen by the AP" is not the AP's.)
    if (!owned && phrase && word(phrase.b) === ',' && RELEASED.has(word(phrase.b + 1)) && !SEEN.test(word(phrase.b + 1)) && word(phrase.b + 2) === 'by' && DOCUMENT_NOUNS.has(word(phrase.b - 1))) {
      const issuer = phraseStartingAt(tokens, phrase.b + 3, to)
      if (issuer && isCap(tokens[issuer.b - 1]!)) owned = ownedDocument(issuer, tokens[phrase.b - 1]!.text)
    }
    if (w === 'quoted' && phrase) {
      // "Interfax quoted the minister as saying": the minister speaks, Interfax relays.
      const inner = quotedSpeaker(i + 1)
      if (inner) {
        const speaker = speakerOf(inner)
        const c = cue('quoted', phrase.a, inner.b, speaker, quoted, true, false)
        c.quotedOuter = speakerOf(phrase)
        cues.push(c)
      }
      continue
    }
    let speaker = owned ?? speakerOf(phrase)
    // ("The group that represents realtors across the country said": the clause's last noun is no speaker.)
    if (!speaker && !inverted) { phrase = relativeSubject(tokens, from, v) ?? phrase; speaker = speakerOf(phrase) }
    // ("Parata and his family believe": the named first of two the sentence opens with.)
    if (!speaker && phrase && word(phrase.a - 1) === 'and') {
      const first = phraseEndingAt(tokens, from, phrase.a - 2)
      const named = speakerOf(first)
      if (first && first.a === from && named?.type === 'name') { phrase = { a: first.a, b: phrase.b, descriptor: [] }; speaker = named }
    }
    if (!phrase || !speaker) continue
    if (EVIDENTIAL.has(w) && speaker.type !== 'document' && !(speaker.type === 'role' && speaker.group === 'document')) {
      if (STRICT_EVIDENTIAL.has(w)) continue
    }
    const a = inverted ? i : phrase.b - phrase.a <= 7 ? phrase.a : i
    let b = inverted ? phrase.b : i + 1
    if (particles) b = i + 2
    let venue: string | null = null
    let wire = false
    if (w === 'told' || w === 'tells' || w === 'tell') {
      const object = phraseStartingAt(tokens, i + 1, to)
      if (object) {
        // "the state news agency IRNA", "the daily Kommersant": the outlet's name follows its description.
        let from = object.a
        for (let k = object.a; k < object.b - 1; k++) if (OUTLET_NOUN.test(word(k)) && !tokens[k]!.cap && tokens[k + 1]!.cap) from = k + 1
        const name = text.slice(tokens[from]!.start, tokens[object.b - 1]!.end).replace(/^the\s+/i, '')
        // "told The Oregonian": a capitalised "The" before one name marks a masthead.
        const masthead = tokens[object.a]!.text === 'The' && object.b - object.a === 2 && tokens[object.a + 1]!.pos === 'PROPN'
        if (looksLikeOutlet(name) || masthead || from > object.a) {
          venue = masthead ? `The ${name}` : name
          b = Math.max(b, object.b)
          for (let k = object.a; k < object.b; k++) if (word(k) === 'agency' || word(k) === 'wire') wire = true
        }
      }
    }
    venue ??= platformAfter(tokens, i + 1, Math.min(to, i + 10)) ?? interviewWith(from, i) ?? interviewWith(i + 1, Math.min(to, i + 12))
    const before = word(phrase.a - 1) === '[' ? word(phrase.a - 2) : word(phrase.a - 1)
    // ("the "overcapacity" some media have claimed": a scare quote closes no quotation.)
    const afterQuote = before === ',' || (before === '"' || before === '”' || before === "''") && /^[,.?!…-]$/.test(word(phrase.a - 2))
    // Content before the cue: the cue closes the sentence ("..., Sun said on Monday.").
    // ("..., Zelensky said Ukraine needed more air defence": a clause follows, so the content is after.)
    // ("..., Peskov told reporters.": the one told is no content.)
    let after = b
    if (/^(?:told|tells|tell)$/.test(w) && /^(?:reporters|journalists|the|a|an)$/.test(word(i + 1))) after = Math.max(b, phraseStartingAt(tokens, i + 1, to)?.b ?? b)
    if (word(after) === 'that') after = b
    const closes = (to - after <= 8 && !(after < to && /^(?:DET|PRON|PROPN|NOUN|NUM|SCONJ)$/.test(tokens[after]!.pos) && word(after) !== 'that' && !CALENDAR_WORD.test(word(after)))) || word(after) === ','
    // ("'...,' [Bruck] said": a name the writer bracketed into a quotation marks whose words it is, as a cue outside it would.)
    const c = cue('verb', a, b, speaker, quoted && word(phrase.a - 1) !== '[', !inverted && (nearStart(a) || word(i + 1) === 'that' || word(i + 1) === ':'),
      inverted || (!nearStart(phrase.a) && afterQuote && closes))
    c.verb = i
    c.venue = venue
    if (wire) c.wireVenue = true
    c.descriptor = phrase.descriptor
    cues.push(c)
  }
  stanceCues(view, cues)
  speechActs(view, cues)
  relayCues(view, cues)
  return cues
}

// A text named with its issuer (GUIDE 7, the seed's "Russia-China joint
// statement"): "data from FactSet" is "FactSet data"; a country's
// possessive before the issuer is not part of the text's name.
function ownedDocument(owner: Phrase, noun: string): Speaker | null {
  let from = owner.a
  let kept = false
  // (Only a place's: "Alzheimer's Disease International" keeps its "'s".)
  for (let k = owner.a; k < owner.b - 1; k++) {
    if (!/^(?:'s|’s)$/.test(word(k))) continue
    if (k === owner.a + 1 && DEMONYM_OF.has(word(owner.a)) || !isCap(tokens[k + 1]!)) from = k + 1
    else if (k > from) kept = true
  }
  let s = speakerOf({ a: from, b: owner.b, descriptor: [] })
  // ("data from Nigeria's statistics bureau": an issuer described in lower case keeps its country.)
  if (!s && from > owner.a && tokens[owner.b - 1]!.pos === 'NOUN') {
    return { type: 'document', name: `${text.slice(tokens[owner.a]!.start, tokens[owner.b - 1]!.end)} ${noun.toLowerCase()}`, owner: null }
  }
  if (kept && s?.type === 'name' && !/['’]s\b/.test(s.name)) s = { ...s, name: text.slice(tokens[from]!.start, tokens[owner.b - 1]!.end) }
  // ("a survey of shippers found": those surveyed are no issuer; the text speaks.)
  if (s?.type === 'anonymous') return { type: 'document', name: noun.toLowerCase(), owner: null }
  if (s?.type !== 'name') return s
  const name = new RegExp(`\\b${noun.replace(/s$/, '')}s?$`, 'i').test(s.name) ? s.name : `${s.name} ${noun.toLowerCase()}`
  return { type: 'document', name, owner: null }
}

// "Norges Bank lifts rates, sees ...": the subject before a headline's first
// present-tense verb, which the tagger may read as a plural noun ("lifts").
function headlineSubject(comma: number): Phrase | null {
  for (let k = from + 1; k < comma - 1; k++) {
    const t = tokens[k]!
    if (t.cap || !/[^s]s$/.test(t.lower) || !/^(?:NOUN|VERB)$/.test(t.pos)) continue
    const p = phraseEndingAt(tokens, from, k - 1)
    return p && p.a === from && isCap(tokens[k - 1]!) ? p : null
  }
  return null
}

// Who "X quoted ... as saying" names: "the minister", or the name in
// apposition after a longer role ("the governor of the Tver region, Pavel Orlov, as saying").
function quotedSpeaker(k: number): Phrase | null {
  const p = phraseStartingAt(tokens, k, to)
  if (!p || word(p.b) === 'as') return p
  for (let m = p.b; m < Math.min(to - 1, k + 24); m++) {
    if (word(m) !== 'as' || !/^(?:saying|telling|writing|stating)$/.test(word(m + 1))) continue
    if (word(m - 1) !== ',') return null
    const name = phraseEndingAt(tokens, k, m - 2)
    // ("quoted Li Haidong, a professor at ..., as saying": the name comes first, its description after.)
    return name && word(name.a - 1) === ',' && isCap(tokens[name.a]!) && isCap(tokens[name.b - 1]!) ? name : word(p.b) === ',' && isCap(tokens[p.a]!) && isCap(tokens[p.b - 1]!) ? p : null
  }
  return null
}

// "In an interview with CNN, Zelensky said": the outlet given the interview is the venue (GUIDE 6).
function interviewWith(start: number, end: number): string | null {
  for (let k = start; k < end - 2; k++) {
    if (!/^interviews?$/.test(word(k)) || word(k + 1) !== 'with') continue
    const p = phraseStartingAt(tokens, k + 2, end)
    if (!p) return null
    const name = text.slice(tokens[p.a]!.start, tokens[p.b - 1]!.end).replace(/^the\s+/i, '')
    return looksLikeOutlet(name) ? name : null
  }
  return null
}

// Where a text's issuer starts after it: "by X", "released by X", "published on Thursday by X"; -1 when none.
function issuerAt(k: number): number {
  if (RELEASED.has(word(k))) k++
  if (word(k) === 'on' && CALENDAR_WORD.test(word(k + 1)) || word(k) === 'in' && CALENDAR.has(word(k + 1))) k += 2
  return /^(?:by|from|of)$/.test(word(k)) ? k + 1 : -1
}

function cue(kind: CueKind, a: number, b: number, speaker: Speaker | null, q: boolean, leading: boolean, trailing: boolean): Cue {
  return { kind, ...span(a, b), verb: a, speaker, inQuote: q, leading, trailing, venue: null, quotedOuter: null, descriptor: [] }
}
