// "When Afghan President Ashraf Ghani announced the exchange, he said ...",
// "Carlineo was arrested for a call in which he said ...": a person who is
// the subject of a clause earlier in the same sentence is who "he" or "she"
// stands for, not whoever spoke last in the paragraph before (a pronoun
// binds to the nearest subject before it). A name after a preposition or
// with a possessive is no subject ("After meeting Putin, he said").

import type { Token } from './nlp.ts'
import type { Sentence } from './sentences.ts'
import type { Cue } from './cue-types.ts'
import type { Discourse } from './discourse.ts'
import type { Resolved } from './attribute.ts'

const PERSONAL = /^(?:he|she)$/
// Words that may sit between a subject and its verb: "Ghani first announced", "Smith, 54, was".
const BETWEEN = new Set(['ADV', 'AUX', 'PART'])

export function subjectBefore(text: string, tokens: readonly Token[], inside: Uint8Array, s: Sentence, cue: Cue, discourse: Discourse): Resolved | null {
  if (cue.inQuote || cue.speaker?.type !== 'pronoun' || !PERSONAL.test(cue.speaker.word)) return null
  let pronoun = -1
  for (let k = s.from; k < s.to; k++) {
    const t = tokens[k]!
    if (t.start >= cue.start && t.end <= cue.end && t.lower === cue.speaker.word) { pronoun = k; break }
  }
  if (pronoun < 0) return null
  const before = text.slice(s.start, tokens[pronoun]!.start)
  // The last person named before the pronoun; any other name after the subject leaves "he" open
  // ("Putin wanted to delegitimize Clinton if she won").
  let last: { name: string; at: number; end: number; subject: boolean } | null = null
  for (const n of discourse.here) {
    const at = before.lastIndexOf(n.name)
    if (at < 0 || last && last.at > at) continue
    const { name, kind } = discourse.canonical(n.name)
    // (A person the article names in full: "Children growing up" or "Wyoming will" name no one;
    // "she" passes over a man named after her, person-gender.ts.)
    if (kind === 'person' && discourse.genders && !discourse.genders.agrees(name, cue.speaker.word)) continue
    const person = kind === 'person' && name.includes(' ')
    last = { name, at, end: at + n.name.length, subject: person && isSubject(tokens, inside, s, s.start + at, s.start + at + n.name.length, pronoun) }
  }
  if (last?.subject) return { name: last.name, kind: 'person', via: null, named: false }
  // ("Wei's appointment was announced at the meeting, where he reiterated": the owner of the subject that opens the
  // sentence, the only person named before the pronoun, is whom it stands for; "After meeting Putin, he" is not.)
  if (last && last.at === 0 && /^['’]s\s/.test(before.slice(last.end)) && discourse.canonical(last.name).kind === 'person' && last.name.includes(' ')) {
    return { name: last.name, kind: 'person', via: null, named: false }
  }
  const owner = ownerOpening(tokens, inside, s, pronoun)
  if (owner >= 0) {
    for (const n of discourse.here) {
      const { name, kind } = discourse.canonical(n.name)
      if (kind === 'person' && name.includes(' ') && before.lastIndexOf(n.name) + n.name.length === owner - s.start) return { name, kind: 'person', via: null, named: false }
    }
  }
  if (last) return null
  const opener = openingSubject(text, tokens, inside, s, discourse) ?? chainSubject(text, tokens, inside, s, cue.speaker.word, discourse)
  return opener && (!discourse.genders || discourse.genders.agrees(opener, cue.speaker.word)) ? { name: opener, kind: 'person', via: null, named: false } : null
}

// "In Chinese President Xi Jinping's annual New Year speech, he reiterated": a person's possessive in the phrase
// that opens the sentence, the pronoun right after its comma, owns the speech the pronoun gives; the pronoun is him.
// (Only a phrase with no other comma, and never a name inside a quotation.)
function ownerOpening(tokens: readonly Token[], inside: Uint8Array, s: Sentence, pronoun: number): number {
  if (pronoun < s.from + 3 || tokens[pronoun - 1]!.text !== ',' || !/^(?:in|at|during|on|from|after|with)$/.test(tokens[s.from]!.lower)) return -1
  let owned = -1
  for (let k = s.from + 1; k < pronoun - 1; k++) {
    if (tokens[k]!.text === ',' || inside[k]) return -1
    if (owned < 0 && /^(?:'s|’s)$/.test(tokens[k]!.lower) && tokens[k - 1]!.cap) owned = tokens[k]!.start
  }
  return owned
}

// The sentence before s in the same paragraph, or null.
function sentenceBefore(text: string, tokens: readonly Token[], s: Sentence): Sentence | null {
  if (s.from === 0) return null
  const end = s.from - 1
  let from = end
  while (from > 0 && tokens[from - 1]!.sentence === tokens[end]!.sentence) from--
  if (text.slice(tokens[end]!.end, s.start).includes('\n')) return null
  return { ...s, from, to: s.from, start: tokens[from]!.start, end: tokens[end]!.end }
}

// "Kheradpir made the argument that .... He used his own family as an example.
// He said ...": sentences opening with the same pronoun carry on the subject of
// the sentence before them in the paragraph; the pronoun stands for the person
// who opens the first of them (a few sentences back at most).
const CHAIN = 3
function chainSubject(text: string, tokens: readonly Token[], inside: Uint8Array, s: Sentence, word: string, discourse: Discourse): string | null {
  let prev = sentenceBefore(text, tokens, s)
  for (let hop = 0; prev && hop < CHAIN && tokens[prev.from]!.lower === word && !firstPerson(tokens, inside, prev); hop++) {
    const before = sentenceBefore(text, tokens, prev)
    if (!before) return null
    // Its opening run of capitalised words, read from the end ("Afghan President Ashraf Ghani").
    let k = before.from
    while (k < before.to && k - before.from < 6 && tokens[k]!.cap && tokens[k]!.pos === 'PROPN') k++
    for (let a = Math.max(before.from, k - 3); a < k; a++) {
      const { name, kind } = discourse.canonical(text.slice(tokens[a]!.start, tokens[k - 1]!.end))
      if (kind === 'person' && name.includes(' ')) return isSubject(tokens, inside, before, tokens[a]!.start, tokens[k - 1]!.end, before.to) ? name : null
    }
    prev = before
  }
  return null
}

// "Omar asked for compassion in a letter. She added, ...": with no one named
// before it, the pronoun stands for the person who opens the sentence before,
// in the same paragraph, as its subject.
function openingSubject(text: string, tokens: readonly Token[], inside: Uint8Array, s: Sentence, discourse: Discourse): string | null {
  const prev = sentenceBefore(text, tokens, s)
  if (!prev) return null
  const from = prev.from
  // Its first name, when that name opens the sentence (past titles: "Afghan President Ashraf Ghani").
  let first: { name: string; at: number } | null = null
  // (Looked for in the sentence's own words: a search of the text from there on would cost the article's length.)
  const words = text.slice(prev.start, prev.end)
  for (const n of discourse.before) {
    const at = words.indexOf(n.name)
    if (at >= 0 && (!first || prev.start + at < first.at)) first = { name: n.name, at: prev.start + at }
  }
  if (!first) return null
  let k = from
  while (k < s.from && tokens[k]!.start < first.at) {
    if (!tokens[k]!.cap) return null
    k++
  }
  const { name, kind } = discourse.canonical(first.name)
  if (kind !== 'person' || !name.includes(' ')) return null
  return isSubject(tokens, inside, prev, first.at, first.at + first.name.length, s.from) ? name : null
}

// ("He asked what I would want to do": an interviewee's answer tells its own story; its "he" is no chain.)
function firstPerson(tokens: readonly Token[], inside: Uint8Array, s: Sentence): boolean {
  for (let k = s.from; k < s.to; k++) if (tokens[k]!.text === 'I' && !inside[k]) return true
  return false
}

// The name at [start, end) opens a clause: nothing governs it (no preposition or
// verb just before it) and a verb follows it, past adverbs, auxiliaries or an aside.
function isSubject(tokens: readonly Token[], inside: Uint8Array, s: Sentence, start: number, end: number, limit: number): boolean {
  let first = -1
  let last = -1
  for (let k = s.from; k < limit; k++) {
    if (tokens[k]!.start === start) first = k
    if (tokens[k]!.end === end) { last = k; break }
  }
  // ("'Barack didn't just talk about hope,' she said": a name inside the quotation is the speaker's words.)
  if (first < 0 || last < 0 || inside[first]) return false
  const prev = first > s.from ? tokens[first - 1]! : null
  if (prev && /^(?:ADP|VERB|DET|PRON|ADJ|NUM)$/.test(prev.pos) && !/^(?:when|after|before|while|as|because|since|if|that)$/.test(prev.lower)) return false
  let k = last + 1
  if (tokens[k]?.text === ',') {
    // "Smith, 54, was arrested": skip a short aside between commas.
    let close = k + 1
    while (close < limit && close - k <= 8 && tokens[close]!.text !== ',') close++
    if (tokens[close]?.text !== ',') return false
    k = close + 1
  }
  while (k < limit && BETWEEN.has(tokens[k]!.pos)) {
    if (tokens[k]!.pos === 'AUX') return true
    k++
  }
  return k < limit && tokens[k]!.pos === 'VERB' && !/^(?:'s|’s)$/.test(tokens[last + 1]?.lower ?? '')
}

// "Michelle Obama said he believes ...": a pronoun cue after another
// speaker's leading cue is inside what that speaker said; its "he" did not
// speak here, so it must not become the last speaker later pronouns follow.
export function reportedPronoun(c: Cue, cues: readonly Cue[]): boolean {
  return c.speaker?.type === 'pronoun' && !c.trailing && cues.some((o) => o !== c && !o.trailing && !o.inQuote && o.end <= c.start && o.speaker !== null && o.speaker.type !== 'pronoun')
}
