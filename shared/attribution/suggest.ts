// Who said what in an article: attribution suggestions with the claim's
// words, the cue, the source (resolved and named canonically), the relay
// (`via`), the venue and a confidence, matched against the library's
// sources. Pure and offline; linear in the text, which is capped.

import type { Attribution, Resolved } from './attribute.ts'
import { compose, resolveSpeaker } from './attribute.ts'
import type { Cue } from './cues.ts'
import { findCues } from './cues.ts'
import { Discourse } from './discourse.ts'
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
import { knownOutlet } from './outlets.ts'

export interface Span { text: string; start: number; end: number }

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
const BYLINE = /^\(?(?:reporting|additional reporting|editing|writing|compiled|produced) by\b/i
const FRAME = /(?::$|\b(?:below|following|here) (?:are|is)\b)/i

export function suggestAttributions(input: string, options: SuggestOptions = {}): Suggestion[] {
  const text = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input
  const tokens = tokenize(text)
  const sentences = splitSentences(text, tokens, paragraphsOf(text, options.paragraphs))
  options.sentences?.(sentences)
  const quote = quoteFlags(text, tokens, sentences)
  const publisher = options.publisher ?? publisherOf(text)
  const discourse = new Discourse()
  const runs = sentences.map((s) => nameRuns(tokens, s))
  sentences.forEach((s, i) => {
    for (const [a, b] of runs[i]!) {
      const speaker = describe(text, tokens, { a, b, descriptor: [] })
      if (speaker?.type === 'name') discourse.learnName(speaker.name)
    }
  })

  const own: (Attribution | null)[] = []
  const frames: (Attribution | null)[] = []
  for (const s of sentences) {
    const view = { text, tokens, from: s.from, to: s.to, inQuote: (k: number) => quote.inside[k] === 1 }
    const sentenceText = text.slice(s.start, s.end)
    const cues = BYLINE.test(sentenceText) ? [] : findCues(view)
    const resolved = new Map<Cue, Resolved>()
    for (const c of cues) {
      const r = resolveSpeaker(c.speaker, discourse, s.para)
      if (!r) continue
      if (c.kind === 'quoted' && c.quotedOuter) {
        const outer = resolveSpeaker(c.quotedOuter, discourse, s.para)
        if (outer?.kind === 'outlet') r.via = outer.name
      }
      resolved.set(c, r)
    }
    anonymise(cues, resolved, text, tokens, s)
    let attribution = compose(cues, resolved, publisher)
    if (attribution && !hasContent(tokens, s, attribution)) attribution = null
    let frame: Attribution | null = null
    if (FRAME.test(sentenceText) && sentences[s.index + 1]?.item) {
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
      discourse.mention(r.name, r.kind, s.para, [...roles, ...descriptor], spoke, r.kind === 'document' ? attribution?.via ?? null : null)
    }
    for (const [a, b] of runs[s.index]!) {
      const speaker = describe(text, tokens, { a, b, descriptor: [] })
      if (speaker?.type !== 'name') continue
      const { name, kind } = discourse.canonical(speaker.name)
      if (!isAlready(resolved, name)) discourse.mention(name, kind, s.para, speaker.titles, false)
    }
  }

  // Inherit a relay within a paragraph (GUIDE 5, the "paragraph" rule).
  const relayOfPara = new Map<number, string>()
  own.forEach((a, i) => { if (a?.via && !relayOfPara.has(sentences[i]!.para)) relayOfPara.set(sentences[i]!.para, a.via) })
  own.forEach((a, i) => {
    const via = relayOfPara.get(sentences[i]!.para)
    if (a && !a.via && via && a.kind !== 'outlet') own[i] = { ...a, via }
  })

  const wholeQuote = sentences.map((s) => /^["“]/u.test(text.slice(s.start, s.start + 1)) && /["”]$/u.test(text.slice(s.end - 1, s.end)))
  const placed = reach({ sentences, own, hasQuote: quote.has, startsInQuote: quote.starts, endsInQuote: quote.ends, wholeQuote, frames })
  const index = new SourceIndex(options.registry ?? [])
  const out: Suggestion[] = []
  placed.forEach((p, i) => {
    if (!p) return
    const s = sentences[i]!
    const a = p.attribution
    const content = p.contentIn === 'same' ? contentSpan(text, tokens, s, a) : { start: s.start, end: s.end }
    const cues = a.cues.map((c) => span(text, c.start, c.end))
    const confidence = p.contentIn === 'same' ? a.confidence : Math.round(a.confidence * (p.contentIn === 'quote' ? 0.95 : 0.75) * 100) / 100
    out.push({
      content: span(text, content.start, content.end), cue: span(text, a.main.start, a.main.end), cues,
      source: a.source, sourceKind: a.kind, via: a.via, venue: a.venue, confidence, contentIn: p.contentIn,
      otherSources: a.otherSources, sourceId: index.match(a.source), viaId: a.via ? index.match(a.via) : null,
    })
  })
  return out
}

function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end }
}

