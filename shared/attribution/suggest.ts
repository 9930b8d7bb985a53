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
import type { Token } from './nlp.ts'
import { tokenize } from './nlp.ts'
import { isCap, phraseEndingAt, phraseStartingAt } from './phrases.ts'
import type { ContentIn } from './reach.ts'
import { reach } from './reach.ts'
import type { RegistrySource } from './registry.ts'
import { SourceIndex } from './registry.ts'
import type { Paragraph, Sentence } from './sentences.ts'
import { paragraphsOf, splitSentences } from './sentences.ts'
import { describe } from './speakers.ts'
import { ORG_WORDS, TITLES } from './lexicon.ts'
import { countryOf, publisherOf } from './dateline.ts'
import { spokeToPress } from './press-venues.ts'
import { venueRelays } from './venue-relays.ts'
import { quoteFlags } from './quotes.ts'
import { isAside } from './asides.ts'
import { participleSource } from './participles.ts'
import { fullerAnonymous, membersOf } from './anonymous-names.ts'
import { creditHeadline } from './headline-credit.ts'
import { headlineSpeaker } from './headline-speaker.ts'
import { namesUnreliable, surnameAsVerb } from './name-lines.ts'
import { givenNameAsOther } from './given-names.ts'
import { subjectBefore } from './pronoun-subjects.ts'
import { writeUps } from './write-ups.ts'
import { appositiveHead } from './appositive-heads.ts'
import { describedGroup } from './described-groups.ts'
import { acronymsIn } from './acronyms.ts'
import { jobsBeforeNames } from './name-jobs.ts'
import { firstText, fullDocument, namedDocument, orgHere } from './fallbacks.ts'
import { officialIssuers } from './issuers.ts'
import { inheritRelays } from './relay-inherit.ts'
import { mastheadsCiting } from './mastheads.ts'
import { headlineText, knownText } from './headline-texts.ts'
import { bodyInTitle, describedAsBody } from './title-bodies.ts'
import { fold } from './fold.ts'
import { relayFrame } from './relay-frames.ts'
import { carriesOn, reportsEvent } from './continuation.ts'
import { interviewFrames } from './interview-frames.ts'
import { NameKinds } from './name-kinds.ts'
import { socialPosts } from './social-posts.ts'
import { quoteReach } from './quote-reach.ts'
import { writerTurns } from './writer-turns.ts'
import { anaphorReach } from './anaphor-reach.ts'
import { outletAnaphors } from './outlet-anaphors.ts'
import { colonLists } from './colon-lists.ts'

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
const FRAME_NOUN = /^(?:statements|points|remarks|comments|quotes|excerpts|highlights|takeaways|theses|provisions)$/
// "TASS has compiled the main statements made by Peskov" frames the bullets after it too.
const FRAME = /(?::$|\b(?:below|following|here) (?:are|is)\b|\b(?:compiled|summed up|summarised|summarized|gathered)\b.*\b(?:statements|points|remarks|theses)\b)/i
// A frame that announces statements, which may follow as plain one-sentence paragraphs (no bullets).
const LIST_FRAME = /\b(?:below|following|here) (?:are|is)\b.*\b(?:statements|points|remarks|comments|quotes|theses|takeaways)\b/i

