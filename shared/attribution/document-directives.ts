// What a text directs, orders or requires is its content (GUIDE 2: a text
// speaks when it is the subject): "A report accompanying the bill directed
// the Pentagon to ...", "The emergency alert instructed residents to ...",
// "The order requires companies to ...". With a person or a body as the
// subject these verbs are acts ("Barr ordered investigations"), so only a
// text's noun heading the subject makes them cues.

import type { Cue, SentenceView } from './cue-types.ts'
import { isTextNoun } from './cue-texts.ts'
import { phraseEndingAt, subjectBefore } from './phrases.ts'
import { describe } from './speakers.ts'
import { hasVerbAt } from './verb-at.ts'

const DIRECTS = new Set(['directs', 'directed', 'instructs', 'instructed', 'orders', 'ordered', 'requires', 'required', 'mandates',
  'mandated', 'stipulates', 'stipulated', 'urges', 'urged', 'recommends', 'recommended'])
// A text's noun that names a thing done rather than a writing ("order" is both: "an order requires").
const NOT_TEXTS = /^(?:plan|agreement|tool|tracker|gauge|index|result|release|draft)$/

export function documentDirectives(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from, to, inside } = view
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k]!
    if (!DIRECTS.has(t.lower) || t.pos !== 'VERB' || hasVerbAt(cues, k)) continue
    // ("was ordered", "is required": a passive has no text for its subject.)
    if (/^(?:is|was|are|were|be|been|being)$/.test(tokens[k - 1]!.lower)) continue
    let subject = subjectBefore(tokens, from, k, (n) => inside[n] === 1)
    // ("A report accompanying the bill directed": the text before a participle phrase that describes it.)
    const described = subject && subject.a - 2 >= from && tokens[subject.a - 1]!.pos === 'VERB' && /(?:ing|ed)$/.test(tokens[subject.a - 1]!.lower)
    if (subject && described && !isTextNoun(tokens[subject.b - 1]!.lower)) subject = phraseEndingAt(tokens, from, subject.a - 2) ?? subject
    const head = subject ? tokens[subject.b - 1]!.lower : ''
    if (!subject || !isTextNoun(head) || NOT_TEXTS.test(head)) continue
    const speaker = describe(text, tokens, subject)
    if (!speaker || !(speaker.type === 'document' || speaker.type === 'role' && speaker.group === 'document')) continue
    cues.push({ kind: 'verb', start: tokens[subject.a]!.start, end: t.end, verb: k, speaker, inQuote: inside[k] === 1,
      leading: subject.a - from <= 1, trailing: false, venue: null, quotedOuter: null, descriptor: subject.descriptor })
  }
}
