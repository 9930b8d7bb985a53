// Who said what in an article: attribution suggestions with the claim's
// words, the cue, the source (resolved and named canonically), the relay
// (`via`), the venue and a confidence, matched against the library's
// sources. Pure and offline; linear in the text, which is capped.
//
// The pipeline: what is learnt from the whole text first, the pass over the
// sentences (sentence-pass.ts), the relays read across sentences, where each
// attribution reaches (placing.ts), and the suggestions named for the whole
// article (suggestion-names.ts).

import { Discourse } from './discourse.ts'
import { Documents } from './documents.ts'
import type { SourceKind } from './kinds.ts'
import { tokenize } from './nlp.ts'
import type { ContentIn } from './reach.ts'
import type { RegistrySource } from './registry.ts'
import { type Paragraph, type Sentence, paragraphsOf, splitSentences } from './sentences.ts'
import { countryOf } from './dateline.ts'
import { decidePublisher } from './publisher.ts'
import { spokeToPress } from './press-venues.ts'
import { venueRelays } from './venue-relays.ts'
import { viaAsides } from './via-asides.ts'
import { quotedIn } from './quoted-in.ts'
import { freshTexts } from './fresh-texts.ts'
import { quoteFlags } from './quotes.ts'
import { fixQuoteMarks } from './quote-marks.ts'
import { wireCaps } from './wire-caps.ts'
import { maskTickers } from './ticker-codes.ts'
import { namesUnreliable } from './name-lines.ts'
import { acronymsIn } from './acronyms.ts'
import { possessiveNames } from './possessive-names.ts'
import { jobsBeforeNames } from './name-jobs.ts'
import { PersonGenders } from './person-gender.ts'
import { inheritRelays } from './relay-inherit.ts'
import { relayedStory } from './relayed-stories.ts'
import { relayedSpeakers } from './relayed-speakers.ts'
import { dropDataOwnerRelays } from './data-providers.ts'
import { monitoredRelays } from './monitored-relays.ts'
import { monitoringRelays } from './monitoring-relays.ts'
import { ShortMastheads } from './short-mastheads.ts'
import { interviewFrames } from './interview-frames.ts'
import { NameKinds } from './name-kinds.ts'
import { outletAnaphors } from './outlet-anaphors.ts'
import { type Named, namesIn } from './name-runs.ts'
import { holdUnnamedVias, restoreUnnamedVias } from './unnamed-media.ts'
import { DescribedOutlets } from './described-outlets.ts'
import { OutletReporters, ownReporters } from './outlet-reporters.ts'
import { voteGenders } from './pronoun-genders.ts'
import type { Article } from './article.ts'
import { readSentences } from './sentence-pass.ts'
import { placeAttributions } from './placing.ts'
import { nameSuggestions } from './suggestion-names.ts'
import { type Unglued, fromOriginal, toOriginal, unglueNames } from './glued-names.ts'

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

export function suggestAttributions(input: string, options: SuggestOptions = {}): Suggestion[] {
  const written = input.length > MAX_TEXT ? input.slice(0, MAX_TEXT) : input
  // (Names glued to their neighbours are read with spaces put back; the offsets point into the text as written.)
  const unglued = unglueNames(written)
  if (!unglued) return suggestIn(written, options)
  const back = (at: number) => toOriginal(unglued, at)
  const span = (s: Span): Span => ({ text: written.slice(back(s.start), back(s.end)), start: back(s.start), end: back(s.end) })
  const found = suggestIn(unglued.text, {
    ...options,
    ...(options.paragraphs ? { paragraphs: forward(unglued, options.paragraphs) } : {}),
    ...(options.sentences ? { sentences: (split) => options.sentences!(split.map((s) => ({ ...s, start: back(s.start), end: back(s.end) }))) } : {}),
  })
  return found.map((s) => ({ ...s, content: span(s.content), cue: span(s.cue), cues: s.cues.map(span) }))
}

// Block boundaries in the text as written, moved past the spaces put back before them.
function forward(unglued: Unglued, paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.map((p) => ({ ...p, start: fromOriginal(unglued, p.start), end: fromOriginal(unglued, p.end) }))
}

function suggestIn(original: string, options: SuggestOptions): Suggestion[] {
  // (Rules read the marks turned the right way round; the suggestions quote the text as written.)
  // (And the old wire's capital after "U.S." read as the word it is, wire-caps.ts.)
  // (And a firm's bare stock code read as blanks, ticker-codes.ts.)
  const text = maskTickers(wireCaps(fixQuoteMarks(original)))
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
  const article: Article = { original, text, tokens, sentences, quote, publisher, discourse, named, documents, kinds, describedOutlets, reporters }
  const { own, composed, frames } = readSentences(article)

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
  relayedStory(own, (i) => sentences[i]!.para, publisher)
  relayedSpeakers(text, own, (i) => sentences[i]!.para, publisher, (i) => spokeToPress(text.slice(sentences[i]!.start, sentences[i]!.end)),
    (i) => text.slice(sentences[i]!.start, sentences[i]!.end), (i) => sentences[i]!.heading === true)
  monitoredRelays(own, { text, start: (i) => sentences[i]!.start, end: (i) => sentences[i]!.end, para: (i) => sentences[i]!.para, heading: (i) => sentences[i]!.heading })
  monitoringRelays(own, (i) => text.slice(sentences[i]!.start, sentences[i]!.end), publisher)
  ownReporters(own, reporters)

  // (Last, as later steps read the sentence's relay cues again: data-providers.ts.)
  for (const list of [own, composed, frames]) dropDataOwnerRelays(list, (i) => text.slice(sentences[i]!.start, sentences[i]!.end))
  const placed = placeAttributions(article, own, composed, frames)
  return nameSuggestions(article, placed, mastheads, options.registry)
}