export function suggestAttributions(input: string, options: SuggestOptions = {}): Suggestion[] {
  const text = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens, paragraphsOf(text, options.paragraphs))
  options.sentences?.(sentences)
  const quote = quoteFlags(text, tokens, sentences)
  const publisher = options.publisher ?? publisherOf(text)
  const discourse = new Discourse()
  discourse.country = countryOf(text)
  discourse.acronyms = acronymsIn(text)
  discourse.jobs = jobsBeforeNames(text)
  const documents = new Documents(text)
  // The names each sentence mentions, described once: learnt first (a short
  // form may come before the full one), recorded as mentions in the main pass.
  const described = new Map<string, Named | null>()
  const named = sentences.map((s) => (namesUnreliable(text, s) ? [] : namesIn(text, tokens, s, described)))
  for (const names of named) for (const n of names) discourse.learnName(n.name)

  const own: (Attribution | null)[] = []
  const composed: (Attribution | null)[] = []
  const frames: (Attribution | null)[] = []
  for (const s of sentences) {
    const view = { text, tokens, from: s.from, to: s.to, inside: quote.inside }
    const cues = BYLINE.test(text.slice(s.start, s.start + 40)) ? [] : findCues(view)
    const resolved = new Map<Cue, Resolved>()
    discourse.here = named[s.index]!
    for (const c of cues) {
      const r = orgHere(c, text, s, discourse) ?? subjectBefore(text, tokens, quote.inside, s, c, discourse) ?? appositiveHead(text, s, c, discourse) ?? resolveSpeaker(c.speaker, discourse, s.para) ?? namedDocument(c.speaker, documents) ?? firstText(c)
      if (!r) continue
      if (c.kind === 'quoted' && c.quotedOuter) {
        const outer = resolveSpeaker(c.quotedOuter, discourse, s.para)
        if (outer?.kind === 'outlet') r.via = outer.name
      }
      if (r.kind === 'document' && r.named && r.name.includes(' ')) r.name = fullDocument(r.name, documents, tokens, s)
      if (r.kind === 'person' && r.named && describedAsBody(text, s, r.name)) r.kind = 'organisation'
      // (A name the tagger did not read as one, "Josh Earnest", is learnt from its cue for the short forms after.)
      if (r.kind === 'person' && r.named) discourse.learnName(r.name)
      if (r.kind === 'document' && /^\p{Ll}+$/u.test(r.name)) r.name = headlineText(text, tokens, s, r.name) ?? knownText(r.name, discourse) ?? r.name
      if (r.kind === 'anonymous') r.name = membersOf(r.name, discourse, (n) => text.slice(s.start, c.start).includes(n), s.para, paragraphBefore(text, c.start)) ?? describedGroup(r.name, text, tokens, c.start, text.slice(Math.max(0, c.start - 20), c.end)) ?? r.name
      resolved.set(c, r)
    }
    anonymise(cues, resolved, text, tokens, s)
    mastheadsCiting(text, tokens, cues, resolved)
    relayFrame(text, tokens, s, cues, resolved)
    let attribution = compose(cues, resolved, publisher) ?? participleSource(text, tokens, s, cues, quote.inside, discourse)
    composed.push(attribution)
    if (attribution && !hasContent(tokens, s, attribution)) attribution = null
    if (s.heading) attribution = creditHeadline(attribution, text, tokens, s, discourse)
    // (A title may end in a quote mark, which the splitter does not take for a heading.)
    if (!attribution && (s.heading || s.index === 0)) attribution = headlineSpeaker(text, s, discourse)
    let frame: Attribution | null = null
    const next = sentences[s.index + 1]
    if (next && (next.item || next.para !== s.para && s.to - s.from <= 20 && LIST_FRAME.test(text.slice(s.start, s.end))) && FRAME.test(text.slice(s.start, s.end))) {
      frame = attribution ?? frameSpeaker(text, tokens, s, discourse)
      if (attribution && !hasContent(tokens, s, attribution, 4)) attribution = null
    }
    own.push(attribution)
    frames.push(frame)
    // Remember who spoke and who was named, for pronouns and role nouns later.
    for (const c of cues) {
      const r = resolved.get(c)
      if (!r) continue
      const spoke = attribution !== null && (c === attribution.main || attribution.cues.includes(c))
      const roles = c.speaker?.type === 'name' ? c.speaker.titles : []
      const descriptor = phraseDescriptor(c)
      const body = bodyInTitle(text, tokens, c)
      if (body) discourse.mention(discourse.canonical(body).name, 'organisation', s.para, [], false)
      discourse.mention(r.name, r.kind, s.para, [...roles, ...descriptor], spoke, r.kind === 'document' && !attribution?.viaSeen ? attribution?.via ?? null : null)
    }
    for (const speaker of named[s.index]!) {
      const { name, kind } = discourse.canonical(speaker.name)
      const body = describedAsBody(text, s, speaker.name)
      if (!isAlready(resolved, name)) discourse.mention(name, body ? 'organisation' : kind, s.para, body ? [...speaker.titles, 'body'] : speaker.titles, false)
    }
  }

  interviewFrames(text, tokens, sentences, own, publisher)
  const namesOutlet = outletAnaphors(text, sentences, own, publisher)
  venueRelays(text, own, publisher)
  inheritRelays(text, own, (i) => sentences[i]!.para, publisher, (i) => namesOutlet[i]!, (i) => spokeToPress(text.slice(sentences[i]!.start, sentences[i]!.end)))

  const wholeQuote = sentences.map((s) => OPENS.has(text.charCodeAt(s.start)) && CLOSES.has(text.charCodeAt(s.end - 1)))
  const placed = reach({ sentences, own, hasQuote: quote.has, startsInQuote: quote.starts, endsInQuote: quote.ends, continuesQuote: quote.continues, wholeQuote, frames, asides: sentences.map((s) => isAside(tokens, s, quote.inside)),
    carriesOn: own.map((a) => a !== null && carriesOn(tokens, a)), events: sentences.map((s) => reportsEvent(tokens, s)) })
  writerTurns(text, tokens, sentences, placed)
  anaphorReach(text, sentences, placed)
  socialPosts({ text, sentences, canonical: (name) => discourse.canonical(name) }, placed)
  quoteReach({ text, sentences, own, composed, hasQuote: quote.has, endsInQuote: quote.ends, continuesQuote: quote.continues }, placed)
  colonLists({ text, sentences, own, composed }, placed)
  writeUps(text, tokens, sentences, quote.inside, placed)
  // (Unnamed groups named beside another source count too: "..., a rise that Chinese analysts said ...".)
  const unnamed = (p: (typeof placed)[number]) => [...(p?.attribution.kind === 'anonymous' ? [p.attribution.source] : []), ...(p?.attribution.otherSources.filter(isUnnamed) ?? [])]
  const fuller = fullerAnonymous(placed.flatMap((p) => unnamed(p).map((n) => discourse.renamed.get(n) ?? n)))
  const issued = officialIssuers(placed.map((p, i) => (p ? { source: p.attribution.source, kind: p.attribution.kind, para: sentences[i]!.para } : null)))
  // A group numbered once a separate source appears ("A second official") stays the group where the words are the group's.
  const renamed = (name: string, group = false) => { const n = group ? name : discourse.renamed.get(name) ?? name; return issued.get(n) ?? fuller.get(n) ?? n }
  const index = new SourceIndex(options.registry ?? [])
  const kinds = new NameKinds(text)
  const out: Suggestion[] = []
  placed.forEach((p, i) => {
    if (!p) return
    const s = sentences[i]!
    const a = p.attribution
    const content = p.contentIn === 'same' ? contentSpan(text, tokens, s, a) : { start: s.start, end: s.end }
    const cues = a.cues.map((c) => span(text, c.start, c.end))
    const confidence = p.contentIn === 'same' ? a.confidence : Math.round(a.confidence * (p.contentIn === 'quote' ? 0.95 : 0.75) * 100) / 100
    const source = renamed(a.source, groupSpeaks(text, a.main))
    out.push({
      content: span(text, content.start, content.end), cue: span(text, a.main.start, a.main.end), cues,
      source, sourceKind: kinds.of(source, a.kind), via: a.via, venue: a.venue, confidence, contentIn: p.contentIn,
      otherSources: a.otherSources.map((n) => renamed(n)), sourceId: index.match(source), viaId: a.via ? index.match(a.via) : null,
    })
  })
  return out
}

