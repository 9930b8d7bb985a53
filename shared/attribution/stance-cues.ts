// Reported stance in the same sentence (GUIDE 2: thought or stance that
// carries content counts): "Officials are worried about ...", "Security
// officials are particularly concerned by ...", "Analysts are confident
// that ..." (a state of mind said of a source, with what it is about), and
// "In the IMF's view, ...", "in the view of the bank", "In its latest
// estimates, the fund ..." (whose view or estimate the sentence gives).
// Agentless passives ("is thought") stay out: these need a speaker.

import type { Cue, SentenceView } from './cues.ts'
import { BE } from './lexicon.ts'
import type { Token } from './nlp.ts'
import { phraseStartingAt, subjectBefore } from './phrases.ts'
import type { Speaker } from './speakers.ts'
import { describe } from './speakers.ts'
import { wordList } from './word-lists.ts'
import { hasVerbAt } from './verb-at.ts'

const MINDS = wordList('worried|concerned|convinced|confident|optimistic|pessimistic|hopeful|fearful|sceptical|skeptical|adamant|alarmed|certain')
const ABOUT = /^(?:that|about|by|over)$/
const SEEMS = /^(?:appeared|appears|seemed|seems|remained|remains|grew|became)$/
const VIEWS = /^(?:view|opinion|estimate|estimates|assessment|forecast|forecasts|judgment|judgement|words)$/
const OWNERS = /^(?:its|his|her|their)$/

function stanceCue(tokens: readonly Token[], a: number, b: number, speaker: Speaker, inQuote: boolean, leading: boolean): Cue {
  return { kind: 'verb', start: tokens[a]!.start, end: tokens[b - 1]!.end, verb: a, speaker, inQuote, leading, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
}

// A speaker that can hold a view: a name, people, a role; not a thing ("it", "the plan").
const holds = (s: Speaker | null): s is Speaker => s !== null && (s.type === 'name' || s.type === 'anonymous' ||
  s.type === 'role' && s.group !== 'document' || s.type === 'pronoun' && /^(?:he|she|they|we|i)$/.test(s.word))

// "is concerned the laws would crush ...": a clause without its "that", a subject and then its verb.
function clauseAt(tokens: readonly Token[], k: number, to: number): boolean {
  if (k >= to || !/^(?:DET|PROPN|PRON|NOUN|ADJ)$/.test(tokens[k]!.pos) || tokens[k]!.lower === 'it' && tokens[k + 1]?.pos === 'PUNCT') return false
  for (let n = k + 1; n < Math.min(to, k + 7); n++) {
    const t = tokens[n]!
    if (t.pos === 'AUX' || t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower)) return n > k
    if (t.pos === 'PUNCT' && t.lower !== "'" && t.lower !== '’' || t.pos === 'ADP' || t.pos === 'CCONJ') return false
  }
  return false
}

