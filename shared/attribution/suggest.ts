// Who said what in an article: attribution suggestions with the claim's
// words, the cue, the source (resolved and named canonically), the relay
// (`via`), the venue and a confidence, matched against the library's
// sources. Pure and offline; linear in the text, which is capped.

import type { Attribution, Resolved } from './attribute.ts'
import { compose, resolveSpeaker } from './attribute.ts'
import type { Cue } from './cues.ts'
import { findCues } from './cues.ts'
import { Discourse } from './discourse.ts'
import { Documents } from './documents.ts'
import type { SourceKind } from './kinds.ts'
import { tokenize } from './nlp.ts'
import type { ContentIn } from './reach.ts'
import { reach } from './reach.ts'
import type { RegistrySource } from './registry.ts'
import { SourceIndex } from './registry.ts'
import type { Paragraph, Sentence } from './sentences.ts'
import { paragraphsOf, splitSentences } from './sentences.ts'
import { countryOf } from './dateline.ts'
import { decidePublisher } from './publisher.ts'
import { spokeToPress } from './press-venues.ts'
import { venueRelays } from './venue-relays.ts'
import { viaAsides } from './via-asides.ts'
import { quotedIn } from './quoted-in.ts'
import { freshTexts } from './fresh-texts.ts'
import { issuedText, textsIssuedIn } from './issued-texts.ts'
import { quoteFlags } from './quotes.ts'
import { fixQuoteMarks } from './quote-marks.ts'
import { partialQuotes } from './partial-quotes.ts'
import { declinerOf } from './declines.ts'
import { isAside } from './asides.ts'
import { participleSource } from './participles.ts'
import { membersOf } from './anonymous-names.ts'
import { memberName } from './anonymous-phrase.ts'
import { PUBLIC_BODY } from './org-forms.ts'
import { fullerAnonymous } from './fuller-groups.ts'
import { groupOfBody } from './group-bodies.ts'
import { kindStaff } from './kind-staff.ts'
import { namedPair } from './pair-persons.ts'
import { ministryCountry } from './minister-countries.ts'
import { creditHeadline } from './headline-credit.ts'
import { headlineSpeaker } from './headline-speaker.ts'
import { headlineReports } from './headline-reports.ts'
import { headlineOutlets } from './headline-outlets.ts'
import { headlineRelays } from './headline-relays.ts'
import { namesUnreliable } from './name-lines.ts'
import { reportedPronoun, subjectBefore } from './pronoun-subjects.ts'
import { writeUps } from './write-ups.ts'
import { appositiveHead, appositiveSpeaker } from './appositive-heads.ts'
import { relativeClauseSpeaker } from './clause-pronouns.ts'
import { surnameSpeaker } from './surname-roles.ts'
import { definitePerson } from './definite-persons.ts'
import { interviewTurns } from './interview-turns.ts'
import { interviewQuotes } from './interview-quotes.ts'
import { creditLines } from './credit-lines.ts'
import { describedGroup } from './described-groups.ts'
import { acronymsIn } from './acronyms.ts'
import { possessiveNames } from './possessive-names.ts'
import { jobsBeforeNames } from './name-jobs.ts'
import { PersonGenders } from './person-gender.ts'
import { firstText, fullDocument, namedDocument, orgHere, unmetRole } from './fallbacks.ts'
import { officialIssuers } from './issuers.ts'
import { inheritRelays } from './relay-inherit.ts'
import { monitoredRelays } from './monitored-relays.ts'
import { mastheadsCiting } from './mastheads.ts'
import { shapedRelays } from './shaped-relays.ts'
import { ShortMastheads } from './short-mastheads.ts'
import { headlineText, knownText } from './headline-texts.ts'
import { bodyInTitle, describedAsBody } from './title-bodies.ts'
import { fold } from './fold.ts'
import { relayFrame } from './relay-frames.ts'
import { carriesOn, narratesEvent, reportsEvent } from './continuation.ts'
import { officeHolders } from './office-holders.ts'
import { homeMinistries } from './home-ministries.ts'
import { firmInName } from './firm-in-names.ts'
import { interviewFrames } from './interview-frames.ts'
import { NameKinds } from './name-kinds.ts'
import { socialPosts } from './social-posts.ts'
import { quoteReach } from './quote-reach.ts'
import { writerTurns } from './writer-turns.ts'
import { anaphorReach } from './anaphor-reach.ts'
import { outletAnaphors } from './outlet-anaphors.ts'
import { colonLists } from './colon-lists.ts'
import { reproducedTexts } from './reproduced-texts.ts'
import { bodyOfficer } from './body-officers.ts'
import { adjunctSpeaker } from './statement-adjuncts.ts'
import { eventParticipants } from './event-participants.ts'
import { venueObjectSpeaker } from './venue-objects.ts'
import { headlineDocuments } from './headline-documents.ts'
import { firstConjunct } from './first-conjuncts.ts'
import { describedName } from './described-names.ts'
import { passivesInContent } from './content-passives.ts'
import { type Named, namesIn } from './name-runs.ts'
import { contentSpan, hasContent } from './content-span.ts'
import { frameSpeaker, framesNext } from './list-frames.ts'
import { anonymise, groupSpeaks } from './anonymity-cues.ts'
import { statementLists } from './statement-lists.ts'
import { headlineRole, ledeNames } from './lede-names.ts'
import { headlineVerbs } from './headline-verbs.ts'
import { outletReports } from './outlet-reports.ts'
import { holdUnnamedVias, isUnnamedMedia, mediaCiting, restoreUnnamedVias } from './unnamed-media.ts'
import { OutletAliases } from './outlet-aliases.ts'
import { isUnnamedOutlet, namedLater } from './unnamed-outlets.ts'
import { nameForms } from './name-form.ts'
import { subjectLast } from './subject-salience.ts'
import { delayedNames } from './delayed-names.ts'
import { documentIssuers } from './document-issuers.ts'
import { bodyGroups } from './body-groups.ts'
import { definiteGroups } from './definite-groups.ts'
import { eventGroups } from './event-groups.ts'
import { fullestNames } from './fullest-names.ts'
import { fullestBodies } from './fullest-bodies.ts'
import { roleHolders } from './role-holders.ts'
import { headlineCaps } from './headline-caps.ts'
import { possessiveFirms } from './possessive-firms.ts'
import { outletForms } from './outlet-forms.ts'
import { renumberAnonymous } from './anonymous-renumber.ts'
import { kindBodies } from './kind-bodies.ts'
import { MentionGraph, applyGraph } from './mention-graph.ts'
import { articleMentions } from './graph-mentions.ts'
import { ownVias } from './own-vias.ts'
import { DescribedOutlets } from './described-outlets.ts'
import { OutletReporters, ownReporters, reportsFor } from './outlet-reporters.ts'
import { introducedPerson, narrated, sentenceSubject } from './sentence-subjects.ts'
import { bodySubject } from './body-subjects.ts'
import { unnamedSubject } from './unnamed-subjects.ts'
import { voteGenders } from './pronoun-genders.ts'
import { jobBefore } from './job-roles.ts'
import { ledeRelays } from './lede-relays.ts'
import { mediaInner } from './media-inner.ts'
import { bareOutlets } from './outlet-countries.ts'
import { knownOutlet } from './outlets.ts'

