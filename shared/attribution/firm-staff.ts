// "JPMorgan analysts", "the Barclays analysts", "Goldman Sachs economists": a
// firm's analysts named by the firm before their noun speak for it, as
// "analysts at Goldman Sachs" do (preposition-speakers.ts; blind5 README:
// analysts of a named firm are the firm, kind organisation). Words that
// place or describe a group are no firm: "Chinese analysts", "Wall Street
// analysts", "U.S. economists" stay unnamed groups.

import type { Speaker } from './speaker-type.ts'
import { DEMONYMS, LEGAL_SUFFIX, PLACES } from './lexicon.ts'
import { isCap } from './phrases.ts'
import { opensSentence } from './anonymous-phrase.ts'
import { describesInLowerCase } from './opening-capitals.ts'
import { FIRM_STAFF } from './speaker-words.ts'
import { slice, type PhraseWords } from './phrase-words.ts'

const JOIN = /^(?:&|and)$/

// The firm whose staff the phrase names, or null for any other phrase.
export function firmStaff(p: PhraseWords): Speaker | null {
  const { text, tokens, a, b, det, words, lower } = p
  const n = words.length
  if (n < 2 || !FIRM_STAFF.test(lower[n - 1]!) || (det !== '' && det !== 'the')) return null
  const firm = words.slice(0, -1)
  if (!isCap(firm[0]!) || !isCap(firm[n - 2]!) || !firm.every((w) => isCap(w) || JOIN.test(w.lower))) return null
  // A place or a people is where the analysts sit, not who employs them.
  if (firm.some((w) => DEMONYMS.has(w.lower) || PLACES.has(w.lower)) || /^wall street$/.test(lower.slice(0, -1).join(' '))) return null
  // ("Bank analysts said", "Several analysts said" opening a sentence: a common word capitalised by its place only.)
  if (n === 2 && opensSentence(tokens, a) && (firm[0]!.pos !== 'PROPN' || describesInLowerCase(firm[0]!.text, words[1]!.text))) return null
  // (Its roles: the staff's noun, so "the analysts" later is the firm again (firm-staff-anaphors.ts), and "firm".)
  return { type: 'name', name: slice(text, tokens, a, b - 1).replace(LEGAL_SUFFIX, ''), titles: [lower[n - 1]!, 'firm'] }
}

interface Known { name: string; kind: string; roles: ReadonlySet<string> }

// "Analysts at Barclays said ... the analysts said": the firm whose staff `plural` the article named last,
// among `entities` in reach (oldest first); null when an unnamed group of that noun came since.
export function staffFirm(plural: string, entities: readonly Known[]): string | null {
  const stem = plural.replace(/s$/, '')
  for (let k = entities.length - 1; k >= 0; k--) {
    const e = entities[k]!
    if (e.kind === 'anonymous' && e.name.toLowerCase().includes(stem)) return null
    if (e.kind !== 'anonymous' && e.roles.has(plural)) return e.name
  }
  return null
}