function isAlready(resolved: ReadonlyMap<Cue, Resolved>, name: string): boolean {
  for (const r of resolved.values()) if (r.name === name) return true
  return false
}

function phraseDescriptor(c: Cue): string[] {
  return c.descriptor
}

// Quotation marks per token, and per sentence whether it starts or ends inside a quotation.
function quoteFlags(text: string, tokens: readonly Token[], sentences: readonly Sentence[]) {
  const inside = new Uint8Array(tokens.length)
  const has: boolean[] = []
  const starts: boolean[] = []
  const ends: boolean[] = []
  let open = false
  let para = -1
  for (const s of sentences) {
    if (s.para !== para) { open = false; para = s.para }
    starts.push(open)
    let any = false
    for (let k = s.from; k < s.to; k++) {
      const w = tokens[k]!.text
      if (w === '"' || w === '“' || w === '”' || w === "''" || w === '``') {
        any = true
        open = w === '“' || w === '``' ? true : w === '”' || w === "''" ? false : !open
        inside[k] = 0
        continue
      }
      inside[k] = open ? 1 : 0
    }
    has.push(any)
    ends.push(open)
  }
  return { inside, has, starts, ends }
}

// Runs of capitalised proper-noun tokens: the names a sentence mentions.
function nameRuns(tokens: readonly Token[], s: Sentence): [number, number][] {
  const runs: [number, number][] = []
  let a = -1
  for (let k = s.from; k <= s.to; k++) {
    const t = k < s.to ? tokens[k]! : null
    const ok = t !== null && isCap(t) && (t.pos === 'PROPN' || (t.pos === 'NOUN' && (a >= 0 || k > s.from)))
    if (ok) { if (a < 0) a = k; continue }
    // "Ministry of Transport": a linker between capitalised words stays in the name.
    if (a >= 0 && t && /^(?:of|for)$/.test(t.lower) && k + 1 < s.to && isCap(tokens[k + 1]!)) continue
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
  if ([...resolved.keys()].some((c) => c.kind === 'verb' && !c.inQuote)) return
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

// A cue with fewer than `min` words outside it ("He told reporters.") carries nothing.
function hasContent(tokens: readonly Token[], s: Sentence, a: Attribution, min = 3): boolean {
  let words = 0
  for (let k = s.from; k < s.to && words < min; k++) {
    const t = tokens[k]!
    if (t.pos === 'PUNCT' || t.pos === 'SYM') continue
    if (a.cues.some((c) => t.start >= c.start && t.end <= c.end)) continue
    words++
  }
  return words >= min
}

// The frame's owner: "Below are the minister's key statements" -> the minister.
function frameSpeaker(text: string, tokens: readonly Token[], s: Sentence, discourse: Discourse): Attribution | null {
  for (let k = s.from + 1; k < s.to; k++) {
    if (!/^(?:'s|’s)$/.test(tokens[k]!.lower)) continue
    const p = phraseEndingAt(tokens, s.from, k - 1)
    const speaker = p ? describe(text, tokens, p) : null
    const r = resolveSpeaker(speaker, discourse, s.para)
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
  const trailing = outer.filter((c) => c.trailing && c.start > start)
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

// The publisher a wire dateline names: "BEIJING, Nov. 5 (Xinhua) --", "MOSCOW, March 3. /TASS/.".
function publisherOf(text: string): string | null {
  const head = text.slice(0, 200)
  const m = /\(([A-Z][A-Za-z]{1,20})\)\s*(?:--|—|–|-)/.exec(head) ?? /\/([A-Z]{2,10})\//.exec(head)
  return m ? knownOutlet(m[1]!) ?? null : null
}
