// How far a cue reaches beyond its sentence (GUIDE decision 3): the other
// sentences of a multi-sentence quotation ("quote"), unattributed sentences
// before a trailing cue in the same paragraph ("previous"), unquoted
// sentences after a leading "X said that ..." and bullets under a list frame
// ("next"). Every step looks at neighbours only, so the pass is linear.

import type { Attribution } from './attribute.ts'
import type { Sentence } from './sentences.ts'

export type ContentIn = 'same' | 'quote' | 'previous' | 'next'

export interface Placed {
  attribution: Attribution
  contentIn: ContentIn
}

export interface ReachInput {
  sentences: readonly Sentence[]
  own: readonly (Attribution | null)[]
  // Whether a sentence has a quotation mark, opens inside one, or closes inside one.
  hasQuote: readonly boolean[]
  startsInQuote: readonly boolean[]
  endsInQuote: readonly boolean[]
  // The first sentence of a paragraph that carries on the previous paragraph's open quotation.
  continuesQuote: readonly boolean[]
  // Sentences that open with a quotation mark and close with one.
  wholeQuote: readonly boolean[]
  // Sentences that frame a list ("Below are the minister's key statements:").
  frames: readonly (Attribution | null)[]
  // The writer's asides (asides.ts): "previous" and "next" stop there.
  // (Asked only of the sentences beside an attributed one, so not read for every sentence.)
  asides: (i: number) => boolean
  // Whether a sentence's own leading cue runs on into the next ones, and
  // the sentences that report an event of their own, where it stops (continuation.ts).
  carriesOn: readonly boolean[]
  events: (i: number) => boolean
  // The events a trailing cue does not reach back over (continuation.ts).
  narrated: (i: number) => boolean
}

export function reach(input: ReachInput): (Placed | null)[] {
  const { sentences, own, hasQuote, startsInQuote, endsInQuote } = input
  const out: (Placed | null)[] = own.map((a) => (a ? { attribution: a, contentIn: 'same' } : null))
  const n = sentences.length
  const samePara = (i: number, j: number) => sentences[i]!.para === sentences[j]!.para
  const open = (i: number) => out[i] === null && !sentences[i]!.heading

  // "Swift's rep told Fox News that this was not the whole truth. "Big Machine is ..."": a
  // quotation with no cue right after a speaker's reported words is that speaker's (not an outlet's report).
  // (So after a person's trailing "..., Kohn said." too.)
  const reported = (k: number) => {
    const a = out[k]?.attribution
    return a !== undefined && out[k]!.contentIn === 'same' && !hasQuote[k] && (!a.main.trailing || a.kind === 'person' && a.main.kind === 'verb') && !a.main.inQuote && a.kind !== 'outlet'
  }
  // Quotations: spread the cue of one sentence over the quote's other
  // sentences, across paragraphs when a paragraph carries the quote on.
  const runs = quoteRuns(input)
  for (let i = 0; i < n; i++) {
    if (!startsInQuote[i] && !endsInQuote[i]) continue
    const a = runs.first[i]!
    const b = runs.last[i]!
    const c = runs.cue[a]!
    let cue: Attribution | null = c <= b ? own[c]! : null
    // A quotation resumed after its cue: "'...,' said Tom Becker. 'Hospitals need help now. ..."
    if (!cue && a > 0 && samePara(a, a - 1) && (hasQuote[a - 1] && out[a - 1] || reported(a - 1))) cue = out[a - 1]!.attribution
    if (!cue) continue
    // (A cue inside the quotation, '"... President Putin clearly stated that ...', is the quoted speaker's
    // report: the quotation's own speaker is the outermost, GUIDE 4.)
    for (let k = a; k <= b; k++) if (open(k) || k !== c && own[k]?.main.inQuote && own[k]!.cues.every((x) => x.inQuote)) out[k] = { attribution: cue, contentIn: 'quote' }
    i = b
  }
  // A quotation resumed after its cue: "'...,' said Tom Becker. 'Hospitals need help now.'"
  for (let i = 1; i < n; i++) {
    const before = out[i - 1]
    if (open(i) && input.wholeQuote[i] && samePara(i, i - 1) && before && (hasQuote[i - 1] || reported(i - 1))) {
      out[i] = { attribution: before.attribution, contentIn: 'quote' }
    }
  }
  // "X. Y, Sun said." and "Wang said that X. Such cooperation is ..."
  for (let i = 0; i < n; i++) {
    const a = own[i]
    if (!a || hasQuote[i]) continue
    // "X. Y, Sun said." reaches back; "Y, according to Sun." qualifies its own clause only.
    // ("..., reported Reuters.": an outlet's report of its own is that clause's, not the paragraph's.)
    // (Nor past a past event the writer narrates, "Officers stopped a van on Friday.": both ways it stops there.)
    if (a.main.trailing && !a.main.leading && a.main.kind !== 'according' && a.main.kind !== 'per' && a.kind !== 'outlet') {
      for (let k = i - 1; k >= 0 && samePara(k, i) && open(k) && !hasQuote[k] && !input.asides(k) && !input.narrated(k); k--) out[k] = { attribution: a, contentIn: 'previous' }
    } else if ((a.main.leading && a.main.kind !== 'according' || a.main.kind === 'according' && a.main.start === sentences[i]!.start) && input.carriesOn[i]) {
      for (let k = i + 1; k < n && samePara(k, i) && open(k) && !hasQuote[k] && !input.asides(k) && !input.events(k); k++) out[k] = { attribution: a, contentIn: 'next' }
    }
  }
  // List frames cover the bullets after them, across paragraphs.
  for (let i = 0; i < n; i++) {
    const frame = input.frames[i]
    if (!frame) continue
    for (let k = i + 1; k < n && (sentences[k]!.item || samePara(k, k - 1) && sentences[k - 1]!.item); k++) {
      if (open(k)) out[k] = { attribution: frame, contentIn: 'next' }
    }
    // "Below are the minister's key statements." then one paragraph per
    // statement, without bullets: each lone sentence, up to the first that
    // has a cue of its own or shares its paragraph.
    if (i + 1 < n && !sentences[i + 1]!.item && !samePara(i, i + 1)) {
      for (let k = i + 1; k < n && open(k) && !samePara(k, k - 1) && (k + 1 === n || !samePara(k, k + 1)); k++) {
        out[k] = { attribution: frame, contentIn: 'next' }
      }
    }
  }
  return out
}

// For each sentence, the first and last sentence of the quotation it is part
// of, and the first sentence from it on with a cue outside quotation marks,
// each found in one walk: a run of a hundred thousand sentences that open
// inside a quotation, none with a cue, would otherwise be walked once per
// sentence.
function quoteRuns(input: ReachInput): { first: Int32Array; last: Int32Array; cue: Int32Array } {
  const { sentences, own, startsInQuote, endsInQuote, continuesQuote } = input
  const n = sentences.length
  const first = new Int32Array(n)
  const last = new Int32Array(n)
  const cue = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    const joined = i > 0 && (startsInQuote[i] && sentences[i]!.para === sentences[i - 1]!.para || continuesQuote[i])
    first[i] = joined ? first[i - 1]! : i
  }
  cue[n] = n
  for (let i = n - 1; i >= 0; i--) {
    const joined = i + 1 < n && (endsInQuote[i] && sentences[i]!.para === sentences[i + 1]!.para || continuesQuote[i + 1])
    last[i] = joined ? last[i + 1]! : i
    cue[i] = own[i] && !own[i]!.main.inQuote ? i : cue[i + 1]!
  }
  return { first, last, cue }
}
