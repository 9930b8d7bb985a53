// The turns of a printed interview: a paragraph that opens with its
// speaker's name and a colon ("McKelvey: Jack and I got back together.
// ..."), answering the question the paragraph before asks, or giving a
// quotation ("Wiig: 'It was the biggest role I've had.'"). The whole
// paragraph is the named speaker's: its first sentence carries the cue, the
// rest is its quotation (GUIDE 3 `quote`), and words the speaker reports
// inside it stay his (GUIDE 4, the outermost speaker). "Q:" and the
// publisher's own name mark the interviewer's questions, which are the
// writer's; "A:" answers for the person last quoted. A newsletter's excerpt
// ("CORPORATE PROFITS — WSJ's Theo Francis: “...”") names its source so too.
// One pass over the paragraphs, each looked at with the one before.

import type { Attribution } from './attribute.ts'
import type { Cue } from './cues.ts'
import type { SourceKind } from './kinds.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'
import type { Publisher } from './publisher.ts'

// A name of one to three capitalised words, a colon, then the answer.
const TURN = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}):[ \t]*(?=\S)/u
const QUOTE_OPENS = /^[\s]*["“'‘]/u
// A newsletter's excerpt: "CORPORATE PROFITS — WSJ's Theo Francis: “...”", "BERNANKE WINS — AP: “...”".
const EXCERPT = /^[^—–"“:]{1,80}?\s[—–]\s+(?:Our\s+)?(?:\p{Lu}[\p{L}.&]*['’]s\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}):\s*(?=[“"])/u
const ASKS = /\?["”’]?\s*$/u

export interface TurnInput {
  text: string
  sentences: readonly Sentence[]
  canonical: (name: string) => { name: string; kind: SourceKind }
  publisher: Publisher
}

export function interviewTurns(input: TurnInput, placed: (Placed | null)[]): void {
  const { text, sentences } = input
  const textOf = (i: number) => text.slice(sentences[i]!.start, sentences[i]!.end)
  let lastPerson: Attribution | null = null
  let prevLast = -1
  let prevTurn = false
  for (let f = 0; f < sentences.length;) {
    let l = f
    while (l + 1 < sentences.length && sentences[l + 1]!.para === sentences[f]!.para) l++
    const afterQuestion: boolean = prevLast >= 0 && (prevTurn || !placed[prevLast] && ASKS.test(textOf(prevLast)))
    const turn: Attribution | null = sentences[f]!.heading ? null : turnAt(input, f, textOf(f), afterQuestion, lastPerson)
    // (After a quotation that names its speaker, the paragraph may go on with a photo credit.)
    const end = turn && (QUOTE_OPENS.test(textOf(f).replace(TURN, '')) || EXCERPT.test(textOf(f))) ? quoteEnd(textOf, f, l) : l
    if (turn) for (let k = f; k <= end; k++) placed[k] = { attribution: turn, contentIn: k === f ? 'same' : 'quote' }
    for (let k = f; k <= l; k++) if (placed[k]?.attribution.kind === 'person') lastPerson = placed[k]!.attribution
    prevTurn = turn !== null
    prevLast = l
    f = l + 1
  }
}

const CLOSED = /["”'’]\s*$/u

// The sentence that closes the quotation opened at f.
function quoteEnd(textOf: (i: number) => string, f: number, l: number): number {
  let k = f
  while (k < l && !CLOSED.test(textOf(k))) k++
  return k
}

function turnAt(input: TurnInput, f: number, words: string, afterQuestion: boolean, lastPerson: Attribution | null): Attribution | null {
  const m = TURN.exec(words)
  if (!m) return excerpt(input, f, words)
  const label = m[1]!
  const rest = words.slice(m[0].length)
  if (!afterQuestion && !QUOTE_OPENS.test(rest)) return null
  const s = input.sentences[f]!
  const cueOf = (name: string): Cue => ({ kind: 'verb', start: s.start, end: s.start + label.length + 1, verb: s.from, speaker: { type: 'name', name, titles: [] },
    inQuote: false, leading: true, trailing: false, venue: null, quotedOuter: null, descriptor: [] })
  if (label === 'Q') return null
  if (label === 'A') {
    if (!afterQuestion || !lastPerson) return null
    const cue = cueOf(lastPerson.source)
    return { source: lastPerson.source, kind: 'person', via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.7 }
  }
  const { name, kind } = input.canonical(label)
  // The speaker is a person the article names elsewhere too (a label such as "Update:" is none).
  if (kind !== 'person' || input.publisher.isOwn(label)) return null
  if (name === label && !namedElsewhere(input.text, label, s.start)) return null
  const cue = cueOf(name)
  return { source: name, kind: 'person', via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.8 }
}

function excerpt(input: TurnInput, f: number, words: string): Attribution | null {
  const m = EXCERPT.exec(words)
  if (!m) return null
  const label = m[1]!
  const { name, kind } = input.canonical(label)
  if (kind !== 'person' && kind !== 'outlet' && kind !== 'organisation') return null
  const s = input.sentences[f]!
  const at = s.start + m[0].length - label.length - 1 - (m[0].length - m[0].trimEnd().length)
  const cue: Cue = { kind: 'verb', start: at, end: at + label.length + 1, verb: s.from, speaker: { type: 'name', name, titles: [] },
    inQuote: false, leading: true, trailing: false, venue: null, quotedOuter: null, descriptor: [] }
  return { source: name, kind, via: null, venue: null, main: cue, cues: [cue], otherSources: [], confidence: 0.75 }
}

// The name occurs again in the text outside its own "Name:" label (a bounded look either side).
function namedElsewhere(text: string, label: string, at: number): boolean {
  const around = text.slice(Math.max(0, at - 20_000), at) + text.slice(at + label.length + 1, at + 20_000)
  let k = around.indexOf(label)
  while (k >= 0) {
    if (around[k + label.length] !== ':') return true
    k = around.indexOf(label, k + 1)
  }
  return false
}
