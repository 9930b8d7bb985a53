// Where each attribution reaches: the sentences its words run over (reach.ts),
// then the passes that place what reach leaves (writers' turns, lists,
// headlines, interviews, credit lines). Split from suggest.ts.

import type { Attribution } from './attribute.ts'
import type { Article } from './article.ts'
import type { Placed } from './reach.ts'
import { reach } from './reach.ts'
import { partialQuotes } from './partial-quotes.ts'
import { isAside } from './asides.ts'
import { headlineReports } from './headline-reports.ts'
import { headlineOutlets } from './headline-outlets.ts'
import { headlineRelays } from './headline-relays.ts'
import { writeUps } from './write-ups.ts'
import { interviewTurns } from './interview-turns.ts'
import { interviewQuotes } from './interview-quotes.ts'
import { creditLines } from './credit-lines.ts'
import { carriesOn, narratesEvent, reportsEvent } from './continuation.ts'
import { socialPosts } from './social-posts.ts'
import { quoteReach } from './quote-reach.ts'
import { writerTurns } from './writer-turns.ts'
import { anaphorReach } from './anaphor-reach.ts'
import { colonLists } from './colon-lists.ts'
import { reproducedTexts } from './reproduced-texts.ts'
import { statementLists } from './statement-lists.ts'
import { headlineRole, ledeNames } from './lede-names.ts'
import { headlineVerbs } from './headline-verbs.ts'
import { outletReports } from './outlet-reports.ts'
import { delayedNames } from './delayed-names.ts'
import { trailingRuns } from './trailing-runs.ts'
import { dataLines } from './data-lines.ts'
import { speakerSubjects } from './speaker-subjects.ts'

const OPENS = new Set([0x22, 0x201c])
const CLOSES = new Set([0x22, 0x201d])

// Each sentence's placed attribution, by sentence index.
export function placeAttributions(article: Article, own: (Attribution | null)[], composed: (Attribution | null)[], frames: (Attribution | null)[]): (Placed | null)[] {
  const { text, tokens, sentences, quote, publisher, discourse } = article
  // (Wire archives write the marks as two backticks and two apostrophes: ``...''.)
  const wholeQuote = sentences.map((s) => (OPENS.has(text.charCodeAt(s.start)) || text.startsWith('``', s.start)) &&
    (CLOSES.has(text.charCodeAt(s.end - 1)) || text.startsWith("''", s.end - 2)))
  const asides = (i: number) => isAside(tokens, sentences[i]!, quote.inside)
  const events = (i: number) => reportsEvent(tokens, sentences[i]!)
  const placed = reach({ sentences, own, hasQuote: quote.has, startsInQuote: quote.starts, endsInQuote: quote.ends, continuesQuote: quote.continues, wholeQuote, frames, asides,
    carriesOn: own.map((a) => a !== null && carriesOn(tokens, a)), events, narrated: (i) => narratesEvent(tokens, sentences[i]!) })
  writerTurns(text, tokens, sentences, placed)
  speakerSubjects(text, sentences, placed)
  trailingRuns({ tokens, sentences, hasQuote: quote.has, asides, events }, placed)
  dataLines({ text, sentences, own, hasQuote: quote.has }, placed)
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
  return placed
}