export function stanceCues(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from, to, inside } = view
  const inQuote = (k: number) => inside[k] === 1
  for (let k = from; k < to - 1; k++) {
    const w = tokens[k]!.lower
    if (k > from && MINDS.test(w) && !hasVerbAt(cues, k)) {
      // "are (particularly) worried about": a form of "be", adverbs, the state, what it is about.
      let be = k - 1
      // ("appeared concerned and convinced that": other states of mind joined before it.)
      while (be > from && (tokens[be]!.pos === 'ADV' && !/^(?:not|never|n't)$/.test(tokens[be]!.lower) || tokens[be]!.lower === 'and' || MINDS.test(tokens[be]!.lower))) be--
      if (!BE.has(tokens[be]!.lower) && !SEEMS.test(tokens[be]!.lower) || !ABOUT.test(tokens[k + 1]!.lower) && !clauseAt(tokens, k + 1, to) || /^(?:not|never|n't|no)$/.test(tokens[be + 1]?.lower ?? '')) continue
      const subject = subjectBefore(tokens, from, be, inQuote)
      const speaker = subject ? describe(text, tokens, subject) : null
      if (!subject || !holds(speaker)) continue
      cues.push(stanceCue(tokens, subject.a, k + 1, speaker, inQuote(k), subject.a - from <= 1))
      continue
    }
    // "As Smith put it, ...", "Smith put it bluntly: ...": how a speaker worded it.
    if (w === 'put' && tokens[k + 1]!.lower === 'it' && (tokens[from]!.lower === 'as' || colonWithin(tokens, k + 2, to))) {
      // (The capitalised "As" opening the sentence is no part of the name.)
      const subject = subjectBefore(tokens, tokens[from]!.lower === 'as' ? from + 1 : from, k, inQuote)
      const speaker = subject ? describe(text, tokens, subject) : null
      if (subject && holds(speaker)) cues.push(stanceCue(tokens, tokens[from]!.lower === 'as' ? from : subject.a, k + 2, speaker, inQuote(k), true))
      continue
    }
    // "She had made it (very) clear that ...": a stance made known.
    // "The IMF slashed its outlook for growth to 1.6%": a forecaster revising its own forecast.
    const made = w === 'clear' && tokens[k + 1]!.lower === 'that' ? madeClear(tokens, from, k) : -1
    const revised = made < 0 && REVISES.has(w) ? ownForecast(tokens, k, to) : -1
    if (made >= 0 || revised >= 0) {
      const verb = made >= 0 ? made : k
      const subject = subjectBefore(tokens, from, verb, inQuote)
      const speaker = subject ? describe(text, tokens, subject) : null
      // (A revision the sentence reports as an event, "Shares fell after the company cut its forecast", is no stance:
      // the forecaster opens the sentence or its main clause.)
      const opens = subject !== null && (subject.a === from || tokens[subject.a - 1]!.lower === ',')
      if (subject && holds(speaker) && (made >= 0 || opens) && !hasVerbAt(cues, verb)) cues.push(stanceCue(tokens, subject.a, made >= 0 ? k + 1 : revised, speaker, inQuote(k), subject.a - from <= 1))
      continue
    }
    // "In the IMF's view, ...", "In its latest estimates, ...", "in the view of the bank".
    if (w !== 'in' || k > from + 1 && tokens[k - 1]!.lower !== ',') continue
    const owned = viewOwner(text, tokens, k + 1, to)
    if (owned) cues.push(stanceCue(tokens, k, owned.end, owned.speaker, inQuote(k), true))
  }
}

// (A set: looked up for every word of every sentence.)
const REVISES = new Set(['cut', 'cuts', 'slashed', 'slashes', 'raised', 'raises', 'lowered', 'lowers', 'trimmed', 'trims', 'lifted', 'lifts', 'upgraded', 'upgrades',
  'downgraded', 'downgrades', 'downgrading', 'revised', 'revises', 'left', 'kept', 'keeps', 'maintained', 'maintains'])
const FORECASTS = /^(?:forecast|forecasts|outlook|projection|projections|estimate|estimates|guidance)$/

// The verb "made" of "made it (very) clear", or -1.
function madeClear(tokens: readonly Token[], from: number, k: number): number {
  let n = k - 1
  while (n > from && tokens[n]!.pos === 'ADV' && !/^(?:not|never|n't)$/.test(tokens[n]!.lower)) n--
  if (tokens[n]!.lower !== 'it' || n - 1 < from || !/^(?:made|makes|make|making)$/.test(tokens[n - 1]!.lower)) return -1
  return n - 1
}

// "cut its forecast", "left unchanged its forecast", "raised its growth outlook": the end of the
// forecaster's own forecast after verb k, or -1.
function ownForecast(tokens: readonly Token[], k: number, to: number): number {
  let n = k + 1
  if (tokens[n]?.lower === 'unchanged') n++
  if (!OWNERS.test(tokens[n]?.lower ?? '')) return -1
  for (let m = n + 1; m < Math.min(to, n + 6); m++) if (FORECASTS.test(tokens[m]!.lower)) return m + 1
  return -1
}

function viewOwner(text: string, tokens: readonly Token[], k: number, to: number): { speaker: Speaker; end: number } | null {
  // "in the view of X"
  if (tokens[k]?.lower === 'the' && VIEWS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of') {
    const p = phraseStartingAt(tokens, k + 3, to)
    const speaker = p ? describe(text, tokens, p) : null
    return p && holds(speaker) && tokens[p.b]?.lower === ',' ? { speaker, end: p.b } : null
  }
  // "in its (latest) estimates": the owner is the subject after the comma.
  if (OWNERS.test(tokens[k]?.lower ?? '')) {
    let n = k + 1
    while (n < to && n < k + 4 && !VIEWS.test(tokens[n]!.lower)) n++
    if (!VIEWS.test(tokens[n]?.lower ?? '') || tokens[n + 1]?.lower !== ',') return null
    const p = phraseStartingAt(tokens, n + 2, to)
    const speaker = p ? describe(text, tokens, p) : null
    return p && holds(speaker) && speaker.type !== 'pronoun' ? { speaker, end: n + 1 } : null
  }
  // "in the IMF's view", "in Smith's opinion"
  for (let n = k; n < Math.min(to - 2, k + 6); n++) {
    if (!/^(?:'s|’s)$/.test(tokens[n]!.lower)) continue
    let v = n + 1
    while (v < to && v < n + 3 && !VIEWS.test(tokens[v]!.lower)) v++
    // ("..., in Smith's words." closing the sentence too.)
    if (!VIEWS.test(tokens[v]?.lower ?? '') || tokens[v + 1]?.lower !== ',' && v + 2 < to) return null
    const a = tokens[k]!.lower === 'the' ? k + 1 : k
    if (a >= n || !tokens[a]!.cap) return null
    const speaker = describe(text, tokens, { a, b: n, descriptor: [] })
    return holds(speaker) ? { speaker, end: v + 1 } : null
  }
  return null
}

// A colon within three tokens of k: "put it bluntly: ...".
function colonWithin(tokens: readonly Token[], k: number, to: number): boolean {
  for (let n = k; n < Math.min(to, k + 3); n++) if (tokens[n]!.lower === ':') return true
  return false
}
