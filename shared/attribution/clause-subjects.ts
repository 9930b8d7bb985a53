// The subject of a plain verb of saying that the nearer readings miss because
// words stand between it and its verb: a place or a group it belongs to
// ("Spokesmen for some Japanese firms said", "A foreign trader here said"),
// a participle or a relative clause ("officials accompanying him said",
// "analysts who have done the calculations say"), an aside between commas
// ("Wang, vice chairman of the council, told Reuters"), or a first verb the
// second shares ("The emirate has rejected the explanation and said").
// The subject opens its clause: the sentence (past a dateline), or the
// words after a comma or a conjunction. Only a finite, active, unnegated
// verb qualifies: "did not say", "is said to", "declined to say", "What
// did he say?" and "the number who said" stay as they are. Reads the
// sentence in cue-sentence.ts; every walk is bounded.

import type { Phrase } from './phrases.ts'
import { phraseStartingAt } from './noun-phrases.ts'
import { from, inQuote, speakerOf, text, to, tokens, word } from './cue-sentence.ts'
import { describingClause } from './anonymous-phrase.ts'
import { phraseSpeaker } from './plain-speakers.ts'
import type { Speaker } from './speakers.ts'

// Between subject and verb: auxiliaries of tense and a few adverbs of time or frequency.
const AUX = /^(?:has|have|had|also|later|earlier|then|again|previously|recently|separately|repeatedly|publicly|already|today|yesterday|all|both)$/
const NEGATION = /^(?:not|n't|never|no|nor|neither)$/
// (Not a subordinator: "The Chronicle says he was arrested after employees said ..." is the Chronicle's; the nearer
// readings take a subordinate clause's speaker where no other cue speaks.)
const OPENERS = /^(?:,|and|but|;)$/
const DASH = /^(?:-|--|—|–)$/
const QUOTE = /^(?:"|“|”|''|``|')$/
// A subject's head that names no one.
const NO_ONE = /^(?:it|this|that|there|what|which|who|number|one|ones|time|times|way|thing|things|lot|part|rest)$/
const MAX_GAP = 30

interface Found { phrase: Phrase; speaker: Speaker }

export function clauseSubject(v: number): Found | null {
  if (inQuote(v) || v <= from || word(to - 1) === '?') return null
  // ("said to be", "told-you-sos": no report where the verb names one.)
  // ("said nothing new": no content.)
  if (/^(?:to|nothing|little|no)$/.test(word(v + 1)) || DASH.test(word(v - 1)) || DASH.test(word(v + 1))) return null
  let j = v - 1
  while (j > from && AUX.test(word(j))) j--
  // ("is said", "was told", "to say", "did not say", "the number who said": another verb's doing.)
  if (/^(?:is|are|was|were|be|been|being|to|who|which|that|did|does|do|would|could|will|can|may|might|should|must)$/.test(word(j)) || NEGATION.test(word(j))) return null
  // From the nearest opening on the clause's start is tried, farthest first: the head before an aside speaks.
  const starts: number[] = [from]
  for (let k = from; k < Math.min(from + 15, v); k++) if (DASH.test(word(k)) && k > from && tokens[k]!.start > tokens[k - 1]!.end) { starts[0] = k + 1; break }
  for (let k = Math.max(starts[0]!, v - MAX_GAP); k < v - 1; k++) if (OPENERS.test(word(k)) && k >= starts[0]!) starts.push(k + 1)
  for (const a of starts) {
    const p = subjectAt(a, v)
    if (!p || p.b > j + 1 || NO_ONE.test(word(p.b - 1))) continue
    if (!gapHolds(p.b, j + 1, word(p.a - 1) === ',')) continue
    // ("Captains across the region say": a common noun capitalised only as the sentence's first word.)
    const speaker = pluralOpening(p) ?? speakerOf(p) ?? phraseSpeaker(p)
    if (speaker && speaker.type !== 'pronoun') return { phrase: p, speaker }
  }
  return null
}

const LEAD = /^(?:but|and|so|yet|still|now|however)$/
const QUANTIFIER = /^(?:most|many|some|several|other|few)$/
// The noun phrase opening a clause at a: past a conjunction, with a quantifier
// before it and hyphened words inside it ("Netherlands-based group LNM", "Wang Chao-ming").
function subjectAt(a: number, ceil: number): Phrase | null {
  if (LEAD.test(word(a))) a++
  const q = QUANTIFIER.test(word(a)) ? 1 : 0
  let p = phraseStartingAt(tokens, a + q, ceil)
  for (let hops = 0; p && hops < 3 && word(p.b) === '-' && p.b + 1 < ceil && tokens[p.b]!.start === tokens[p.b - 1]!.end && tokens[p.b + 1]!.start === tokens[p.b]!.end; hops++) {
    const rest = phraseStartingAt(tokens, p.b + 1, ceil)
    // ("Chao-ming": a hyphened word the phrase reader takes for no noun.)
    p = rest ? { a: p.a, b: rest.b, descriptor: p.descriptor } : { a: p.a, b: p.b + 2, descriptor: p.descriptor }
    // ("Atlanta-based CNN": the head after a hyphened modifier.)
    const head = rest ? null : phraseStartingAt(tokens, p.b, ceil)
    if (head && head.a === p.b) p = { a: p.a, b: head.b, descriptor: p.descriptor }
  }
  return p && q ? { a, b: p.b, descriptor: p.descriptor } : p
}

// Whether the words from k up to e (exclusive) can stand between a subject and its verb.
function gapHolds(k: number, e: number, appositive: boolean): boolean {
  if (e - k > MAX_GAP) return false
  // A place or a group ("for some firms", "at the meeting", "here"), a participle ("accompanying him"),
  // or a relative clause ("who have done the calculations").
  const t = tokens[k]
  const relative = word(k) === 'who'
  if (t && k < e && (t.pos === 'ADP' || /^(?:here|there)$/.test(word(k)) || relative || t.pos === 'VERB' && /ing$/.test(word(k)))) {
    k++
    while (k < e && word(k) !== ',' && word(k) !== 'and') {
      if (QUOTE.test(word(k)) || NEGATION.test(word(k))) return false
      // (The subject's own first verb: "The emirate of Dubai has rejected ... and said".)
      if (!relative && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'VERB' && !/(?:ing|ed)$/.test(word(k)))) break
      k++
    }
  }
  // An aside between commas: "Wang, vice chairman of the council, told".
  // ("One of the bidders, group LNM, said": the appositive itself, right before its verb.)
  if (k === e - 1 && word(k) === ',' && appositive) return true
  if (k < e && word(k) === ',') {
    let n = k + 1
    while (n < e && word(n) !== ',') { if (QUOTE.test(word(n))) return false; n++ }
    if (n >= e) return false
    k = n + 1
  }
  if (k === e) return true
  // A first verb the second shares: "... disagreed and said", "has rejected the explanation and said".
  if (word(e - 1) !== 'and' || !/^(?:VERB|AUX)$/.test(tokens[k]!.pos)) return false
  for (let n = k; n < e - 1; n++) if (/^[,;:]$/.test(word(n)) || QUOTE.test(word(n)) || NEGATION.test(word(n))) return false
  return true
}

// "Captains across the region say": one plural word opening the sentence, capitalised for its place only.
function pluralOpening(p: Phrase): Speaker | null {
  if (p.a !== from || p.b - p.a !== 1 || !/^[A-Z][a-z]+s$/.test(tokens[p.a]!.text)) return null
  const lower = tokens[p.a]!.lower
  // ("Analysts who attended the meeting say": with the clause that tells who they are.)
  return { type: 'anonymous', name: `${lower}${describingClause(text, tokens, p.b)} (anonymous)`, definite: false, head: lower.replace(/s$/, '') }
}
