// How far a direct quotation carries its speaker beyond the paragraph of its
// cue (GUIDE 3 `quote` and `next`), as news writes it:
// - "X said the following." / "In a statement, X said:" then quoted
//   paragraphs: the frame has no content of its own (unattributed), the
//   quotation after it is X's; an outlet framing it ("The Herald reported on
//   the closing argument:") relays the speaker named inside the quotation.
// - A paragraph that is only a quotation, with no cue of its own, right after
//   a paragraph whose quotation has a speaker, is that speaker's; a photo
//   caption or a "SEE MORE:" line between the two does not break it.
// - A quotation resumed after the writer's aside in the same paragraph
//   ('"...," said X. He is also ... "..."') is still X's.
// Every step looks at a paragraph and the one before it, so the pass is linear.

import type { Attribution } from './attribute.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

export interface QuoteReachInput {
  text: string
  sentences: readonly Sentence[]
  own: readonly (Attribution | null)[]
  // Each sentence's attribution before the check that it carries content:
  // "He also said:" has none, yet frames what follows.
  composed: readonly (Attribution | null)[]
  hasQuote: readonly boolean[]
  endsInQuote: readonly boolean[]
  continuesQuote: readonly boolean[]
}

const OPENS = /^["“]/u
const CLOSES = /["”]$/u
// A frame ends on a colon or "the following"; after its cue it names at most the topic.
const FRAME_END = /(?::|\bthe following\s*[.:]?)$/i
const FRAME_TAIL = /^[\s,]*(?:[^\s"“”]+\s+){0,6}?(?:the following|[^\s"“”]+)?\s*[.:]?$/u
// "Holm said in a statement." before a quoted paragraph: a cue with only its occasion after it.
// ("Holm said in a statement, per ESPN.": a relay's aside may close it.)
const BARE_TAIL = /^[\s,]*(?:(?:in|on|at|to|during|after|before|via|through|from|with)(?:\s+(?!that\b)[^\s"“”:;,]+){1,6})?(?:,\s*(?:per|via|according to)(?:\s+[^\s"“”:;,]+){1,6})?\s*\.$/u
// Before its cue a frame has at most the occasion ("When asked about X, ", "In a statement, ").
const FRAME_HEAD = /^(?:(?:when|as|asked|in|at|after|before|during|speaking|responding|commenting|while|on)\b[^"“”]*,\s*)?$/i
// The writer's aside between two parts of one quotation is short.
const MAX_ASIDE = 2

export function quoteReach(input: QuoteReachInput, placed: (Placed | null)[]): void {
  const { sentences } = input
  const paras = paragraphs(sentences)
  for (let p = 1; p < paras.length; p++) {
    const [f, l] = paras[p]!
    frameBefore(input, paras, p, placed)
    const run = quoteRun(input, f, l, placed)
    if (run >= f) {
      const carried = speakerBefore(input, paras[pastBreaks(input, paras, p - 1, placed)]!, placed)
      if (carried) for (let k = f; k <= run; k++) placed[k] = { attribution: carried, contentIn: 'quote' }
    }
  }
  for (const [f, l] of paras) resumed(input, f, l, placed)
}

// A caption or promotion line the page set between two paragraphs of one
// story ("Hori Parata at his farm", "Protesters marched (Image: Getty)",
// "SEE MORE: ..."): at most two of them, with no cue, are stepped over.
const CREDIT = /\([^()]*\b(?:image|photo|picture|getty|credit|video)s?\b[^()]*\)$/i
const MAX_BREAKS = 2

function pastBreaks(input: QuoteReachInput, paras: readonly [number, number][], q: number, placed: readonly (Placed | null)[]): number {
  const isBreak = ([f, l]: [number, number]) => f === l && f > 0 && !placed[f] && !input.own[f] && !input.hasQuote[f] &&
    (input.sentences[f]!.heading || CREDIT.test(textOf(input, f)))
  let at = q
  while (at > 0 && q - at < MAX_BREAKS && isBreak(paras[at]!)) at--
  return at
}

function paragraphs(sentences: readonly Sentence[]): [number, number][] {
  const out: [number, number][] = []
  sentences.forEach((s, i) => {
    if (i > 0 && sentences[i - 1]!.para === s.para) out[out.length - 1]![1] = i
    else out.push([i, i])
  })
  return out
}

const textOf = (input: QuoteReachInput, k: number) => input.text.slice(input.sentences[k]!.start, input.sentences[k]!.end)

// A paragraph that opens with a quotation and no speaker yet: the last
// sentence of that quotation, or -1. Every sentence of it but the last ends
// inside it ('"Payroll growth was lighter." "Manufacturing is cyclical."':
// quotations set side by side are one run too). The writer may go on in the
// same paragraph after it ("... on a solid growth track." That means the Fed
// ...), when no other quotation follows there that a later cue could own.
function quoteRun(input: QuoteReachInput, f: number, l: number, placed: readonly (Placed | null)[]): number {
  if (!OPENS.test(textOf(input, f)) || input.sentences[f]!.heading) return -1
  let k = f
  while (k < l && (input.endsInQuote[k] || CLOSES.test(textOf(input, k)) && OPENS.test(textOf(input, k + 1)))) k++
  if (!input.endsInQuote[k] && !CLOSES.test(textOf(input, k))) return -1
  for (let n = f; n <= k; n++) if (placed[n] || input.own[n]) return -1
  for (let n = k + 1; n <= l; n++) if (input.hasQuote[n]) return -1
  return k
}

// The speaker of the previous paragraph's quotation, when it ends with it.
function speakerBefore(input: QuoteReachInput, [f, end]: [number, number], placed: readonly (Placed | null)[]): Attribution | null {
  // ('"...," said X. He is also a union official.' then the quotation: past a short aside.)
  let l = end
  while (l > f && end - l < MAX_ASIDE && !placed[l] && !input.hasQuote[l]) l--
  if (l < end && !input.hasQuote[l]) return null
  const last = placed[l]
  if (!last || last.contentIn === 'previous' || input.sentences[l]!.heading) return null
  for (let k = l; k >= f; k--) if (input.hasQuote[k] && placed[k]?.attribution === last.attribution) return last.attribution
  // "Holm said the union would appeal." then the quotation: her words too, unless an outlet's report.
  if (last.contentIn === 'same' && last.attribution.kind !== 'outlet') return last.attribution
  return null
}

// "X said the following." closing a paragraph, then quoted paragraphs.
function frameBefore(input: QuoteReachInput, paras: readonly [number, number][], p: number, placed: (Placed | null)[]): void {
  const i = paras[p - 1]![1]
  const frame = input.composed[i]
  if (!frame || frame.main.inQuote || input.hasQuote[i]) return
  const line = textOf(input, i)
  const lastCue = frame.cues.reduce((end, c) => (c.inQuote ? end : Math.max(end, c.end)), 0)
  const tail = input.text.slice(lastCue, input.sentences[i]!.end)
  const [f, l] = paras[p]!
  const quoted = OPENS.test(textOf(input, f))
  // (Read from the speaker's own cue: "Smith said the deal is off, per ESPN." has its content before the relay's cue.)
  const bare = quoted && BARE_TAIL.test(input.text.slice(frame.main.end, input.sentences[i]!.end)) && frame.main.start === input.sentences[i]!.start
  if (!bare && !(FRAME_END.test(line) && FRAME_TAIL.test(tail))) return
  // "The company said in a statement:" then its words as a plain paragraph (a block quote
  // imported without marks): that one paragraph. Bullets are list frames' (reach.ts).
  if (!quoted && (!line.endsWith(':') || input.sentences[f]!.item || input.sentences[f]!.heading)) return
  if (!quoted) for (let k = f; k <= l; k++) if (input.own[k]) return
  // The quotation's paragraphs: the first, then each that carries it on.
  let end = p
  while (quoted && end + 1 < paras.length && input.continuesQuote[paras[end + 1]![0]]) end++
  const last = paras[end]![1]
  const outlet = frame.kind === 'outlet'
  const relay = (a: Attribution) => (outlet && a.kind !== 'outlet' && !a.via ? { ...a, via: frame.source } : a)
  let inner: Attribution | null = null
  // An outlet's frame passes on the speaker the quotation names ("... ,' Bruck said.").
  if (outlet) for (let k = f; k <= last && !inner; k++) if (input.own[k] && !input.own[k]!.main.inQuote && input.own[k]!.kind !== 'outlet') inner = input.own[k]!
  let current = inner ? relay(inner) : frame
  const firstCue = frame.cues.find((c) => !c.inQuote)!
  if (!input.own[i] || FRAME_HEAD.test(input.text.slice(input.sentences[i]!.start, firstCue.start))) placed[i] = null
  for (let k = f; k <= last; k++) {
    const own = input.own[k]
    if (own && !own.main.inQuote) {
      current = relay(own)
      placed[k] = { attribution: current, contentIn: 'same' }
    } else {
      placed[k] = { attribution: current, contentIn: k === f ? 'next' : 'quote' }
    }
  }
}

// '"...," said X. He has worked there for 20 years. "..."': the quotation
// resumed after a short aside of the writer's in the same paragraph.
function resumed(input: QuoteReachInput, f: number, l: number, placed: (Placed | null)[]): void {
  for (let k = f + 2; k <= l; k++) {
    if (placed[k] || !OPENS.test(textOf(input, k)) || !CLOSES.test(textOf(input, k))) continue
    let m = k - 1
    while (m > f && k - m <= MAX_ASIDE && !placed[m] && !input.hasQuote[m]) m--
    const before = placed[m]
    if (m === k - 1 || placed[m + 1] || input.hasQuote[m + 1] || !before || !input.hasQuote[m] || before.contentIn === 'previous') continue
    placed[k] = { attribution: before.attribution, contentIn: 'quote' }
  }
}
