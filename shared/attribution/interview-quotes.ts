// A profile or interview goes back and forth between the writer's narration
// and the subject's words: a paragraph that is only a quotation, with no cue
// of its own, after a paragraph of narration about the subject ("But hasn't
// she had to turn down offers?", "Her expression fixes.", "But for Parata
// the deaths are personal."), is the words of the person last quoted (the
// convention of the labelled interviews: `quote`, with that speaker's last
// cue). The narration between must speak of that person, by name or as
// "he"/"she", and quote no one else; the speaker must have been quoted
// within a few paragraphs. Each paragraph is looked at with the few before
// it, so the pass is linear.

import type { Attribution } from './attribute.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

export interface InterviewQuoteInput {
  text: string
  sentences: readonly Sentence[]
  own: readonly (Attribution | null)[]
  endsInQuote: readonly boolean[]
}

const OPENS = /^["“]/u
const CLOSES = /["”]$/u
const QUOTE_MARK = /["“”]/u
const PERSONAL = /\b(?:he|she|his|her|him|hers)\b/i
// How many sentences of narration may stand between the speaker's quotation and the next.
const MAX_NARRATION = 3

export function interviewQuotes(input: InterviewQuoteInput, placed: (Placed | null)[]): void {
  const { sentences } = input
  // The people quoted so far, by name, each with his last attribution.
  const quoted = new Map<string, Attribution>()
  const written = new Set<string>()
  let seen = 0
  const runs = quoteRuns(input, placed)
  for (let a = 1; a < sentences.length; a++) {
    for (; seen < a; seen++) {
      const at = placed[seen]?.attribution
      if (at?.kind !== 'person' || !QUOTE_MARK.test(textOf(input, seen))) continue
      // (By the name as the cue wrote it: "Parata" is the father the text calls so, not his son "Te Kaurinui".)
      remember(quoted, at.source, at)
      const surname = at.source.split(/\s+/).at(-1)!
      if (!written.has(surname)) remember(quoted, surname, at)
      if (at.main.speaker?.type === 'name') { remember(quoted, at.main.speaker.name, at); written.add(at.main.speaker.name) }
    }
    const b = quoteRun(input, a, runs)
    if (b < 0) continue
    // Back over the narration to what came before it.
    let m = a - 1
    while (m > 0 && a - m <= MAX_NARRATION && narration(input, m, placed)) m--
    if (m < a - 1 && a - m <= MAX_NARRATION) {
      const speaker = namedIn(input, m + 1, a - 1, quoted) ?? (mentions(input, m + 1, a - 1) ? lastQuoted(input, m, placed) : null)
      if (speaker) for (let k = a; k <= b; k++) placed[k] = { attribution: speaker, contentIn: 'quote' }
    }
    a = b
  }
}

// The names of the people quoted most recently, a bounded number, the latest last.
const MAX_NAMES = 24
function remember(quoted: Map<string, Attribution>, name: string, a: Attribution): void {
  quoted.delete(name)
  quoted.set(name, a)
  if (quoted.size > MAX_NAMES) quoted.delete(quoted.keys().next().value!)
}

const textOf = (input: InterviewQuoteInput, k: number) => input.text.slice(input.sentences[k]!.start, input.sentences[k]!.end)

// A quotation with no speaker yet, from its opening sentence at a: the last sentence of it, or -1.
function quoteRun(input: InterviewQuoteInput, a: number, runs: Runs): number {
  if (!OPENS.test(textOf(input, a)) || input.sentences[a]!.heading) return -1
  const b = runs.last[a]!
  if (runs.taken[a]! <= b) return -1
  return input.endsInQuote[b] || !CLOSES.test(textOf(input, b)) ? -1 : b
}

// For each sentence, the last one its quotation runs on to in the paragraph,
// and the first one from it on that has a speaker, each found in one walk
// (a run of sentences that all open a quotation was walked once per
// sentence). The pass only ever places sentences before the one it looks
// at, so the speakers ahead are still those placed before it started.
interface Runs { last: Int32Array; taken: Int32Array }
function quoteRuns(input: InterviewQuoteInput, placed: readonly (Placed | null)[]): Runs {
  const s = input.sentences
  const n = s.length
  const last = new Int32Array(n)
  const taken = new Int32Array(n + 1)
  taken[n] = n
  for (let k = n - 1; k >= 0; k--) {
    last[k] = k + 1 < n && input.endsInQuote[k] && s[k + 1]!.para === s[k]!.para ? last[k + 1]! : k
    taken[k] = placed[k] || input.own[k] ? k : taken[k + 1]!
  }
  return { last, taken }
}

// The writer's words only: no quotation, no source.
function narration(input: InterviewQuoteInput, k: number, placed: readonly (Placed | null)[]): boolean {
  return !placed[k] && !input.own[k] && !input.sentences[k]!.heading && !QUOTE_MARK.test(textOf(input, k))
}

// The person whose quotation ends at sentence m.
function lastQuoted(input: InterviewQuoteInput, m: number, placed: readonly (Placed | null)[]): Attribution | null {
  const last = placed[m]
  if (!last || last.attribution.kind !== 'person' || last.contentIn === 'previous' || !QUOTE_MARK.test(textOf(input, m))) return null
  return last.attribution
}

// The narration speaks of someone as "he" or "she".
function mentions(input: InterviewQuoteInput, f: number, l: number): boolean {
  return PERSONAL.test(input.text.slice(input.sentences[f]!.start, input.sentences[l]!.end))
}

// The person quoted before whom the narration names last ("But for Parata and his family ...").
function namedIn(input: InterviewQuoteInput, f: number, l: number, quoted: ReadonlyMap<string, Attribution>): Attribution | null {
  const words = input.text.slice(input.sentences[f]!.start, input.sentences[l]!.end)
  let best: Attribution | null = null
  let at = -1
  for (const [name, a] of quoted) {
    const k = lastWord(words, name)
    if (k > at) { at = k; best = a }
  }
  return best
}

// Where the name last stands as a word of its own, or -1.
function lastWord(words: string, name: string): number {
  let k = words.lastIndexOf(name)
  while (k >= 0 && (/[\p{L}]/u.test(words[k - 1] ?? '') || /[\p{L}]/u.test(words[k + name.length] ?? ''))) k = k > 0 ? words.lastIndexOf(name, k - 1) : -1
  return k
}