// "three U.S. officials said", "the officials said" (not "one of the officials said"): the group as a whole speaks.
function groupSpeaks(text: string, cue: Cue): boolean {
  const sp = cue.speaker
  return sp?.type === 'anonymous' && /s \((?:anonymous|unnamed)\)$/.test(sp.name) && !/\bone of\s*$/i.test(text.slice(Math.max(0, cue.start - 8), cue.start))
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

type Named = { name: string; titles: string[] }

// Runs of capitalised proper-noun tokens that describe as names: the names a sentence mentions.
// The same name recurs through an article: a run is described once per
// wording and tagging (`described`, keyed by both, so the answer is the same).
function namesIn(text: string, tokens: readonly Token[], s: Sentence, described: Map<string, Named | null>): Named[] {
  const names: Named[] = []
  for (const [a, b] of nameRuns(tokens, s)) {
    let key = text.slice(tokens[a]!.start, tokens[b - 1]!.end)
    for (let k = a; k < b; k++) key += `|${tokens[k]!.pos}`
    let name = described.get(key)
    if (name === undefined) {
      const speaker = describe(text, tokens, { a, b, descriptor: [] })
      name = speaker?.type === 'name' ? speaker : null
      described.set(key, name)
    }
    if (name) names.push(name)
  }
  return names
}

const SYLLABLE = /^\p{Ll}{2,5}$/u

function nameRuns(tokens: readonly Token[], s: Sentence): [number, number][] {
  const runs: [number, number][] = []
  let a = -1
  for (let k = s.from; k <= s.to; k++) {
    const t = k < s.to ? tokens[k]! : null
    // A capitalised common noun opening the sentence is no name ("Shares of ..."), unless a title ("President Erdogan").
    // "Sun Li, a researcher ...": a capitalised noun opening the sentence before a proper noun starts a name.
    const ok = t !== null && isCap(t) && (t.pos === 'PROPN' || (t.pos === 'NOUN' && (a >= 0 || k > s.from || TITLES.has(t.lower) ||
      k + 1 < s.to && tokens[k + 1]!.pos === 'PROPN' && isCap(tokens[k + 1]!))))
    if (ok || t && givenNameAsOther(tokens, k, s) || a >= 0 && t && surnameAsVerb(tokens, k, s)) { if (a < 0) a = k; continue }
    // "Ministry of Transport": a linker between capitalised words stays in the name.
    // ("Commission on Human Rights": "on" after a body's word.)
    if (a >= 0 && t && (/^(?:of|for)$/.test(t.lower) || t.lower === 'on' && ORG_WORDS.has(tokens[k - 1]!.lower)) && k + 1 < s.to && isCap(tokens[k + 1]!)) {
      // "Shares of Nordwave": a plural noun opening the sentence is not part of the name.
      if (a === s.from && k === a + 1 && /s$/.test(tokens[a]!.lower) && !ORG_WORDS.has(tokens[a]!.lower)) a = -1
      continue
    }
    // "OPEC+": an unspaced plus closes a name.
    if (a >= 0 && t && t.lower === '+' && t.start === tokens[k - 1]!.end) continue
    // "Kassym-Jomart Tokayev": an unspaced hyphen between capitalised words joins one name.
    // ("Kim Jong-un", "Park Sung-hoon": a given name's second syllable is in lower case.)
    if (a >= 0 && t && t.lower === '-' && t.start === tokens[k - 1]!.end && k + 1 < s.to && tokens[k + 1]!.start === t.end && (isCap(tokens[k + 1]!) || SYLLABLE.test(tokens[k + 1]!.text))) continue
    if (a >= 0 && t && SYLLABLE.test(t.text) && tokens[k - 1]!.lower === '-' && tokens[k - 1]!.start === tokens[k - 2]!.end && t.start === tokens[k - 1]!.end) continue
    if (a >= 0) { runs.push([a, k]); a = -1 }
    if (runs.length >= 64) break
  }
  return runs
}

// "Officials said, speaking on condition of anonymity": the speaker is anonymous;
// a sentence with only the anonymity formula names its unnamed speakers.
function anonymise(cues: Cue[], resolved: Map<Cue, Resolved>, text: string, tokens: readonly Token[], s: Sentence): void {
  const formula = cues.find((c) => c.kind === 'anonymity')
  if (!formula) return
  // "according to three officials ..., who spoke on condition of anonymity": the cue already names them.
  if ([...resolved.keys()].some((c) => !c.inQuote && (c.kind === 'verb' || c.speaker?.type === 'anonymous'))) return
  for (let k = s.from; k < formula.verb; k++) {
    const p = phraseStartingAt(tokens, k, formula.verb)
    const speaker = p ? describe(text, tokens, p) : null
    if (p && speaker?.type === 'anonymous') {
      const c: Cue = { ...formula, kind: 'verb', speaker, start: tokens[p.a]!.start, end: formula.end, trailing: true }
      cues.push(c)
      resolved.set(c, { name: speaker.name.replace(/^(?:the|a|an)\s+/i, ''), kind: 'anonymous', via: null, named: true })
      return
    }
  }
}

// A cue with fewer than `min` words outside it ("He told reporters.",
// "The ministry also responded on Thursday.") carries nothing; "The company
// disputes those figures." does. Prepositions and days are no content.
const NO_CONTENT = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|also|later|earlier)$/
function hasContent(tokens: readonly Token[], s: Sentence, a: Attribution, min = 2): boolean {
  let words = 0
  for (let k = s.from; k < s.to && words < min; k++) {
    const t = tokens[k]!
    if (t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'ADP' || NO_CONTENT.test(t.lower)) continue
    if (a.cues.some((c) => t.start >= c.start && t.end <= c.end)) continue
    words++
  }
  return words >= min
}

