// Reports named by a noun, in the same sentence as what they say:
// "The sheriff released a statement condemning ...", "Parry issued a plea
// for people to stay away ...", "The embassy issued a warning to citizens
// to leave ..."; and views held by named people with an "as": "seen by
// many Africans as a liberation hero", "regarded by economists as".
// ("issued a statement" alone, with nothing after it, says nothing.)

import type { Cue, SentenceView } from './cues.ts'
import type { Token } from './nlp.ts'
import { phraseStartingAt, subjectBefore } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { describe } from './speakers.ts'
import { hasVerbAt } from './verb-at.ts'

const ISSUES = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'release', 'made', 'makes', 'sent', 'sends', 'published',
  'publishes', 'posted', 'posts', 'delivered', 'delivers'])
// ("released a white paper disclosing ...": a paper its issuer releases, as state bodies do.)
// ("issued a public notice advising motorists to ...", "an advisory urging": a body's notices carry its words too.)
const ACTS = /^(?:statement|plea|appeal|warning|call|apology|denial|ultimatum|rebuke|message|letter|paper|notice|advisory|alert|circular)$/
// What follows the act and carries its content ("a press statement stressing that ...").
const CARRIES = /^(?:condemning|saying|urging|calling|warning|denying|accusing|demanding|asking|insisting|claiming|stating|stressing|emphasi[sz]ing|underlining|underscoring|asserting|declaring|disclosing|advising|cautioning|informing|reminding|for|that)$/
// "raised concerns that", "voiced doubts that": a stance named by a plural or mass noun, without an article.
const RAISES = new Set(['raised', 'raises', 'voiced', 'voices', 'aired', 'airs'])
const WORRIES = /^(?:concern|concerns|fears|doubts|questions|worries|alarm|hope|hopes)$/
// "Whitfield's statement that ...": a report named by its owner, with its content.
const SAYINGS = /^(?:statement|claim|claims|assertion|argument|insistence|contention|view|belief|warning|promise|prediction|suggestion|remark|remarks|comment|comments|complaint|allegation|allegations|accusation|admission|pledge|vow|assurance|announcement)$/
const RESTATES = new Set(['repeated', 'repeats', 'reiterated', 'reiterates', 'restated', 'restates', 'stated', 'states', 'expressed',
  'expresses', 'gave', 'gives', 'outlined', 'outlines', 'voiced', 'voices', 'aired', 'airs', 'made', 'makes'])
const VIEWS = /^(?:view|belief|position|opinion|argument|stance|conviction|assessment|hope|fear|concern|expectation)$/
// The "that" of a clause within four tokens of k (past a time: "on Friday that"), or -1.
function thatWithin(tokens: readonly Token[], k: number, to: number): number {
  for (let n = k; n < Math.min(to - 1, k + 4); n++) {
    if (tokens[n]!.lower === 'that') return n
    if (tokens[n]!.pos === 'PUNCT' || tokens[n]!.pos === 'VERB') return -1
  }
  return -1
}
const HELD = /^(?:seen|viewed|regarded|considered|described|branded|labelled|labeled|painted|portrayed)$/

const holds = (s: Speaker | null): s is Speaker => s !== null && (s.type === 'name' || s.type === 'anonymous' || s.type === 'office' ||
  s.type === 'role' && s.group !== 'document' || s.type === 'pronoun' && /^(?:he|she|they|we)$/.test(s.word))

function actCue(tokens: readonly Token[], a: number, b: number, verb: number, speaker: Speaker, inQuote: boolean, leading: boolean): Cue {
  return { kind: 'verb', start: tokens[a]!.start, end: tokens[b - 1]!.end, verb, speaker, inQuote, leading, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
}

export function speechActs(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from, to, inside } = view
  const inQuote = (k: number) => inside[k] === 1
  for (let k = from + 1; k < to - 2; k++) {
    const w = tokens[k]!.lower
    if (ISSUES.has(w) && tokens[k]!.pos === 'VERB' && !hasVerbAt(cues, k)) {
      // "issued a (strongly worded) statement condemning ...": the act's noun within three words.
      let n = k + 1
      if (!/^(?:a|an|the|its|his|her|their)$/.test(tokens[n]!.lower)) continue
      while (n < Math.min(to - 1, k + 5) && !ACTS.test(tokens[n]!.lower)) n++
      if (!ACTS.test(tokens[n]!.lower) || !CARRIES.test(tokens[n + 1]?.lower ?? '') || n + 1 >= to) continue
      const subject = subjectBefore(tokens, from, k, inQuote)
      const speaker = subject ? describe(text, tokens, subject) : null
      if (subject && holds(speaker)) cues.push(actCue(tokens, subject.a, n + 1, k, speaker, inQuote(k), subject.a - from <= 1))
      continue
    }
    // ("raised concerns about the plan" names only a topic.)
    if (RAISES.has(w) && WORRIES.test(tokens[k + 1]!.lower) && tokens[k + 2]!.lower === 'that') {
      const subject = subjectBefore(tokens, from, k, inQuote)
      const speaker = subject ? describe(text, tokens, subject) : null
      if (subject && holds(speaker)) cues.push(actCue(tokens, subject.a, k + 2, k, speaker, inQuote(k), subject.a - from <= 1))
      continue
    }
    // "Woodley repeated his view on Friday that ...": a stance restated, named by its noun, with its content.
    if (RESTATES.has(w) && tokens[k]!.pos === 'VERB' && /^(?:his|her|its|their|our|my)$/.test(tokens[k + 1]!.lower) && VIEWS.test(tokens[k + 2]!.lower) && !hasVerbAt(cues, k)) {
      const that = thatWithin(tokens, k + 3, to)
      const subject = that > 0 ? subjectBefore(tokens, from, k, inQuote) : null
      const speaker = subject ? describe(text, tokens, subject) : null
      if (subject && holds(speaker)) cues.push(actCue(tokens, subject.a, k + 3, k, speaker, inQuote(k), subject.a - from <= 1))
      continue
    }
    if ((w === "'s" || w === '’s') && SAYINGS.test(tokens[k + 1]!.lower) && tokens[k + 2]!.lower === 'that') {
      const owner = ownerBefore(tokens, from, k)
      const speaker = owner >= 0 ? describe(text, tokens, { a: owner, b: k, descriptor: [] }) : null
      if (owner >= 0 && holds(speaker)) cues.push(actCue(tokens, owner, k + 2, k, speaker, inQuote(k), owner === from))
      continue
    }
    // "seen by many Africans as": the agent holds the view.
    if (w !== 'by' || !HELD.test(tokens[k - 1]!.lower)) continue
    const agent = phraseStartingAt(tokens, k + 1, to)
    if (!agent || tokens[agent.b]?.lower !== 'as') continue
    const speaker = describe(text, tokens, agent)
    if (holds(speaker) && speaker.type !== 'pronoun') cues.push(actCue(tokens, k - 1, agent.b + 1, k - 1, speaker, inQuote(k), false))
  }
}

// The first token of the capitalised name that owns a possessive at k, or -1.
function ownerBefore(tokens: readonly Token[], from: number, k: number): number {
  let a = k
  while (a - 1 >= from && k - a < 5 && tokens[a - 1]!.cap && tokens[a - 1]!.pos === 'PROPN') a--
  return a < k ? a : -1
}
