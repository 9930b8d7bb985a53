// The phrases around a reporting verb that name its speaker or venue: a
// lower-case speaker after an inverted verb, the agent after "described as
// ... by", a headline's subject, who "X quoted ... as saying" names, and the
// outlet of "in an interview with". Split from cues.ts; reads the sentence in
// cue-sentence.ts.

import type { Phrase } from './phrases.ts'
import { isCap, phraseEndingAt, phraseStartingAt } from './phrases.ts'
import { ANONYMOUS_HEADS, CALENDAR, PERSON_ROLES, TITLES } from './lexicon.ts'
import { looksLikeOutlet } from './outlets.ts'
import { from, text, to, tokens, word } from './cue-sentence.ts'
import { quotedUpToAs } from './quoted-spans.ts'

const AGENT_PLURAL = /(?:ers|ors|ists|ians)$/
// Plurals in "-ers"/"-ors" that name things, not people.
const THING_PLURAL = /^(?:numbers|papers|letters|orders|matters|waters|cent(?:er|re)s|borders|powers|quarters|headquarters|layers|chambers|computers|monitors|indicators|factors|sectors|errors|motors|doors|floors|colou?rs|rumou?rs|figures|markets|others)$/

// After an inverted verb, a speaker in lower case: a title before a name
// ("said chief inspector Jane Roe"), or unnamed people closing the sentence
// ("..., noted experts.", "..., said many analysts").
export function lowerSpeaker(p: Phrase): boolean {
  const last = tokens[p.b - 1]!
  // ("says veteran industry analyst Ken Doctor": a role word anywhere before the name.)
  for (let k = p.a; k < p.b - 1; k++) if (TITLES.has(word(k)) || PERSON_ROLES.has(word(k))) return isCap(last)
  const closes = p.b >= to || /^[.,;!?]$/.test(word(p.b))
  // ("said study co-author Paul Expert": lower-case job words, then a name of two capitalised words.)
  if (p.b - p.a >= 3 && isCap(last) && isCap(tokens[p.b - 2]!) && !tokens[p.a]!.cap && tokens[p.a]!.pos === 'NOUN') return true
  // ("..., say oceanographers.": a plural agent noun, people of a trade, closing the clause.)
  if (p.b - p.a === 1 && !last.cap && last.pos === 'NOUN' && AGENT_PLURAL.test(last.lower) && !THING_PLURAL.test(last.lower) && closes) return true
  // ("China a driver of recovery, says economist": a headline's bare role word, with no article, ending the line.)
  if (p.b - p.a === 1 && p.b >= to && !last.cap && last.pos === 'NOUN' && (PERSON_ROLES.has(last.lower) || ANONYMOUS_HEADS.has(last.lower))) return true
  return !last.cap && ANONYMOUS_HEADS.has(last.lower) && /s$/.test(last.lower) && closes
}

// The "by" of a short "as ..." complement from k, or -1: "described as “heartbreaking” by".
export function agentAfterAs(k: number): number {
  for (let n = k; n < Math.min(to - 1, k + 8); n++) {
    if (word(n) === 'by') return n
    if (/^[,;:.]$/.test(word(n))) return -1
    // ("viewed as more easily swayed by broader trends": a verb after "as" owns the "by", whose agent sways.)
    if (n > k && tokens[n]!.pos === 'VERB') return -1
  }
  return -1
}

// "Norges Bank lifts rates, sees ...": the subject before a headline's first
// present-tense verb, which the tagger may read as a plural noun ("lifts").
export function headlineSubject(comma: number): Phrase | null {
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
const OF_BODY = /^(?:of|for|at|from|by)$/
// Speech acts an outlet quotes someone in the middle of: "quoted X telling", "quoted X attacking".
const QUOTED_ACTS = new Set(['saying', 'telling', 'urging', 'warning', 'attacking', 'criticising', 'criticizing', 'denying', 'accusing', 'insisting',
  'claiming', 'stressing', 'predicting', 'praising', 'condemning', 'blaming', 'calling', 'describing', 'announcing', 'vowing', 'threatening', 'complaining'])
export function quotedSpeaker(k: number): Phrase | null {
  const p = phraseStartingAt(tokens, k, to)
  if (!p || word(p.b) === 'as') return p
  // ("Tehran Radio quoted Rafsanjani telling a delegation ...": a speech act in its participle, no "as".)
  if (QUOTED_ACTS.has(word(p.b))) return p
  for (let m = p.b; m < Math.min(to - 1, k + 24); m++) {
    // ("quoted Zhang Yan, a delegate to the congress, attacking grain policy": the name, its description, the act.)
    if (word(m) === ',' && m > p.b && QUOTED_ACTS.has(word(m + 1))) return word(p.b) === ',' && isCap(tokens[p.a]!) && isCap(tokens[p.b - 1]!) ? p : null
    if (word(m) !== 'as' || !/^(?:saying|telling|writing|stating)$/.test(word(m + 1))) continue
    // ("quoted a spokesman of the Ministry of Trade as saying": a noun phrase up to "as", or the head with what it belongs to, no clause between.)
    if (word(m - 1) !== ',') return quotedUpToAs(k) ?? (OF_BODY.test(word(p.b)) && !tokens.slice(p.b, m).some((t) => t.pos === 'VERB' || /^[,;:"“”]$/.test(t.text)) ? { ...p, b: m } : null)
    const name = phraseEndingAt(tokens, k, m - 2)
    // ("quoted Li Haidong, a professor at ..., as saying": the name comes first, its description after.)
    return name && word(name.a - 1) === ',' && isCap(tokens[name.a]!) && isCap(tokens[name.b - 1]!) ? name : word(p.b) === ',' && isCap(tokens[p.a]!) && isCap(tokens[p.b - 1]!) ? p : null
  }
  // ("quoted a spokesman of the Ministry of ... and Trade as saying": a long description, quoted-spans.ts.)
  return quotedUpToAs(k)
}

// "In an interview with CNN, Zelensky said": the outlet given the interview is the venue (GUIDE 6).
export function interviewWith(start: number, end: number): string | null {
  for (let k = start; k < end - 2; k++) {
    if (!/^interviews?$/.test(word(k))) continue
    const w = pastWhen(k + 1, end)
    if (word(w) !== 'with') continue
    const p = phraseStartingAt(tokens, w + 1, end)
    if (!p) return null
    const name = text.slice(tokens[p.a]!.start, tokens[p.b - 1]!.end).replace(/^the\s+/i, '')
    if (looksLikeOutlet(name)) return name
    // ("with Fox News Channel's "Special Report"": the outlet that owns the programme.)
    const owner = /^(.+?)(?:'s|’s)\b/.exec(name)?.[1]
    return owner && looksLikeOutlet(owner) ? owner : null
  }
  return null
}

// Past a short time between "interview" and "with": "an interview on Sunday with", "an interview last week with".
function pastWhen(k: number, end: number): number {
  let m = k
  if (/^(?:on|last|this|late|early)$/.test(word(m))) m++
  const first = m
  while (m < end && m - first < 2 && (CALENDAR.has(word(m)) || /^(?:morning|afternoon|evening|night|week|month)$/.test(word(m)))) m++
  return m > first ? m : k
}
