// A text reproduced after a frame that ends in a colon, as state media
// print statements, editorials and speeches: "The press statement says:",
// "..., says Rodong Sinmun, and goes on:", "the minister said, and went on:".
// The frame's paragraph ends at the colon and the text runs on, unquoted,
// over paragraphs of its own; every sentence of it is the frame's source's
// (GUIDE 3 `next`, as under a list frame), across paragraphs. A speech the
// writer goes on reporting ends at the next sentence with a cue of its own;
// a whole document ("issued the following statement:", "The statement
// reads:") runs to the story's end, and a speaker it names inside is still
// the text's (GUIDE 4: the outermost speaker), unless an outlet prints the
// text (GUIDE 5: transparent, its speaker speaks). A speech ends at a subhead, either
// at a new dateline, the agency's end mark ("-0-") or another frame. Linear: each
// sentence after a frame is visited once, and frames do not overlap.

import type { Attribution } from './attribute.ts'
import type { Placed } from './reach.ts'
import type { Sentence } from './sentences.ts'

export interface ReproducedInput {
  text: string
  sentences: readonly Sentence[]
  // Each sentence's attribution, and the same before the check that it carries content ("The statement says:").
  own: readonly (Attribution | null)[]
  composed: readonly (Attribution | null)[]
}

// What may stand between the frame's last cue and its colon: "and goes on", "as follows", "on Monday".
// ("says in an editorial, and goes on:": a place or time, then the going on.)
const TAIL = /^[\s,]*(?:(?:on|in|at) [\w ]{1,30}?)?[\s,]*(?:(?:and )?(?:goes|went|going|continues|continued) on|as follows|in (?:full|part))?\s*:$/i
// A whole text, printed in full: the frame names it as a text or announces it as "the following".
const WHOLE = /\b(?:following|reads|read as follows|full text|text of)\b/i
const TEXT_NOUN = /\b(?:statement|press statement|article|editorial|commentary|letter|message|appeal|resolution|communique|declaration|report|notice|announcement)\b/i
// A new item of the agency's copy: "Pyongyang, November 2 (KCNA) --", "MOSCOW, March 3. /TASS/."
const DATELINE = /^\p{Lu}[\p{L} .'-]{1,30},\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.?\s*(?:\(|\/)/u
// Before a frame's cue: nothing, or the agency's dateline ("Pyongyang, May 7 (KCNA) --").
// ("-- The External Policy Office ... released": the subject's article too.)
const ANNOUNCED = /^(?:[^]{0,60}--)?\s*(?:(?:the|a|an)\s+)?$/i
// A title the frame gives the text in quotation marks is the issuer's words: the frame says something.
const TITLED = /["“]/
const NEWS_REPORT = /\b(?:report|article|story|dispatch)$/i
const END_MARK = /^\s*-0-\s*$/
const FIRST_PERSON = /(?:^|[\s,])(?:I|[Ww]e|[Mm]y|[Oo]ur)\s/
// A frame's verb that lists a speaker's points, and the writer's report of a speaker that ends them.
const LISTING = /\b(?:listed|lists|outlined|outlines|enumerated|enumerates)\b/i
const REPORTED = /\b(?:said|told|added|noted|stressed|stated|announced|reported|according to)\b/i
const END_TAIL = /\S\s+-0-\s*$/

export function reproducedTexts(input: ReproducedInput, placed: (Placed | null)[]): void {
  const { text, sentences, own, composed } = input
  const n = sentences.length
  const words = (k: number) => text.slice(sentences[k]!.start, sentences[k]!.end)
  for (let i = 0; i + 1 < n; i++) {
    const s = sentences[i]!
    const next = sentences[i + 1]!
    const frame = composed[i]
    if (!frame || frame.main.inQuote || next.para === s.para || next.heading || next.item) continue
    const said = words(i)
    if (!said.endsWith(':')) continue
    const last = Math.max(...frame.cues.map((c) => c.end))
    const announces = frame.main.announces === true
    if (!announces && !TAIL.test(text.slice(last, s.end))) continue
    // (Quotation marks open the words: the quotation's own reach places them.)
    if (/^["“]/.test(words(i + 1))) continue
    // ("He listed the following:": points a speaker made, which end where the writer reports someone speaking.)
    const listing = announces && LISTING.test(text.slice(frame.main.start, frame.main.end))
    const whole = !listing && (announces || frame.kind === 'document' || WHOLE.test(said) && TEXT_NOUN.test(said))
    // ("The report says:" after "KCNA reported": a news report is its outlet's, outlet-reports.ts.)
    const transparent = frame.kind === 'outlet' || frame.kind === 'document' && NEWS_REPORT.test(frame.source)
    // The frame only announces the text when nothing but a dateline stands before its cue.
    const first = Math.min(...frame.cues.map((c) => c.start))
    if (ANNOUNCED.test(text.slice(s.start, first)) && (announces || TAIL.test(text.slice(last, s.end))) && !TITLED.test(text.slice(last, s.end))) placed[i] = null
    let k = i + 1
    for (; k < n; k++) {
      const t = words(k)
      // (The agency's end mark may close the text's last sentence, which the splitter then takes for a heading.)
      const ends = END_TAIL.test(t)
      // (A whole text's subheads are its own: state media print statements with them.)
      // (A whole text's own frame in the first person is still its issuer speaking: "Today, I will get the following stand into shape:".)
      const innerFrame = t.endsWith(':') && k > i + 1 && sentences[k - 1]!.para !== sentences[k]!.para && !(whole && FIRST_PERSON.test(t))
      if (sentences[k]!.heading && !ends && !whole || END_MARK.test(t) || DATELINE.test(t) || innerFrame) break
      // (A speech the writer reports ends at the next cue; a whole text is the outermost speaker of a cue inside it,
      // GUIDE 4, unless an outlet prints it: an outlet is transparent, GUIDE 5, and the speaker it quotes speaks.)
      if (own[k] && !whole && (!listing || REPORTED.test(text.slice(own[k]!.main.start, own[k]!.main.end)))) break
      if (!own[k] || !transparent) placed[k] = { attribution: frame, contentIn: 'next' }
      if (ends) { k++; break }
    }
    i = k - 1
  }
}
