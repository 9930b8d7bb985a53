// A speaker phrase that is a text: "a joint communique", "a CNBC report",
// "the document", "court filings", "the 2020 Open Doors Report". Its
// capitalised words name the owner; a bare definite text is a role noun for
// the text named before; reports nobody is named for are unnamed sources.

import type { Speaker } from './speaker-type.ts'
import { DEMONYMS, DOCUMENT_NOUNS } from './lexicon.ts'
import { isCap } from './phrases.ts'
import { anonymousName, opensSentence } from './anonymous-phrase.ts'
import { describesReports } from './name-titles.ts'
import { DEFINITE, slice, type PhraseWords } from './phrase-words.ts'

// The text the phrase names, or null when its head is no text's noun.
export function textSpeaker(p: PhraseWords): Speaker | null {
  const { text, tokens, a, b, det, words, lower } = p
  const head = words[words.length - 1]!
  if ((DOCUMENT_NOUNS.has(head.lower) || /s$/.test(head.lower) && DOCUMENT_NOUNS.has(head.lower.slice(0, -1))) && !isCap(head)) {
    // "the British Retail Consortium": a demonym before another capitalised word belongs to the owner's name.
    // ("Initial reports said": a describing word capitalised as the sentence opens owns nothing.)
    const owners = words.filter((w, k) => isCap(w) && (!DEMONYMS.has(w.lower) || k + 1 < words.length - 1 && isCap(words[k + 1]!)) &&
      !(k === 0 && opensSentence(tokens, a) && describesReports(w.lower)))
    const owner = owners.length ? text.slice(owners[0]!.start, owners[owners.length - 1]!.end) : null
    if (DEFINITE.test(det) && words.length <= 2 && !owner) return { type: 'role', head: head.lower, mods: lower.slice(0, -1), group: 'document' }
    // "according to local news reports", "Initial reports said": reports nobody is named for are unnamed sources.
    if (!owner && !DEFINITE.test(det) && /^(?:reports|accounts)$/.test(head.lower)) {
      const name = anonymousName(text, tokens, a, b)
      return { type: 'anonymous', name: opensSentence(tokens, a) ? name[0]!.toLowerCase() + name.slice(1) : name, head: head.lower }
    }
    return { type: 'document', name: slice(text, tokens, a, b), owner }
  }
  // ("the 2020 Open Doors Report": a report's name may open with its year.)
  if (isCap(head) && DOCUMENT_NOUNS.has(head.lower) && words.length > 1 && words.every((w, k) => isCap(w) || k === 0 && /^\d{4}$/.test(w.text) && words.length > 2)) {
    return { type: 'document', name: slice(text, tokens, a, b), owner: null }
  }
  return null
}
