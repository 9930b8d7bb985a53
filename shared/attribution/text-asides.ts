// A text with an aside on its release between it and its verb: "A report by
// the Rail Industry Association, released Tuesday, found", "Data from the
// Labor Department, released Friday, showed", "The report, released Tuesday
// by the Urban Institute, found", "The study, published Monday in the journal
// Nature, found". The text speaks, named after its issuer (GUIDE 4, 7): the
// one named before the aside ("by X") or inside it ("released ... by X", a
// journal it was "published in"). A text "seen by" or "obtained by" an
// outlet is not the outlet's.

import type { Token } from './nlp.ts'
import type { Speaker } from './speaker-type.ts'
import { CALENDAR, DOCUMENT_NOUNS, RELEASED } from './lexicon.ts'
import { CALENDAR_DAY, PERIOD, isCap, phraseEndingAt, phraseStartingAt, type Phrase } from './noun-phrases.ts'

// (No import of the cue reader: subjects.ts calls this module.)
const isTextNoun = (w: string) => DOCUMENT_NOUNS.has(w) || DOCUMENT_NOUNS.has(w.replace(/s$/, ''))

// "A report by the Rail Industry Association, released Tuesday, ...": the
// issuer before the aside that opens at comma k, for the verb's reader to
// walk back from to its text; null when no text stands before "by"/"from".
export function issuerBeforeAside(words: readonly Token[], floor: number, k: number): Phrase | null {
  const issuer = phraseEndingAt(words, floor, k - 1)
  if (!issuer || issuer.a - 2 < floor || !isCap(words[issuer.b - 1]!)) return null
  const link = words[issuer.a - 1]!.lower
  return (link === 'by' || link === 'from') && isTextNoun(words[issuer.a - 2]!.lower) ? issuer : null
}

// "The report, released Tuesday by the Urban Institute, found": the issuer
// inside the aside after the text `phrase` (tokens up to `to`), or the text's
// whole name when a journal names it; null when the aside names neither.
export function issuerInAside(text: string, tokens: readonly Token[], to: number, phrase: Phrase): Phrase | string | null {
  const word = (k: number) => (k < to ? tokens[k]!.lower : '')
  const noun = tokens[phrase.b - 1]!
  if (word(phrase.b) !== ',' || !isTextNoun(noun.lower) || !RELEASED.has(word(phrase.b + 1)) || /^(?:seen|obtained|reviewed)$/.test(word(phrase.b + 1))) return null
  const published = word(phrase.b + 1) === 'published'
  const k = pastTime(word, phrase.b + 2)
  if (word(k) === 'by' || word(k) === 'from') {
    const issuer = phraseStartingAt(tokens, k + 1, to)
    return issuer && isCap(tokens[issuer.b - 1]!) ? issuer : null
  }
  // ("published ... in the journal Nature": the journal names the text, as "a Nature study" would.)
  if (!published || word(k) !== 'in') return null
  let at = k + 1
  if (word(at) === 'the') at++
  if (word(at) === 'journal') at++
  const journal = phraseStartingAt(tokens, at, to)
  if (!journal || !tokens.slice(journal.a, journal.b).every(isCap)) return null
  return `${text.slice(tokens[journal.a]!.start, tokens[journal.b - 1]!.end).replace(/^The /, '')} ${noun.lower}`
}

// "A study, published in Nature, found" is the Nature study; "The study,
// published in Nature," is the study met before, if any (discourse.ts), else that.
export function journalText(speaker: Speaker | null, name: string): Speaker {
  return speaker?.type === 'role' && speaker.group === 'document' ? { ...speaker, named: name } : { type: 'document', name, owner: null }
}

// Past up to five words of time: "Tuesday", "on Thursday", "last week", "in March 2025", "earlier this year".
function pastTime(word: (k: number) => string, k: number): number {
  const start = k
  while (k < start + 5) {
    const w = word(k)
    const next = word(k + 1)
    if (CALENDAR_DAY.test(w) || CALENDAR.has(w) || /^\d{1,4}$/.test(w) || PERIOD.test(w) || /^(?:last|this|earlier|late|early)$/.test(w)) k++
    else if ((w === 'on' || w === 'in') && (CALENDAR.has(next) || CALENDAR_DAY.test(next) || /^\d{4}$/.test(next))) k++
    else break
  }
  return k
}