// The frame's owner: "Below are the minister's key statements" -> the
// minister; "the key points of the statement", "statements by the Kremlin
// spokesman" -> the statement, the spokesman.
function frameSpeaker(text: string, tokens: readonly Token[], s: Sentence, discourse: Discourse): Attribution | null {
  for (let k = s.from + 1; k < s.to; k++) {
    const owned = /^(?:'s|’s)$/.test(tokens[k]!.lower)
    // "the statements of X", "the statements made by X".
    const framed = FRAME_NOUN.test(tokens[k - 1]!.lower) ||
      tokens[k]!.lower === 'by' && k - 2 > s.from && /^(?:made|given|delivered)$/.test(tokens[k - 1]!.lower) && FRAME_NOUN.test(tokens[k - 2]!.lower)
    if (!owned && !(/^(?:of|by|from)$/.test(tokens[k]!.lower) && framed)) continue
    const p = owned ? phraseEndingAt(tokens, s.from, k - 1) : phraseStartingAt(tokens, k + 1, s.to)
    const speaker = p ? describe(text, tokens, p) : null
    // "the key points of the statement" with no text named before: the statement as written.
    const r = resolveSpeaker(speaker, discourse, s.para) ??
      (speaker?.type === 'role' && speaker.group === 'document' ? { name: [...speaker.mods, speaker.head].join(' '), kind: 'document' as const, via: null, named: false } : null)
    if (!r) continue
    const cue: Cue = { kind: 'verb', start: tokens[p!.a]!.start, end: tokens[s.to - 1]!.end, verb: k, speaker, inQuote: false,
      leading: true, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
    return { source: r.name, kind: r.kind, via: r.via, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }
  }
  return null
}

// The claimed words: the sentence without a leading "X said that" or a trailing ", X said".
function contentSpan(text: string, tokens: readonly Token[], s: Sentence, a: Attribution): { start: number; end: number } {
  let start = s.start
  let end = s.end
  const outer = a.cues.filter((c) => !c.inQuote)
  const lead = outer[0]
  if (lead && lead.start === s.start) {
    let k = s.from
    while (k < s.to && tokens[k]!.end <= lead.end) k++
    while (k < s.to && /^(?:that|,|:|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(tokens[k]!.lower)) k++
    if (k < s.to) start = tokens[k]!.start
  }
  // ("X reported, citing Y, that ...": a cue followed by the claim trims nothing.)
  const lastEnd = Math.max(...outer.map((c) => c.end))
  let next = s.from
  while (next < s.to && (tokens[next]!.start < lastEnd || tokens[next]!.lower === ',')) next++
  const trailing = next < s.to && tokens[next]!.lower === 'that' ? [] : outer.filter((c) => c.trailing && c.start > start)
  if (trailing.length) {
    const first = trailing[0]!
    let k = s.to - 1
    while (k > s.from && tokens[k]!.start >= first.start) k--
    while (k > s.from && /^(?:,|said|says|added|told)$/.test(tokens[k]!.lower)) k--
    if (tokens[k]!.end > start) end = tokens[k]!.end
  }
  if (end - start < 3) return { start: s.start, end: s.end }
  return { start, end }
}
