// The person a sentence is about: its subject, named in full at its head
// ("Russian Ambassador Alexandr Matsegora made a speech at the reception.",
// "Then DPRK Foreign Minister Choe Son Hui made a speech.", "Mr Anderson,
// who quit ..., had taken the witness box"). A later "he" or "she" most
// likely means the subject of the sentence before it, as much as the last
// one heard speaking (the subject is the centre of attention a pronoun
// carries on); the discourse weighs both by recency (pronoun-resolve.ts).
// Only sentences with no attribution of their own are read here: a
// person at the head of reported words ("Jones was fired, Smith said") is
// part of what the speaker said. Across a paragraph break the subject
// carries on only when the sentence has it take the floor ("made a
// speech", "addressed the meeting"); a subject merely placed ("Noor was in
// court") leaves "she said" in the next paragraph to the last speaker.

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import type { Named } from './name-runs.ts'
import type { SourceKind } from './kinds.ts'

// How many tokens may stand before the name ("Later, White House spokesman").
const MAX_OPENER = 10
// How long an aside after the name may be ("Mr Anderson, who quit ... in 2001, had").
const MAX_ASIDE = 30
const QUOTE = /^(?:"|“|”|``|'')$/

// Words by which a sentence has its subject take the floor.
const FLOOR = new Set(['speech', 'speeches', 'remarks', 'address', 'addressed', 'addresses', 'spoke', 'speaks', 'speaking', 'interview', 'statement',
  'testified', 'testimony', 'briefing', 'briefed', 'lecture', 'toast', 'message', 'letter', 'talk', 'talks', 'witness',
  // (Declining to say more is a turn too: "A spokesman ... declined to elaborate.\n\nHe said only that ...".)
  'elaborate', 'comment',
  // (Being asked is being given the floor: "Adler was cheerful when asked about the slump." then "'...,' he said".)
  'asked'])
// Forms of "be": a subject they join to a place or state ("was in court", "was not available") is merely placed.
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', "'re", '’re', "'m", '’m'])

export interface Subject { name: string; speaks: boolean; placed: boolean }

// With `body`, the organisation the sentence opens with instead ("The Appellate Court didn't agree with Amazon's stance.
// It noted ...": "it" carries on the body the sentence before was about, body-subjects.ts).
export function sentenceSubject(text: string, tokens: readonly Token[], inside: Uint8Array, s: Sentence, names: readonly Named[],
  canonical: (name: string) => { name: string; kind: SourceKind }, body = false): Subject | null {
  // ("In the Commons, Tory frontbencher Andrew Tyrie MP demanded ...": a setting the sentence opens with is no subject.)
  const from = afterSetting(tokens, inside, s)
  // (The first name of the kind wanted: "Tory frontbencher Andrew Tyrie" is Tyrie; the words before it are checked below.)
  const fits = (c: { name: string; kind: SourceKind }) => body ? c.kind === 'organisation' : c.kind === 'person' && c.name.includes(' ')
  const first = names.find((n) => indexIn(text, n.name, tokens[from]!.start, s.end) >= 0 && fits(canonical(n.name)))
  if (!first) return null
  const at = indexIn(text, first.name, tokens[from]!.start, s.end)
  const { name } = canonical(first.name)
  let a = from
  while (a < s.to && tokens[a]!.start < at) {
    const t = tokens[a]!
    // (A verb or a pronoun before the name opens a clause of its own: "Noting that ..., he referred to ... Putin".)
    // (Nor a name after a preposition: "A spokesman for Schlumberger declined" is about the spokesman.)
    // (Though "of" inside a capitalised title is part of it: "Secretary of State Antony Blinken has met ...".)
    const titled = t.lower === 'of' && a > from && tokens[a - 1]!.cap && tokens[a + 1]?.cap === true
    if (a - from >= MAX_OPENER || inside[a] || QUOTE.test(t.text) || !t.cap && !titled && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'ADP')) return null
    a++
  }
  let k = a
  while (k < s.to && tokens[k]!.end <= at + first.name.length) k++
  if (k >= s.to || inside[k] || /^(?:'s|’s|')$/.test(tokens[k]!.lower)) return null
  if (tokens[k]!.lower === '(') {
    const close = closing(tokens, k, s.to, ')', 8)
    if (close < 0) return null
    k = close + 1
  }
  if (tokens[k]?.lower === ',') {
    const close = closing(tokens, k, s.to, ',', MAX_ASIDE)
    if (close < 0) return null
    k = close + 1
  }
  while (k < s.to && tokens[k]!.pos === 'ADV') k++
  if (k >= s.to || tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX' || inside[k]) return null
  return { name, speaks: takesFloor(tokens, k, s.to), placed: placed(tokens, k, s.to) }
}

// The first token after a prepositional phrase the sentence opens with and closes with a comma
// ("In the Commons,", "At a news conference in Seoul,"), else the sentence's first token.
export function afterSetting(tokens: readonly Token[], inside: Uint8Array, s: Sentence): number {
  // ("Pyongyang, March 2 (KCNA) -- The spokesman ...": a wire's dateline before the subject.)
  for (let k = s.from + 3; k < Math.min(s.to - 1, s.from + 10); k++) {
    if (tokens[k]!.text === ')' && /^(?:--|—|–)$/.test(tokens[k + 1]!.text)) return afterSetting(tokens, inside, { ...s, from: k + 2 })
  }
  // ("However, Chevron officials declined ...": a connective before a comma too.)
  if (s.from + 1 < s.to && /^(?:ADV|CCONJ)$/.test(tokens[s.from]!.pos) && tokens[s.from + 1]!.lower === ',' && !inside[s.from]) return s.from + 2
  if (tokens[s.from]?.pos !== 'ADP' || inside[s.from]) return s.from
  for (let k = s.from + 1; k < Math.min(s.to - 1, s.from + MAX_OPENER); k++) {
    const t = tokens[k]!
    if (inside[k] || QUOTE.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON') return s.from
    if (t.lower === ',') return k + 1
  }
  return s.from
}

// Whether the words [k, to) have the subject take the floor ("made a speech", "declined to elaborate").
export function takesFloor(tokens: readonly Token[], k: number, to: number): boolean {
  for (let m = k; m < to; m++) if (FLOOR.has(tokens[m]!.lower)) return true
  return false
}

// Whether the verb group at k only places its subject: a bare "be" ("Noor was in court", "was not available") or a
// passive ("was arrested"), no act of its own; such a subject is no "he" for the next paragraph (entity-picks.ts).
export function placed(tokens: readonly Token[], k: number, to: number): boolean {
  let be = false
  for (let m = k; m < Math.min(to, k + 6); m++) {
    const t = tokens[m]!
    if (t.pos === 'VERB') return be && !t.lower.endsWith('ing')
    if (t.pos === 'AUX') be ||= BE.has(t.lower)
    else if (t.pos !== 'ADV' && t.pos !== 'PART') return be
  }
  return be
}

// "The New China News Agency quoted Zhang Yan, a delegate to the National
// People's Congress, attacking grain policy. He said ...", "His remarks were
// echoed by Xiao Zhuoji, a well-known economics professor ...": a person the
// sentence introduces, named in full with a description after a comma, is
// the one a "he" after it in the paragraph means, past the last speaker. A
// "he" or "she" before the name is the sentence's own subject ("Noting
// ..., he referred to ... Putin, president of Russia"): no one new.
export function introducedPerson(text: string, tokens: readonly Token[], inside: Uint8Array, s: Sentence, names: readonly Named[],
  canonical: (name: string) => { name: string; kind: SourceKind }): string | null {
  let k = s.from
  for (const n of names) {
    // (A name described in another form, "Xinhua" for "the New China News Agency", is not in the words.)
    const at = indexIn(text, n.name, tokens[k]!.start, s.end)
    if (at < 0) continue
    for (; k < s.to && tokens[k]!.start < at; k++) if (/^(?:he|she)$/.test(tokens[k]!.lower) && !inside[k]) return null
    let b = k
    while (b < s.to && tokens[b]!.end <= at + n.name.length) b++
    if (b + 1 >= s.to || inside[k] || tokens[b]!.lower !== ',') { k = Math.min(b, s.to - 1); continue }
    const after = tokens[b + 1]!
    const described = /^(?:a|an|the)$/.test(after.lower) || !after.cap && (after.pos === 'NOUN' || after.pos === 'ADJ')
    const { name, kind } = canonical(n.name)
    if (described && kind === 'person' && name.includes(' ')) return name
    k = b
  }
  return null
}

// A first-person narrator outside quotation marks ("He asked what I would want to do"): the paragraph is someone's account.
export function narrated(tokens: readonly Token[], inside: Uint8Array, s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) if (tokens[k]!.text === 'I' && !inside[k]) return true
  return false
}

// Where `needle` is in text[from, end), or -1: a look bounded by the sentence (a name described in another
// form is not in its words, and a search on to the text's end per sentence would cost the article's length).
export function indexIn(text: string, needle: string, from: number, end: number): number {
  const at = text.slice(from, end).indexOf(needle)
  return at < 0 ? -1 : from + at
}

// The token that closes what opens at k, within n tokens; -1 when none.
function closing(tokens: readonly Token[], k: number, to: number, mark: string, n: number): number {
  for (let m = k + 1; m < Math.min(to, k + 1 + n); m++) {
    if (tokens[m]!.lower === mark) return m
    if (QUOTE.test(tokens[m]!.text)) return -1
  }
  return -1
}
