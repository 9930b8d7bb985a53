// A headline that opens with the lede's speaker and says what the lede has
// him say is his ("LSK calls out police IG after remarks on abductions"
// over "The Law Society of Kenya (LSK) has called out the Inspector
// General ..."; "Met Police 'regret' amid arrest of six protesters" over
// "Scotland Yard has expressed regret that the six people arrested ...").
// Headline grammar has more verbs than any list holds (eyes, wants, calls
// out, skeptical, 'regret'), so the evidence is the lede instead: the
// headline's first words name the source of one of the story's first
// attributions (its name, surname, initials or clipped words) and the
// headline shares a word of substance with that sentence. The headline
// then takes that source and its relay. Only a headline with no
// attribution of its own.

import type { Span, Suggestion } from './suggest.ts'

export interface Lines {
  count: number
  heading: (i: number) => boolean
  para: (i: number) => number
  span: (i: number) => { start: number; end: number }
}

// How many of the body's first attributions are read, and how far in the name must stand.
const LEDE = 3
const LEDE_PARAS = 2
const OPENING_WORDS = 4
// Words that carry nothing of what was said.
// What a headline's speaker does in it: says, wants, warns, 'regret' (a quotation), "on ...:" (a colon frame).
const STANCE = new Set(`says say said tells tell calls call wants want warns warn vows vow urges urge eyes eye sees see skeptical sceptical
admits admit denies deny rejects reject criticises criticise criticizes criticize slams slam blasts blast protests protest claims claim
insists insist accuses accuse hails hail welcomes welcome regrets regret defends defend questions question doubts doubt fears fear
expects expect believes believe hopes hope thinks think confirms confirm announces announce dismisses dismiss condemns condemn
demands demand proposes propose predicts predict reiterates reiterate stresses stress slams lashes rules`.split(/\s+/))
// (An opening quotation mark or a colon; not an apostrophe, "N. Korea's".)
const QUOTED = /[‘“":]|(?<![\p{L}])'(?=\p{L})/u
const STOP = new Set(['after', 'amid', 'ahead', 'over', 'with', 'from', 'that', 'this', 'will', 'would', 'could', 'about', 'into', 'their',
  'says', 'said', 'tells', 'told', 'year', 'week', 'more', 'than', 'have', 'been', 'were', 'they', 'what', 'when', 'there', 'under'])

export function headlineLedes(out: Suggestion[], sentenceOf: readonly number[], text: string, lines: Lines, acronyms: ReadonlyMap<string, string>): void {
  if (sentenceOf.length !== out.length) return
  const attributed = new Set(sentenceOf)
  const heads: number[] = []
  for (let i = 0; i < Math.min(lines.count, 3) && lines.heading(i); i++) if (!attributed.has(i)) heads.push(i)
  if (!heads.length) return
  const lede = ledeOf(sentenceOf, lines)
  if (!lede.length) return
  const added: { at: number; s: Suggestion }[] = []
  for (const h of heads) {
    const span = lines.span(h)
    const headline = text.slice(span.start, span.end)
    for (const k of lede) {
      const s = out[k]!
      if (s.sourceKind === 'anonymous') continue
      const named = opening(headline, s.source, acronyms)
      if (!named) continue
      const next = /^(?:['’]s)?\s+([\p{L}]+)/u.exec(headline.slice(named.end))?.[1]?.toLowerCase()
      // ("Hamas to give Israel another body, vows to return rest": a stance after a comma, its subject the opening name's.)
      const after = /,\s+(\p{L}+)/u.exec(headline.slice(named.end))?.[1]?.toLowerCase()
      if (!QUOTED.test(headline.slice(named.end)) && !(next && STANCE.has(next)) && !(after && STANCE.has(after))) continue
      const said = lines.span(sentenceOf[k]!)
      if (!sharesSubstance(headline, text.slice(said.start, said.end), s.source)) continue
      const cue = spanOf(text, span.start + named.start, span.start + named.end)
      added.push({ at: span.start, s: { ...s, content: spanOf(text, span.start, span.end), cue, cues: [cue], venue: null, otherSources: [], confidence: Math.min(s.confidence, 0.5), contentIn: 'same' } })
      break
    }
  }
  for (const { at, s } of added) {
    const k = out.findIndex((o) => o.content.start > at)
    out.splice(k < 0 ? out.length : k, 0, s)
  }
}

// The story's first attributions below its headlines (their indexes in the suggestions): at most LEDE of them,
// in its first LEDE_PARAS paragraphs.
export function ledeOf(sentenceOf: readonly number[], lines: Lines): number[] {
  const first = sentenceOf.findIndex((i) => !lines.heading(i))
  if (first < 0) return []
  const firstPara = lines.para(sentenceOf[first]!)
  const lede: number[] = []
  for (let k = first; k < sentenceOf.length && lede.length < LEDE; k++) {
    if (lines.heading(sentenceOf[k]!)) continue
    if (lines.para(sentenceOf[k]!) >= firstPara + LEDE_PARAS) break
    lede.push(k)
  }
  return lede
}

// Where the headline's opening words name the source: its words, its surname, its initials, its clipped words.
function opening(headline: string, source: string, acronyms: ReadonlyMap<string, string>): { start: number; end: number } | null {
  const words = [...headline.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)].slice(0, OPENING_WORDS + 4)
  const bare = (w: string) => w.replace(/['’]s$/, '').replace(/\.$/, '')
  const names = source.split(' ').filter((w) => /^\p{Lu}/u.test(w))
  if (!names.length) return null
  const one = !source.includes(' ')
  const initials = names.map((w) => w[0]).join('')
  const shorts = new Set([initials])
  for (const [short, full] of acronyms) if (full === source) shorts.add(short)
  for (let i = 0; i < Math.min(words.length, OPENING_WORDS); i++) {
    const w = bare(words[i]![0])
    const at = words[i]!.index
    // (A person by surname, a body by its initials, a one-word name.)
    if ((names.length > 1 && w === names.at(-1) && /^\p{Lu}\p{Ll}/u.test(w)) || (w.length >= 2 && shorts.has(w) && /^\p{Lu}+$/u.test(w)) || (one && w === names[0])) {
      return { start: at, end: at + words[i]![0].length }
    }
    // ("Met Police" for "Metropolitan Police", "Nigeria Police" for "Nigeria Police Force": each word the start of the name's.)
    let n = 0
    while (n < names.length && i + n < words.length && names[n]!.startsWith(bare(words[i + n]![0])) && bare(words[i + n]![0]).length >= 3) n++
    if (n >= 2 || (n === 1 && one)) {
      const last = words[i + n - 1]!
      return { start: at, end: last.index + last[0].length }
    }
  }
  return null
}

function sharesSubstance(headline: string, sentence: string, source: string): boolean {
  const own = new Set(source.toLowerCase().split(' '))
  const stems = (t: string) => new Set([...t.toLowerCase().matchAll(/\p{L}{4,}/gu)].map((m) => m[0]).filter((w) => !STOP.has(w) && !own.has(w)).map((w) => w.slice(0, 5)))
  const said = stems(sentence)
  for (const w of stems(headline)) if (said.has(w)) return true
  return false
}

function spanOf(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end }
}
