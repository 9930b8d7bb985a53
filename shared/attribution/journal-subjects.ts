// "A study published in Nature found that ...", "The authors of the research
// published in the journal JAMA Psychiatry argued": the journal a text
// appeared in is where it was published, not who speaks. The speaker
// reader takes the nearest name before the verb, the journal; the subject is
// the text before "published in", named by its journal as the house names
// documents ("Nature study", GUIDE 7), or its authors, unnamed ("JAMA
// Psychiatry study authors (anonymous)").

import type { Cue, SentenceView } from './cue-types.ts'

// What stands before the cue: "published in the journal ", "appeared in ", "published Monday in ".
const PUBLISHED_IN = /\b(?:published|appeared|reported)(?: (?:online|today|yesterday|\p{Lu}\p{Ll}+day|last \p{Ll}+|this \p{Ll}+))? in\s+$/u
// The journal's name at the cue's start: "the journal Nature Geoscience", "Nature", "The Lancet".
const JOURNAL = /^(?:the journal |the )?((?:The )?\p{Lu}[\p{L}&'-]*(?: (?:of |and |& )?\p{Lu}[\p{L}&'-]*){0,6})/u
// The text published, maybe by its authors, at the end of what precedes "published in".
const SUBJECT = /(?:^|[,;:(]\s*|\bthat\s+)((?:(?:the|a|an|new|recent|latest|large|small|peer-reviewed)\s+)*(?:(authors?|researchers|scientists) (?:of|behind) (?:(?:the|a|an|new|recent|latest)\s+)*)?(study|paper|research|report|analysis|survey|findings|review|article|trial))\s*,?\s*$/i
// What the house calls each kind of text (the read sets name "research" a study).
const NOUN: Readonly<Record<string, string>> = { research: 'study', findings: 'study' }
const BACK = 160

export function journalSubjects(view: SentenceView, cues: Cue[]): void {
  const { text, tokens, from } = view
  const sentenceStart = tokens[from]!.start
  for (const c of cues) {
    if (c.kind !== 'verb' || c.inQuote || c.speaker?.type !== 'name') continue
    const before = text.slice(Math.max(sentenceStart, c.start - BACK), c.start)
    const published = PUBLISHED_IN.exec(before)
    if (!published) continue
    const journal = JOURNAL.exec(text.slice(c.start, c.end))?.[1]
    const subject = SUBJECT.exec(before.slice(0, published.index))
    if (!journal || !subject) continue
    const noun = subject[3]!.toLowerCase()
    const named = `${journal.replace(/^The /, '')} ${NOUN[noun] ?? noun}`
    c.speaker = subject[2]
      ? { type: 'anonymous', name: `${named} authors (anonymous)`, head: 'authors' }
      : { type: 'document', name: named, owner: null }
    // The cue starts at the text's words now ("A study published in Nature found").
    c.start = c.start - before.length + subject.index + subject[0].indexOf(subject[1]!)
  }
}