interface Span { text: string; start: number; end: number }

export interface Suggestion {
  content: Span
  cue: Span
  // Every cue of the attribution, in text order ("He added | according to Xinhua").
  cues: Span[]
  source: string
  sourceKind: SourceKind
  via: string | null
  venue: string | null
  confidence: number
  contentIn: ContentIn
  otherSources: string[]
  // The library source it matches, or null for a new one.
  sourceId: string | null
  viaId: string | null
}

export interface SuggestOptions {
  // Block boundaries in the canonical text; blank lines when absent.
  paragraphs?: readonly Paragraph[]
  registry?: readonly RegistrySource[]
  // The outlet that published the article, when known.
  publisher?: string
  // Handed the sentences as split, so a caller needing them (the coverage
  // view) does not tokenize the text again.
  sentences?: (sentences: readonly Sentence[]) => void
}

// Beyond this the rest of the text is not read (a 1 MB article is ~1M).
export const MAX_TEXT = 3_000_000
const OPENS = new Set([0x22, 0x201c])
const CLOSES = new Set([0x22, 0x201d])
const BYLINE = /^\(?(?:reporting|additional reporting|editing|writing|compiled|produced) by\b/i

export function suggestAttributions(input: string, options: SuggestOptions = {}): Suggestion[] {
  const original = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input
  // (Rules read the marks turned the right way round; the suggestions quote the text as written.)
  const text = fixQuoteMarks(original)
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens, paragraphsOf(text, options.paragraphs))
  options.sentences?.(sentences)
  const quote = quoteFlags(text, tokens, sentences)
  const publisher = decidePublisher(text, options.publisher)
  const discourse = new Discourse()
  discourse.country = countryOf(text)
  discourse.acronyms = acronymsIn(text)
  discourse.jobs = jobsBeforeNames(text)
  discourse.genders = new PersonGenders(text)
  discourse.possessives = possessiveNames(text)
  const documents = new Documents(text)
  const kinds = new NameKinds(text)
  const describedOutlets = new DescribedOutlets(text)
  const reporters = new OutletReporters(text)
  // The names each sentence mentions, described once: learnt first (a short
  // form may come before the full one), recorded as mentions in the main pass.
  const described = new Map<string, Named | null>()
  const named = sentences.map((s) => (namesUnreliable(text, s) ? [] : namesIn(text, tokens, s, described)))
  for (const names of named) for (const n of names) discourse.learnName(n.name)
  voteGenders(text, tokens, quote.inside, sentences, named, (n) => discourse.canonical(n), discourse.genders)

  const own: (Attribution | null)[] = []
  const composed: (Attribution | null)[] = []
  const frames: (Attribution | null)[] = []
  for (const s of sentences) {
    const view = { text, tokens, from: s.from, to: s.to, inside: quote.inside }
    const cues = BYLINE.test(text.slice(s.start, s.start + 40)) ? [] : findCues(view)
    passivesInContent(text, cues)
    const resolved = new Map<Cue, Resolved>()
    discourse.here = named[s.index]!
    for (const c of cues) {
      const r = bodyOfficer(text, tokens, s, c) ?? adjunctSpeaker(text, tokens, s, c, discourse) ?? venueObjectSpeaker(text, tokens, s, c, discourse) ?? firstConjunct(text, tokens, s, c, discourse) ?? describedName(c, text, discourse, s.para) ?? relativeClauseSpeaker(text, s, c, discourse) ?? orgHere(c, text, s, discourse) ?? subjectBefore(text, tokens, quote.inside, s, c, discourse) ?? appositiveHead(text, s, c, discourse) ?? issuedText(c, text) ?? appositiveSpeaker(text, s, c, discourse) ?? surnameSpeaker(text, c, discourse) ?? definitePerson(c, text, discourse, s.para) ?? resolveSpeaker(c.speaker, discourse, s.para) ?? namedDocument(c.speaker, documents) ?? firstText(c)
      if (!r) continue
      if (c.kind === 'quoted' && c.quotedOuter) {
        const said = resolveSpeaker(c.quotedOuter, discourse, s.para)
        // ("Rikanovic was quoted by Borba as saying" after "the daily Borba": a masthead the article described.)
        const outer = said?.kind === 'person' && describedOutlets.has(said.name) ? { ...said, kind: 'outlet' as const } : said
        // ("Veselnitskaya quoted Trump Jr as saying": a person quoting another is the outermost speaker, GUIDE 4.)
        if (outer?.kind === 'person' && outer.named) { r.name = outer.name; r.kind = 'person' }
        if (outer?.kind === 'outlet' || isUnnamedMedia(outer)) r.via = outer.name
      }
      if (r.kind === 'document' && r.named && r.name.includes(' ')) r.name = fullDocument(r.name, documents, tokens, s)
      if (r.kind === 'person' && r.named && describedAsBody(text, s, r.name)) r.kind = 'organisation'
      // (A name the tagger did not read as one, "Josh Earnest", is learnt from its cue for the short forms after.)
      if (r.kind === 'person' && r.named) discourse.learnName(r.name)
      if (r.kind === 'document' && /^\p{Ll}+$/u.test(r.name)) r.name = headlineText(text, tokens, s, r.name) ?? knownText(r.name, discourse) ?? r.name
      // ("a Japanese daily paper reported": an outlet, though unnamed, passes on what it reports.)
      if (r.kind === 'anonymous' && isUnnamedOutlet(r.name)) r.kind = 'outlet'
      if (r.kind === 'person' && r.named && describedOutlets.has(r.name)) r.kind = 'outlet'
      // ("one commenter said, per Feng" after "NPR's Emily Feng": her outlet relays the one speaking inside;
      // alone, "Wee reported", the reporter speaks as a person.)
      const desk = r.kind === 'person' && cues.length > 1 && reportsFor(c.kind) ? reporters.outletOf(r.name) : null
      if (desk) { r.name = desk; r.kind = 'outlet' }
      if (r.kind === 'anonymous') r.name = firmInName(r.name, text.slice(s.start, c.start), named[s.index]!, (n) => discourse.canonical(n))
      const namedBefore = (n: string) => text.slice(s.start, c.start).includes(n)
      if (r.kind === 'anonymous') r.name = membersOf(r.name, discourse, namedBefore, s.para, paragraphBefore(text, c.start)) ?? groupOfBody(r.name, discourse, kinds, namedBefore) ?? kindStaff(r.name, discourse, s.para, namedBefore) ?? describedGroup(r.name, text, tokens, c.start, text.slice(Math.max(0, c.start - 20), c.end)) ?? r.name
      if (r.kind === 'organisation') r.name = ministryCountry(r.name, text) ?? r.name
      const pair = r.kind === 'anonymous' ? namedPair(r.name, text.slice(c.start, c.end), text.slice(Math.max(0, c.start - 2000), c.start), discourse) : null
      if (pair) { r.name = pair[0]; r.kind = 'person'; r.named = false }
      resolved.set(c, r)
    }
    // (Only when nothing else in the sentence speaks: "..., the ministry said, citing customs figures" keeps the figures.)
    if (resolved.size === 0) for (const c of cues) { const r = unmetRole(c, tokens); if (r) resolved.set(c, r) }
    anonymise(cues, resolved, text, tokens, s)
    mastheadsCiting(text, tokens, cues, resolved)
    shapedRelays(text, tokens, cues, resolved)
    relayFrame(text, tokens, s, cues, resolved)
    mediaCiting(cues, resolved)
    mediaInner(cues, resolved)
    let attribution = compose(cues, resolved, publisher) ?? participleSource(text, tokens, s, cues, quote.inside, discourse)
    composed.push(attribution)
    if (attribution && !hasContent(tokens, s, attribution, 2, quote.inside)) attribution = null
    if (s.heading) attribution = creditHeadline(attribution, text, tokens, s, discourse)
    // (A title may end in a quote mark, which the splitter does not take for a heading.)
    if (!attribution && (s.heading || s.index === 0)) attribution = headlineSpeaker(text, s, discourse)
    let frame: Attribution | null = null
    const next = sentences[s.index + 1]
    if (framesNext(text, s, next)) {
      frame = attribution ?? frameSpeaker(text, tokens, s, discourse)
      if (attribution && !hasContent(tokens, s, attribution, 4)) attribution = null
    }
    own.push(attribution)
    frames.push(frame)
    // Remember who spoke and who was named, for pronouns and role nouns later.
    // (The relay first: "The statement, carried by KUNA, said ... It said" is the statement again;
    // the sentence's main speaker last, as the one who spoke last: "The NAO said the latest figures showed ... It also said".)
    const relay = (c: Cue) => attribution?.via != null && c !== attribution.main && resolved.get(c)?.name === attribution.via
    const order = attribution ? [...cues.filter(relay), ...cues.filter((x) => x !== attribution.main && !relay(x)), ...cues.filter((x) => x === attribution.main)] : cues
    for (const c of order) {
      const r = resolved.get(c)
      if (!r) continue
      const spoke = attribution !== null && (c === attribution.main || attribution.cues.includes(c) && !reportedPronoun(c, cues))
      const roles = c.speaker?.type === 'name' ? c.speaker.titles : []
      const descriptor = phraseDescriptor(c)
      const body = bodyInTitle(text, tokens, c)
      if (body) discourse.mention(discourse.canonical(body).name, 'organisation', s.para, [], false)
      discourse.mention(r.name, r.kind, s.para, [...roles, ...descriptor], spoke, r.kind === 'document' && !attribution?.viaSeen ? attribution?.via ?? null : null)
    }
    for (const speaker of s.heading || s.index === 0 ? named[s.index]! : subjectLast(named[s.index]!, text.slice(s.start, s.end), (n) => { const c = discourse.canonical(n); return c.kind === 'person' ? c.name : null })) {
      const { name, kind } = discourse.canonical(speaker.name)
      const body = describedAsBody(text, s, speaker.name)
      const job = kind === 'person' && !body ? jobBefore(text, tokens, s, speaker.name) : []
      if (!isAlready(resolved, name)) discourse.mention(name, body ? 'organisation' : kind, s.para, body ? [...speaker.titles, 'body'] : [...speaker.titles, ...job], false)
    }
    // ("Russian Ambassador Alexandr Matsegora made a speech. ... , he noted": the person the sentence is about.)
    const subject = attribution || s.heading ? null : sentenceSubject(text, tokens, quote.inside, s, named[s.index]!, (n) => discourse.canonical(n))
    if (subject) discourse.subject(subject.name, s.para, subject.speaks)
    const body = subject || attribution || s.heading ? null : bodySubject(text, tokens, quote.inside, s, named[s.index]!, (n) => discourse.canonical(n))
    if (body) discourse.subject(body, s.para, false)
    const unnamed = subject || body || attribution || s.heading ? null : unnamedSubject(text, tokens, quote.inside, s)
    const about = unnamed ? resolveSpeaker(unnamed.speaker, discourse, s.para) : null
    if (about?.kind === 'anonymous') { discourse.mention(about.name, about.kind, s.para, [], false); discourse.subject(about.name, s.para, unnamed!.speaks) }
    // ("300 000 people ... took part in the candlelight rally. They condemned": the rally's participants, event-participants.ts.)
    const crowd = subject || body || attribution || s.heading ? null : eventParticipants(text.slice(s.start, s.end))
    if (crowd) { discourse.mention(crowd, 'anonymous', s.para, [], false); discourse.subject(crowd, s.para, false) }
    const introduced = subject || attribution || s.heading ? null : introducedPerson(text, tokens, quote.inside, s, named[s.index]!, (n) => discourse.canonical(n))
    if (introduced) discourse.subject(introduced, s.para, false)
    if (narrated(tokens, quote.inside, s)) discourse.narrator(s.para)
    for (const name of textsIssuedIn(text.slice(s.start, s.end))) if (!discourse.entity(name)) discourse.mention(name, 'document', s.para, [], false)
    // (One who declined to comment is the one a pronoun's quotation after turns to.)
    const decliner = attribution ? null : declinerOf(text.slice(s.start, s.end), named[s.index]!, (n) => discourse.canonical(n).kind === 'person')
    if (decliner) discourse.mention(discourse.canonical(decliner).name, 'person', s.para, [], true)
  }

  // ("the Times reported" after "the New York Times": one name for the one paper, before relays are compared.)
  const mastheads = new ShortMastheads(text)
  mastheads.apply(own)
  interviewFrames(text, tokens, sentences, own, publisher)
  outletAnaphors(text, sentences, own, publisher)
  venueRelays(text, own, publisher)
  viaAsides(text, own, publisher)
  quotedIn(text, sentences, own, publisher)
  const heldVias = holdUnnamedVias(own)
  inheritRelays(text, own, (i) => sentences[i]!.para, publisher, (i) => spokeToPress(text.slice(sentences[i]!.start, sentences[i]!.end)),
    (i) => text.slice(sentences[i]!.start, sentences[i]!.end))
  freshTexts(text, sentences, own)
  restoreUnnamedVias(own, heldVias)
  monitoredRelays(own, { text, start: (i) => sentences[i]!.start, end: (i) => sentences[i]!.end, para: (i) => sentences[i]!.para, heading: (i) => sentences[i]!.heading })
  ownReporters(own, reporters)

  const wholeQuote = sentences.map((s) => OPENS.has(text.charCodeAt(s.start)) && CLOSES.has(text.charCodeAt(s.end - 1)))
  const placed = reach({ sentences, own, hasQuote: quote.has, startsInQuote: quote.starts, endsInQuote: quote.ends, continuesQuote: quote.continues, wholeQuote, frames, asides: (i) => isAside(tokens, sentences[i]!, quote.inside),
    carriesOn: own.map((a) => a !== null && carriesOn(tokens, a)), events: (i) => reportsEvent(tokens, sentences[i]!), narrated: (i) => narratesEvent(tokens, sentences[i]!) })
  writerTurns(text, tokens, sentences, placed)
  anaphorReach(text, sentences, placed)
  socialPosts({ text, sentences, canonical: (name) => discourse.canonical(name) }, placed)
  quoteReach({ text, sentences, own, composed, hasQuote: quote.has, endsInQuote: quote.ends, continuesQuote: quote.continues }, placed)
  colonLists({ text, sentences, own, composed }, placed)
  statementLists({ text, sentences, frames }, placed)
  reproducedTexts({ text, sentences, own, composed }, placed)
  headlineVerbs(text, sentences, placed, discourse)
  ledeNames(text, sentences, placed)
  headlineRole(text, sentences, placed)
  delayedNames(text, sentences, placed)
  headlineReports(text, sentences, placed)
  headlineOutlets(text, sentences, placed)
  outletReports(text, sentences, placed)
  writeUps(text, tokens, sentences, quote.inside, placed)
  interviewTurns({ text, sentences, canonical: (name) => discourse.canonical(name), publisher }, placed)
  interviewQuotes({ text, sentences, own, endsInQuote: quote.ends }, placed)
  creditLines(text, sentences, placed)
  partialQuotes(text, sentences, placed)
  headlineRelays(text, sentences, placed)
  // (Unnamed groups named beside another source count too: "..., a rise that Chinese analysts said ...".)
  const unnamed = (p: (typeof placed)[number]) => [...(p?.attribution.kind === 'anonymous' ? [p.attribution.source] : []), ...(p?.attribution.otherSources.filter(isUnnamed) ?? [])]
  const fuller = fullerAnonymous(placed.flatMap((p, at) => unnamed(p).map((n) => ({ name: discourse.renamed.get(n) ?? n, at }))), (at) => at === 0 || sentences[at]!.heading)
  const issued = officialIssuers(placed.map((p, i) => (p ? { source: p.attribution.source, kind: p.attribution.kind, para: sentences[i]!.para } : null)))
  // A group numbered once a separate source appears ("A second official") stays the group where the words are the group's.
  // ("the Finance Ministry said" under a Moscow dateline: the Russian one, home-ministries.ts.)
  const ministry = homeMinistries(text, discourse.country, placed.flatMap((p) => (p ? [p.attribution.source] : [])), publisher.name)
  // ("Austria's interior minister said": the holder the article names with that title, office-holders.ts.)
  const holder = officeHolders(named.flat().flatMap((n) => { const c = discourse.canonical(n.name); return c.kind === 'person' && n.titles.length ? [{ name: c.name, titles: n.titles }] : [] }))
  const renamed = (name: string, group = false) => { const n = group ? name : discourse.renamed.get(name) ?? name; const m = issued.get(n) ?? fuller.get(n) ?? n; return ministry(mastheads.name(isUnnamed(m) ? memberName(m, (b) => PUBLIC_BODY.test(b)) : m)) }
  const index = new SourceIndex(options.registry ?? [])
  const outlets = new OutletAliases(text)
  const out: Suggestion[] = []
  const sentenceOf: number[] = []
  placed.forEach((p, i) => {
    if (!p) return
    sentenceOf.push(i)
    const s = sentences[i]!
    const a = p.attribution
    const content = p.contentIn === 'same' ? contentSpan(text, tokens, s, a) : { start: s.start, end: s.end }
    const cues = a.cues.map((c) => span(original, c.start, c.end))
    const confidence = p.contentIn === 'same' ? a.confidence : Math.round(a.confidence * (p.contentIn === 'quote' ? 0.95 : 0.75) * 100) / 100
    // ("the Times said" after "the New York Times reported": the article's full name for its outlets.)
    const outletName = (n: string) => mastheads.name(outlets.fold(n, a.main.start))
    const named = a.kind === 'outlet' ? outletName(a.source) : renamed(a.source, groupSpeaks(text, a.main))
    const held = a.kind === 'anonymous' ? holder(named) : null
    const source = held ?? named
    const via = a.via && outletName(a.via)
    out.push({
      content: span(original, content.start, content.end), cue: span(original, a.main.start, a.main.end), cues,
      source, sourceKind: held ? 'person' : kinds.of(source, a.kind), via, venue: a.venue && outletName(a.venue), confidence, contentIn: p.contentIn,
      otherSources: a.otherSources.map((n) => renamed(n)), sourceId: index.match(source), viaId: via ? index.match(via) : null,
    })
  })
  // ("a Japanese daily paper reported ... The Sankei Shimbun quoted Sumita": the paper described, then named.)
  const later = namedLater(out)
  if (later.size) for (const s of out) { s.via = s.via && (later.get(s.via) ?? s.via); if (s.sourceKind === 'outlet') s.source = later.get(s.source) ?? s.source }
  nameForms(out, text, (n) => index.match(n))
  documentIssuers(out, text, (n) => index.match(n))
  headlineDocuments(out, text, (n) => index.match(n))
  bodyGroups(out, text, (n) => index.match(n))
  kindBodies(out, text, (n) => index.match(n))
  definiteGroups(out, (n) => index.match(n))
  eventGroups(out, text, (n) => index.match(n))
  fullestNames(out, text, (n) => index.match(n))
  fullestBodies(out, text, (n) => index.match(n))
  roleHolders(out, text, (n) => index.match(n))
  headlineCaps(out, text, (n) => index.match(n))
  possessiveFirms(out, text, discourse.possessives, (n) => index.match(n))
  // (Every mention the engine recognised, clustered once: the names the suggestions carry are the clusters' names.)
  const mentioned = named.flat().map((n) => discourse.canonical(n.name))
  const graph = new MentionGraph(articleMentions(out, mentioned, text, discourse.acronyms))
  applyGraph(out, graph, (n) => index.match(n))
  // (After the graph, which spells out initials the article defines: an outlet keeps its short name.)
  outletForms(out, text, (n) => index.match(n))
  renumberAnonymous(out, (n) => index.match(n))
  ownVias(out, publisher)
  bareOutlets(out, (n) => knownOutlet(n) !== undefined, (n) => index.match(n))
  ledeRelays(out, { sentence: (k) => sentenceOf[k]!, para: (i) => sentences[i]!.para, heading: (i) => sentences[i]!.heading,
    toPress: (i) => spokeToPress(text.slice(sentences[i]!.start, sentences[i]!.end)), length: (i) => sentences[i]!.end - sentences[i]!.start }, publisher, (n) => index.match(n))
  return out
}

// The words of the paragraph before `at` (a bounded look back).
const paragraphBefore = (text: string, at: number) => text.slice(Math.max(0, at - 400), at).split('\n').at(-1)!

const isUnnamed = (name: string) => /\((?:anonymous|unnamed)\)$/.test(name)

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end }
}

// ("Ministry of Economic Development" is already there as "Russian Ministry of Economic Development".)
function isAlready(resolved: ReadonlyMap<Cue, Resolved>, name: string): boolean {
  const key = fold(name)
  for (const r of resolved.values()) if (r.name === name || fold(r.name).endsWith(` ${key}`)) return true
  return false
}

function phraseDescriptor(c: Cue): string[] {
  return c.descriptor
}
