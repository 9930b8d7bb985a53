// A speaker phrase whose head is placed by a preposition after it: "police in
// Lower Bavaria", "a spokesperson for Downing Street", "Iran's mission to
// the United Nations", "analysts at Goldman Sachs", "Residents of Kastri",
// "people familiar with the matter", "a source at the ministry".

import type { Speaker } from './speaker-type.ts'
import { ANONYMOUS_HEADS, DEMONYM_OF, LEGAL_SUFFIX, ORG_ROLES, SOURCE_PLACES } from './lexicon.ts'
import { fold } from './fold.ts'
import { isCap } from './phrases.ts'
import { anonymousName, opensSentence } from './anonymous-phrase.ts'
import { FIRM_STAFF, HEDGES, MISSIONS, SPOKES } from './speaker-words.ts'
import { capOrLink, slice, type PhraseWords } from './phrase-words.ts'
import { firmStart } from './firm-descriptors.ts'

// The speaker the phrase describes, or null when it is none of these shapes.
export function prepositionSpeaker(p: PhraseWords): Speaker | null {
  const { text, tokens, a, b, det, words, lower, some } = p
  const head = words[words.length - 1]!
  // "police in Lower Bavaria" are the Lower Bavaria police; "Iran's mission to the United Nations" is one body.
  if (lower[0] === 'police' && /^(?:in|of)$/.test(lower[1] ?? '') && words.length > 2 && words.slice(2).every(capOrLink)) {
    return { type: 'name', name: `${slice(text, tokens, a + 2, b)} police`, titles: [] }
  }
  // "a spokesperson for Downing Street" is an unnamed "Downing Street spokesperson", as "a Treasury spokesperson" is.
  // ("A spokesperson at Air Mobility Command": "at" a named body too; "for the Interior Ministry" with its "the".)
  // ("The spokesperson for the DPRK Foreign Ministry answered": unnamed as well, the article naming no one in the post.)
  if (lower.length > 2 && SPOKES.has(lower[0]!) && /^(?:for|at)$/.test(lower[1]!) && (isCap(words[2]!) || lower[2] === 'the' && words.length > 3 && isCap(words[3]!)) && (/^(?:a|an|one|the)$/.test(det) || det === '')) {
    return { type: 'anonymous', name: `${ownerAdjective(slice(text, tokens, a + 2, b).replace(/^the /i, ''))} ${lower[0]} (anonymous)`, head: lower[0]! }
  }
  // ("a spokesperson for the ministry": the body's role noun, resolved as "a ministry spokesperson" is.)
  if (lower.length === 4 && SPOKES.has(lower[0]!) && lower[1] === 'for' && lower[2] === 'the' && ORG_ROLES.has(lower[3]!) && /^(?:a|an|one)$/.test(det)) {
    return { type: 'anonymous', name: `${lower[3]} ${lower[0]} (anonymous)`, head: lower[0]! }
  }
  const to = lower.indexOf('to')
  if (to > 0 && MISSIONS.has(lower[to - 1]!) && isCap(words[0]!) && isCap(head)) return { type: 'name', name: slice(text, tokens, a, b), titles: [] }
  // "people familiar with the matter", "a source close to the talks", "a source at the ministry": unnamed.
  // "analysts at Goldman Sachs": a firm's analysts speak for the named firm, as "the bank said" would.
  // ("Analysts at the Center for Macroeconomic Analysis": "the" may come before the firm.)
  // ("Analysts of Bank of America", "analysts at research group Pantheon Macroeconomics": firm-descriptors.ts.)
  const firm = FIRM_STAFF.test(lower[0]!) ? firmStart(words, lower, capOrLink) : -1
  if (firm > 0) {
    // "JPMorgan Chase & Co." is JPMorgan Chase: a company's legal suffix is no part of its name.
    // (Its roles say it is a body, "firm", and whose staff spoke, so "the analysts" later is the firm, firm-staff.ts.)
    return { type: 'name', name: slice(text, tokens, a + firm, b).replace(LEGAL_SUFFIX, ''), titles: [lower[0]!, 'firm'] }
  }
  // "Residents of Kastri said", "Meteorologists expect": a plural common noun capitalised only because the sentence opens with it.
  if (opensSentence(tokens, a) && /s$/.test(lower[0]!) && ANONYMOUS_HEADS.has(lower[0]!) && (words.length === 1 || /^(?:of|in|from|at|across)$/.test(lower[1]!))) {
    return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b), head: lower[0]!.replace(/s$/, '') }
  }
  for (let k = 1; k < lower.length; k++) {
    if (HEDGES.has(lower[k]!)) return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b) }
    // ("Another official, at the State Department": the place may sit after a comma.)
    const held = lower[k - 1] === ',' && k > 1 ? k - 2 : k - 1
    if (SOURCE_PLACES.has(lower[k]!) && (!words[held]!.cap || held === 0) && ANONYMOUS_HEADS.has(lower[held]!)) {
      return { type: 'anonymous', name: anonymousName(text, tokens, some(a), b) }
    }
  }
  return null
}

// "South Korea's defence ministry" -> "South Korean defence ministry": a state's body takes the state's adjective,
// as the body speaking itself is named (the fixtures README's convention).
function ownerAdjective(body: string): string {
  return body.replace(/^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s (?=\p{L})/u, (w, owner: string) => {
    const adjective = DEMONYM_OF.get(fold(owner))
    return adjective ? `${adjective} ` : w
  })
}
