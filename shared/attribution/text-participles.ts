// A text that shows or finds something, named as the object of its release:
// "X published a paper showing that ...", "The team is releasing a report
// Aug. 17 showing that ...", "The agency released data showing hiring
// slowed". The evidential participle after a text's noun is the text's
// report (GUIDE 2: evidential verbs count with a document subject), credited
// to whoever the clause says released it when a name says so.

import type { Cue, SentenceView } from './cue-types.ts'
import { isTextNoun } from './cue-texts.ts'
import { kindedNoun } from './document-kinds.ts'
import { CALENDAR, RELEASED } from './lexicon.ts'
import { phraseEndingAt, subjectBefore } from './phrases.ts'
import { describe } from './speakers.ts'
import { hasVerbAt } from './verb-at.ts'

const SHOWING = new Set(['showing', 'finding', 'suggesting', 'indicating', 'revealing', 'concluding'])
// The verb of the release before the text: "published", "is releasing", "put out".
const RELEASING = /^(?:publish|publishes|published|publishing|release|releases|releasing|issue|issues|issuing|produce|produced|producing|compiled|explores|cites|cited)$/

export function textParticiples(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from, to, inside } = view
  for (let k = from + 2; k < to - 1; k++) {
    if (!SHOWING.has(tokens[k]!.lower) || hasVerbAt(cues, k)) continue
    // Past a date between the text and its participle ("a report Aug. 17 showing").
    let n = k - 1
    while (n > from && k - n <= 3 && (CALENDAR.has(tokens[n]!.lower) || tokens[n]!.pos === 'NUM')) n--
    if (!isTextNoun(tokens[n]!.lower) || tokens[n]!.cap) continue
    const doc = phraseEndingAt(tokens, from, n)
    if (!doc) continue
    let name = text.slice(tokens[doc.a]!.start, tokens[n]!.end).replace(/^(?:the|a|an|new|its|their)\s+/i, '')
    const verb = doc.a - 1
    if (verb > from && (RELEASING.test(tokens[verb]!.lower) || RELEASED.has(tokens[verb]!.lower))) {
      const at = /^(?:is|was|are|were|has|have|had)$/.test(tokens[verb - 1]!.lower) ? verb - 1 : verb
      const subject = subjectBefore(tokens, from, at, (m) => inside[m] === 1)
      const issuer = subject ? describe(text, tokens, subject) : null
      if (issuer?.type === 'name') name = `${issuer.name} ${kindedNoun(text, tokens, doc.a, n)}`
      else if (issuer?.type === 'document' && verb === doc.a - 1) name = issuer.name.replace(/^(?:the|a|an)\s+/i, '')
    }
    cues.push({ kind: 'verb', start: tokens[doc.a]!.start, end: tokens[k]!.end, verb: k, speaker: { type: 'document', name, owner: null },
      inQuote: inside[k] === 1, leading: false, trailing: false, venue: null, quotedOuter: null, descriptor: [] })
  }
}
