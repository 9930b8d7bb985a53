// A reporting verb's cue: its speaker (the subject before, an inverted one
// after, the agent of a passive, a text and its issuer), the venue it was told
// to, and whether its content comes before or after. Split from cues.ts;
// reads the sentence in cue-sentence.ts; a passive's agent is passive-cues.ts's,
// the venue told-venues.ts's.

import type { Phrase } from './phrases.ts'
import { isCap, phraseEndingAt, phraseStartingAt, sharedSubject, subjectBefore } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { BE, CALENDAR, DOCUMENT_NOUNS, EVIDENTIAL, NEEDS_PARTICLE, RELEASED } from './lexicon.ts'
import { looksLikeOutlet } from './outlets.ts'
import { CONTINUED, goesOn, onwardVerb } from './cue-exclusions.ts'
import { causedObjectEnd } from './causatives.ts'
import { relativeSubject } from './relative-subjects.ts'
import type { Cue } from './cue-types.ts'
import { cue, from, inQuote, nearStart, speakerOf, text, to, tokens, word } from './cue-sentence.ts'
import { CALENDAR_WORD, SEEN, isTextNoun, ownedDocument } from './cue-texts.ts'
import { kindedNoun } from './document-kinds.ts'
import { INVERTIBLE, noReport, verbHere } from './verb-gates.ts'
import { readerBidden, writersOwn } from './writer-voice.ts'
import { adjectiveSubject, groupPronoun, pastGap, pastReception } from './subject-gaps.ts'
import { SAYING, invertedPlain, phraseSpeaker, plainSpeaker, speakerOnly } from './plain-speakers.ts'
import { pollShare } from './poll-shares.ts'
import { quotedByAfter, quotedByOutlet, reachedBy } from './reached-by.ts'
import { quotedPerson } from './quoted-people.ts'
import { headlineSubject, lowerSpeaker, quotedSpeaker } from './verb-phrases.ts'
import { appositiveName, commaAfter, invertedPhrase, textBeforeThat } from './inverted-speakers.ts'
import { PARTICLE } from './name-particles.ts'
import { issuerInAside, journalText } from './text-asides.ts'
import { textPronoun } from './text-pronouns.ts'
import { noAgent } from './content-acts.ts'
import { ofHolder, participleHolder } from './participle-holders.ts'
import { anonymousName } from './anonymous-phrase.ts'
import { pairedBefore } from './paired-adjectives.ts'
import { THING_NOUNS } from './speaker-words.ts'
import { outletBeforePlace } from './outlet-places.ts'
import { subjectAside } from './subject-asides.ts'
import { passiveCue } from './passive-cues.ts'
import { venueOf } from './told-venues.ts'
import { clauseSubject } from './clause-subjects.ts'

const QUOTED_AGAIN = /^(?:also|further|later|again|earlier|previously|reportedly|widely)$/
const STRICT_EVIDENTIAL = new Set(['show', 'shows', 'showed', 'find', 'finds', 'found', 'read', 'reads'])
const FORECASTERS = /^(?:forecasters|analysts|economists|strategists|traders|investors|pollsters|meteorologists|markets)$/

// The phrase at a opens right after a quotation closed by a comma, "?" or "!".
const tagsQuote = (a: number) => /^(?:"|”|'')$/.test(word(a - 1)) && /^[,?!]$/.test(word(a - 2))

// A phrase naming only a time: "June", "last year", "2019".
function whenOnly(p: Phrase): boolean {
  for (let k = p.a; k < p.b; k++) if (!CALENDAR.has(word(k)) && !/^(?:last|this|early|late|the|\d{4})$/.test(word(k))) return false
  return true
}

// Pushes the cues of the reporting word at token i, if it reports there.
const AUTHORED_BY = /^(?:contributed|written|authored)$/

export function verbCue(i: number, cues: Cue[]): void {
  const w = tokens[i]!.lower
  const quoted = inQuote(i)
  if (!verbHere(i, w) || readerBidden(i)) return
  if (passiveCue(i, w, quoted, cues)) return
  if (noReport(i, w)) return

  // Speaker: inverted ("..., said Sun Xiuwen") or the subject before.
  let phrase: Phrase | null = null
  let inverted = false
  const prev = word(i - 1)
  const asideSubject = INVERTIBLE.has(w) ? subjectAside(tokens, from, i) : null
  if (asideSubject) phrase = { a: asideSubject[0], b: asideSubject[1], descriptor: [] }
  // ("'We will win,' says Zelensky": a single quotation mark closing the words after their comma, as British headlines write it.)
  else if (INVERTIBLE.has(w) && (i === from || prev === ',' || prev === '"' || prev === '”' || prev === "''" || /^(?:'|’)$/.test(prev) && /^[,?!]$/.test(word(i - 2)))) {
    const p = invertedPhrase(i + 1)
    // "..., said the office expected to file": a clause follows, so the verb's subject comes before it.
    // ("says the letter signed by seven physicians": a participle naming the text's author is no clause.)
    // ("says a report highlighting ...", "said a report released on Monday": a participle after a text describes it.)
    const clause = p !== null && p.b < to && (tokens[p.b]!.pos === 'VERB' || tokens[p.b]!.pos === 'AUX') && !((RELEASED.has(word(p.b)) || word(p.b) === 'quoted') && word(p.b + 1) === 'by') &&
      !((/ing$/.test(word(p.b)) || RELEASED.has(word(p.b))) && isTextNoun(word(p.b - 1)))
      || p !== null && (/^(?:'s|’s)$/.test(word(p.b - 1)) || /^(?:'s|’s)$/.test(word(p.b))) // "..., said Beijing's plan": content, not a speaker
    // "Wes Streeting, the health secretary, said the fall ...": what follows names no speaker, so the subject before speaks.
    // ("..., showed official data": a text's noun heads a bare phrase; "said van Sebille": a surname's particle.)
    if (p && !clause && (isCap(tokens[p.a]!) || PARTICLE.test(tokens[p.a]!.text) || /^(?:he|she|they|it|the|a|an|one|another|someone|somebody)$/.test(tokens[p.a]!.lower) || lowerSpeaker(p) || EVIDENTIAL.has(w) && isTextNoun(word(p.b - 1)))) {
      // ("said another witness in the inquiry, former adviser Fiona Hill": a describer no speaker names, then the name.)
      const named = speakerOf(p) ? p : appositiveName(p.b) ?? invertedPlain(p, w)
      if (named) { phrase = named; inverted = true }
    }
  }
  // ("The official was further quoted as saying": an adverb may stand between "was" and "quoted".)
  const be = BE.has(word(i - 1)) ? i - 1 : QUOTED_AGAIN.test(word(i - 1)) && BE.has(word(i - 2)) ? i - 2 : -1
  if (w === 'quoted' && (word(i + 1) === 'as' || /^(?:saying|telling)$/.test(word(i + 1))) && be > from) {
    // "The minister was quoted as saying" (or "quoted telling a news conference"): the subject spoke.
    const subject = subjectBefore(tokens, from, be, inQuote)
    const speaker = speakerOf(subject)
    // ("Local people reported ..., the Tuva government was quoted as saying": after a comma the cue closes the sentence.)
    const closing = subject ? word(subject.a - 1) === ',' : false
    if (subject && speaker) cues.push(cue('verb', subject.b - subject.a <= 4 ? subject.a : i, Math.min(to, i + 3), speaker, quoted, !closing, closing))
    return
  }
  // ("said another witness in the inquiry, former adviser Fiona Hill": past a short place or setting.)
  const comma = inverted && phrase ? commaAfter(phrase.b) : -1
  if (inverted && phrase && comma > 0 && !isCap(tokens[phrase.b - 1]!)) {
    // "said the committee's chair, Senator Dana Whitfield": the name in apposition.
    const named = phraseStartingAt(tokens, comma + 1, to)
    if (named && isCap(tokens[named.b - 1]!)) phrase = named
    // ("said one of the sources, a senior US administration official": an unnamed one the appositive describes
    // closer than the group it came from.)
    else if (named && named.b >= to - 1 && /^(?:a|an)$/.test(word(named.a)) && speakerOf(phrase)?.type === 'anonymous' && speakerOf(named)?.type === 'anonymous') phrase = named
  }
  // "The bank continued to describe": the subject of "continued".
  // "Kestrel Air is hoping": the subject of the progressive's "is".
  // ("He went on to suggest", "proceeded to argue": the subject of the verb before "to".)
  // ("led the manufacturer to announce": the object before "to" spoke, causatives.ts.)
  const v = word(i - 1) === 'to' && causedObjectEnd(tokens, from, i - 1) >= 0 ? i - 1 : word(i - 1) === 'to' && CONTINUED.test(word(i - 2)) ? i - 2 : word(i - 1) === 'to' && goesOn(tokens, i - 2) ? onwardVerb(tokens, i - 2) : BE.has(word(i - 1)) && /ing$/.test(w) ? i - 1 : i
  phrase ??= textBeforeThat(v) ?? subjectBefore(tokens, from, pastReception(v), inQuote)
  if (phrase) phrase = outletBeforePlace(tokens, from, phrase) ?? phrase
  // ("Experts reached by the Global Times said": the experts speak, where the outlet reached them.)
  const reached = reachedBy(phrase)
  if (reached) phrase = reached.subject
  // ("A spokesman quoted by Tass said", "..., said the statement quoted by IRNA": the spokesman speaks, Tass relays.)
  const quotedBy = inverted ? quotedByAfter(phrase) : quotedByOutlet(phrase)
  const relayOutlet = quotedBy ? speakerOf(quotedBy.by) : null
  if (quotedBy && relayOutlet) {
    cues.push(cue('according', quotedBy.by.a - 2, quotedBy.by.b, { ...relayOutlet, ...(relayOutlet.type === 'name' ? { titles: ['outlet'] } : {}) }, quoted, false, false))
    phrase = quotedBy.subject
  }
  // ("officials observing the reorganization say": the people the participle describes.)
  const ofPeople = inverted ? null : ofHolder(phrase)
  const holder = inverted ? null : participleHolder(phrase) ?? ofPeople
  if (holder) phrase = holder
  if (!inverted) phrase = pairedBefore(phrase)
  // "Norges Bank lifts rates, sees slower growth": a headline's verbs after a comma share its subject.
  if (!phrase && word(i - 1) === ',' && /s$/.test(w) && !INVERTIBLE.has(w)) phrase = sharedSubject(tokens, from, i - 1) ?? headlineSubject(i - 1)
  let owned: Speaker | null = null
  // ("A report by the King's Fund warned": any reporting verb, when "by" names the text's author.)
  // ("A leaked preliminary assessment from the Defense Intelligence Agency cautioned": a text "from" its issuer, any verb.)
  if (phrase && (EVIDENTIAL.has(w) || word(phrase.a - 1) === 'by' || word(phrase.a - 1) === 'from' && isTextNoun(word(phrase.a - 2)) && !tokens[phrase.a - 2]!.cap) && /^(?:by|from|of)$/.test(word(phrase.a - 1))) {
    // "a study by X found", "data from research firm X showed": X's text.
    let d = phrase.a - 2
    const seen = SEEN.test(word(d))
    // ("The full text of an article contributed by X ... says:": the text's author, as "an article by X".)
    if (RELEASED.has(word(d)) || AUTHORED_BY.test(word(d))) d--
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
    } else if (DOCUMENT_NOUNS.has(word(d)) && whenOnly(phrase)) {
      // ("a Gallup poll from June showed": a time is no issuer; the text speaks.)
      phrase = phraseEndingAt(tokens, from, d) ?? phrase
    } else if (DOCUMENT_NOUNS.has(word(d))) {
      const doc = phraseEndingAt(tokens, from, d)
      owned = ownedDocument(phrase, kindedNoun(text, tokens, doc?.a ?? d, d))
      // ("A Harwell University study of 4,000 adults found": those studied are no issuer; the text's own owner is.)
      const own = doc && word(d + 1) === 'of' ? speakerOf(doc) : null
      if (own?.type === 'document' && own.owner) owned = own
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
  // "The report, compiled by the UN refugee agency, said": the text named with its issuer (text-asides.ts).
  const aside = !owned && phrase ? issuerInAside(text, tokens, to, phrase) : null
  if (aside) owned = typeof aside === 'string' ? journalText(speakerOf(phrase), aside) : ownedDocument(aside, kindedNoun(text, tokens, phrase!.a, phrase!.b - 1))
  if ((w === 'quoted' || w === 'quotes') && phrase) {
    // "Interfax quoted the minister as saying": the minister speaks, Interfax relays.
    // ("..., the Global Times quotes the expert's opinion": "quotes" with no "as saying" reports as any verb does.)
    const inner = quotedSpeaker(i + 1)
    if (inner) {
      const speaker = speakerOf(inner) ?? quotedPerson(text, tokens, inner)
      const c = cue('quoted', phrase.a, inner.b, speaker, quoted, true, false)
      c.quotedOuter = speakerOf(phrase)
      cues.push(c)
    }
    if (inner || w === 'quoted') return
  }
  if (phrase && !inverted && writersOwn(i, phrase, quoted)) return
  let speaker = owned ?? speakerOf(phrase) ?? (inverted && phrase && invertedPlain(phrase, w) ? phraseSpeaker(phrase) : null)
  // ("A lawyer for the woman asked": people and whom they belong to, unnamed, named by those words.)
  if (!speaker && ofPeople && phrase === ofPeople) speaker = { type: 'anonymous', name: anonymousName(text, tokens, phrase.a, phrase.b) }
  // ("The group that represents realtors across the country said": the clause's last noun is no speaker,
  // named or not: "a woman who lives on Elm Street told reporters".)
  const relative = inverted ? null : relativeSubject(tokens, from, v)
  if (relative && (!speaker || phrase && phrase.a > relative.b)) {
    phrase = relative
    // ("A resident who did not want to be named said": the unnamed person the relative clause describes.)
    speaker = speakerOf(relative) ?? (SAYING.has(w) ? phraseSpeaker(relative) : null)
  }
  // ("Sen. Ted Cruz, R-Texas, said", "Obama at the time called": past what hid the subject.)
  const gap = speaker || inverted ? v : pastGap(v)
  if (gap < v) { const p = subjectBefore(tokens, from, gap, inQuote); const s = speakerOf(p); if (p && s) { phrase = p; speaker = s } }
  // ("Parata and his family believe": the named first of two the sentence opens with.)
  if (!speaker && phrase && word(phrase.a - 1) === 'and') {
    const first = phraseEndingAt(tokens, from, phrase.a - 2)
    const named = speakerOf(first)
    if (first && first.a === from && named?.type === 'name') { phrase = { a: first.a, b: phrase.b, descriptor: [] }; speaker = named }
  }
  // ("Some said": a group word for those met before.)
  if (!speaker && !inverted) { const group = groupPronoun(v); if (group) ({ phrase, speaker } = group) }
  // ("47 percent said": a share of those polled.)
  if (!speaker && !inverted && SAYING.has(w)) { const share = pollShare(v); if (share) ({ phrase, speaker } = share) }
  // ("the companies said": a plain subject of saying that no describer names.)
  // ('"Nobody came," the shopkeeper sighed.': any verb tagging the quotation it closes.)
  // ("The men alleged that ...", "The new regulations state that ...": any verb that reports what its "that" clause holds.)
  // ("the feds announced", "The ministry accused Washington of ...": a verb only a speaker does, whatever follows it.)
  if (phrase && !speaker && (SAYING.has(w) || v === i && speakerOnly(w, word(phrase.b - 1)) || tagsQuote(phrase.a) && !THING_NOUNS.test(word(phrase.b - 1)) || word(i + 1) === 'that' && !EVIDENTIAL.has(w) && v === i)) speaker = plainSpeaker(phrase)
  // ("the US military said": a head the tagger read as an adjective.)
  if (!phrase && !inverted) {
    const p = adjectiveSubject(v)
    const s = p ? speakerOf(p) ?? (SAYING.has(w) ? plainSpeaker(p, true) : null) : null
    if (p && s) { phrase = p; speaker = s }
  }
  // ("Spokesmen for some firms said", "Wang, vice chairman of the council, told": words between the subject and its verb.)
  if ((!phrase || !speaker) && !inverted && v === i && SAYING.has(w)) { const found = clauseSubject(i); if (found) ({ phrase, speaker } = found) }
  if (!phrase || !speaker || noAgent(w, speaker)) return
  // ("researchers found that ...", "the court has found that ...": a finding with its content reports; "found the body" is an act.)
  if (EVIDENTIAL.has(w) && speaker.type !== 'document' && !(speaker.type === 'role' && speaker.group === 'document')) {
    // ("Studies have found that ...": unnamed texts stay unattributed, GUIDE 2.)
    const head = word(phrase.b - 1)
    const unnamedTexts = isTextNoun(head) || DOCUMENT_NOUNS.has(head.replace(/ies$/, 'y'))
    if (STRICT_EVIDENTIAL.has(w) && !(/^f/.test(w) && word(i + 1) === 'that' && !unnamedTexts)) {
      // ("The report found ... It also showed that ...": a pronoun for the text that just spoke, text-pronouns.ts.)
      if (!textPronoun(speaker)) return
      speaker = { type: 'pronoun', word: speaker.word, text: true }
    }
  }
  // ("Forecasters see mostly dry weather": "see" forecasts only for those whose trade is forecasting.)
  if (w === 'see' && !FORECASTERS.test(word(phrase.b - 1))) return
  const a = inverted ? i : phrase.b - phrase.a <= 7 ? phrase.a : i
  let b = inverted ? phrase.b : i + 1
  // (The particle is the cue's; a clause with its "that" left out is the content: "agreed Lawson had".)
  if (NEEDS_PARTICLE.get(w)?.has(word(i + 1))) b = i + 2
  const told = venueOf(i, w, b, reached?.outlet)
  b = told.b
  const { venue, wire, shapedVenue } = told
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
  // ('President [of Russia Vladimir Putin] clearly stated' inside a quotation is the quoted speaker's words: only a bracket
  // standing where the tag would, after the quotation's comma, is the writer's.)
  const bracketTag = word(phrase.a - 1) === '[' && /^(?:,|"|”|''|'|’)$/.test(word(phrase.a - 2))
  const c = cue('verb', a, b, speaker, quoted && !bracketTag, !inverted && (nearStart(a) || word(i + 1) === 'that' || word(i + 1) === ':'),
    inverted || (!nearStart(phrase.a) && afterQuote && closes))
  c.verb = i
  c.venue = venue
  if (wire) c.wireVenue = true
  if (shapedVenue) c.shapedVenue = true
  c.descriptor = phrase.descriptor
  cues.push(c)
}
